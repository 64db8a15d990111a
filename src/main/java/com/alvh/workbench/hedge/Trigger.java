package com.alvh.workbench.hedge;

import java.util.List;

/**
 * An entry condition of a hedge layer, evaluated on one path at one step. A closed set: levels
 * ({@link VixAbove}, {@link VixBelow}), the term structure ({@link VixRatioAbove}), drawdowns
 * ({@link PortfolioDrawdownAbove}, {@link SpxDrawdownAbove}), indicators ({@link IndicatorAbove},
 * {@link IndicatorBelow}), events ahead ({@link EventWithin}), and the combinators {@link AllOf},
 * {@link AnyOf}, {@link Not}, plus {@link Always} for a base layer that is always on.
 */
public sealed interface Trigger {

    /**
     * @param in the market and portfolio values of the current step
     * @param path the path index
     * @return whether the condition holds for that path now
     */
    boolean fires(TriggerInputs in, int path);

    /** A short human description, e.g. {@code VIX > 30}. */
    String describe();

    /** Always true: a base layer held at all times. */
    record Always() implements Trigger {
        @Override
        public boolean fires(TriggerInputs in, int path) {
            return true;
        }

        @Override
        public String describe() {
            return "always";
        }
    }

    /** VIX strictly above {@code level} (index points). */
    record VixAbove(double level) implements Trigger {
        public VixAbove {
            requirePositive("VixAbove.level", level);
        }

        @Override
        public boolean fires(TriggerInputs in, int path) {
            return in.vix(path) > level;
        }

        @Override
        public String describe() {
            return "VIX > " + fmt(level);
        }
    }

    /** VIX strictly below {@code level} (index points). */
    record VixBelow(double level) implements Trigger {
        public VixBelow {
            requirePositive("VixBelow.level", level);
        }

        @Override
        public boolean fires(TriggerInputs in, int path) {
            return in.vix(path) < level;
        }

        @Override
        public String describe() {
            return "VIX < " + fmt(level);
        }
    }

    /**
     * The VIX future {@code tenorDays} out lies in {@code [low, high)} (index points): the forward
     * value of VIX as Cboe's VXTH rule reads it.
     */
    record VixFutureBetween(double low, double high, int tenorDays) implements Trigger {
        public VixFutureBetween {
            if (!(low >= 0.0) || !(high > low)) {
                throw new IllegalArgumentException("VixFutureBetween needs 0 <= low < high, was [" + low + ", " + high + ")");
            }
            if (tenorDays <= 0) {
                throw new IllegalArgumentException("VixFutureBetween.tenorDays must be > 0, was " + tenorDays);
            }
        }

        @Override
        public boolean fires(TriggerInputs in, int path) {
            double f = in.vixFuture(path, tenorDays);
            return f >= low && f < high;
        }

        @Override
        public String describe() {
            return fmt(low) + " <= VIX future(" + tenorDays + "d) < " + fmt(high);
        }
    }

    /**
     * VIX / VIX3M at or above {@code ratio}: the term structure flattening ({@code < 1}) or inverted
     * into backwardation ({@code >= 1}), the forward-looking stress signal.
     */
    record VixRatioAbove(double ratio) implements Trigger {
        public VixRatioAbove {
            requirePositive("VixRatioAbove.ratio", ratio);
        }

        @Override
        public boolean fires(TriggerInputs in, int path) {
            return in.vix(path) / in.vix3m(path) >= ratio;
        }

        @Override
        public String describe() {
            return "VIX/VIX3M >= " + fmt(ratio);
        }
    }

    /** Portfolio drawdown from its peak at or above {@code fraction} of capital (e.g. 0.05). */
    record PortfolioDrawdownAbove(double fraction) implements Trigger {
        public PortfolioDrawdownAbove {
            requireFraction("PortfolioDrawdownAbove.fraction", fraction);
        }

        @Override
        public boolean fires(TriggerInputs in, int path) {
            return in.portfolioDrawdown(path) >= fraction;
        }

        @Override
        public String describe() {
            return "portfolio drawdown >= " + pct(fraction);
        }
    }

    /** SPX at least {@code fraction} below its running peak (e.g. 0.07 for a 7 % drawdown). */
    record SpxDrawdownAbove(double fraction) implements Trigger {
        public SpxDrawdownAbove {
            requireFraction("SpxDrawdownAbove.fraction", fraction);
        }

        @Override
        public boolean fires(TriggerInputs in, int path) {
            return in.spxDrawdown(path) >= fraction;
        }

        @Override
        public String describe() {
            return "SPX drawdown >= " + pct(fraction);
        }
    }

    /** An indicator strictly above {@code threshold}. */
    record IndicatorAbove(IndicatorSeries series, IndicatorKind indicator, double threshold) implements Trigger {
        public IndicatorAbove {
            requireNonNull("IndicatorAbove.series", series);
            requireNonNull("IndicatorAbove.indicator", indicator);
            requireFinite("IndicatorAbove.threshold", threshold);
        }

        @Override
        public boolean fires(TriggerInputs in, int path) {
            return in.indicator(series, indicator, path) > threshold;
        }

        @Override
        public String describe() {
            return series + " " + indicator + " > " + fmt(threshold);
        }
    }

    /** An indicator strictly below {@code threshold}. */
    record IndicatorBelow(IndicatorSeries series, IndicatorKind indicator, double threshold) implements Trigger {
        public IndicatorBelow {
            requireNonNull("IndicatorBelow.series", series);
            requireNonNull("IndicatorBelow.indicator", indicator);
            requireFinite("IndicatorBelow.threshold", threshold);
        }

        @Override
        public boolean fires(TriggerInputs in, int path) {
            return in.indicator(series, indicator, path) < threshold;
        }

        @Override
        public String describe() {
            return series + " " + indicator + " < " + fmt(threshold);
        }
    }

    /** A scheduled event of {@code kind} within {@code tradingDays} trading days (0 = today). */
    record EventWithin(EventKind kind, int tradingDays) implements Trigger {
        public EventWithin {
            requireNonNull("EventWithin.kind", kind);
            if (tradingDays < 0) {
                throw new IllegalArgumentException("EventWithin.tradingDays must be >= 0, was " + tradingDays);
            }
        }

        @Override
        public boolean fires(TriggerInputs in, int path) {
            return in.tradingDaysToEvent(kind) <= tradingDays;
        }

        @Override
        public String describe() {
            return kind + " within " + tradingDays + " days";
        }
    }

    /** All of the conditions hold. */
    record AllOf(List<Trigger> conditions) implements Trigger {
        public AllOf {
            conditions = requireConditions("AllOf", conditions);
        }

        @Override
        public boolean fires(TriggerInputs in, int path) {
            for (Trigger t : conditions) {
                if (!t.fires(in, path)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String describe() {
            return join(conditions, " and ");
        }
    }

    /** At least one of the conditions holds. */
    record AnyOf(List<Trigger> conditions) implements Trigger {
        public AnyOf {
            conditions = requireConditions("AnyOf", conditions);
        }

        @Override
        public boolean fires(TriggerInputs in, int path) {
            for (Trigger t : conditions) {
                if (t.fires(in, path)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String describe() {
            return join(conditions, " or ");
        }
    }

    /** The condition does not hold. */
    record Not(Trigger condition) implements Trigger {
        public Not {
            requireNonNull("Not.condition", condition);
        }

        @Override
        public boolean fires(TriggerInputs in, int path) {
            return !condition.fires(in, path);
        }

        @Override
        public String describe() {
            return "not (" + condition.describe() + ")";
        }
    }

    private static void requirePositive(String field, double value) {
        if (!(value > 0.0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be a positive number, was " + value);
        }
    }

    private static void requireFraction(String field, double value) {
        if (!(value > 0.0 && value < 1.0)) {
            throw new IllegalArgumentException(field + " must be a fraction in (0, 1), was " + value);
        }
    }

    private static void requireFinite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number, was " + value);
        }
    }

    private static void requireNonNull(String field, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    private static List<Trigger> requireConditions(String field, List<Trigger> conditions) {
        if (conditions == null || conditions.isEmpty()) {
            throw new IllegalArgumentException(field + ".conditions must hold at least one trigger");
        }
        for (int i = 0; i < conditions.size(); i++) {
            if (conditions.get(i) == null) {
                throw new IllegalArgumentException(field + ".conditions[" + i + "] is null");
            }
        }
        return List.copyOf(conditions);
    }

    private static String join(List<Trigger> conditions, String separator) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < conditions.size(); i++) {
            if (i > 0) {
                sb.append(separator);
            }
            sb.append(conditions.get(i).describe());
        }
        return sb.append(')').toString();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String pct(double fraction) {
        return fmt(Math.round(fraction * 1e4) / 100.0) + " %";
    }

    /**
     * Realised volatility of the hedged asset strictly above {@code vol} (annualised decimal, e.g.
     * 0.80): the DeFi analogue of a VIX level. Read from {@link TriggerInputs#realisedVol}; NaN
     * (equity runs, warm-up) never fires.
     */
    record RealisedVolAbove(double vol) implements Trigger {
        public RealisedVolAbove {
            requirePositive("RealisedVolAbove.vol", vol);
        }

        @Override
        public boolean fires(TriggerInputs in, int path) {
            return in.realisedVol(path) > vol;
        }

        @Override
        public String describe() {
            return "realised vol > " + pct(vol);
        }
    }

    /**
     * A stablecoin at least {@code deviation} away from its peg ({@code |1 - price|}, e.g. 0.01).
     * Read from {@link TriggerInputs#pegDeviation}; NaN never fires.
     */
    record PegDeviationAbove(double deviation) implements Trigger {
        public PegDeviationAbove {
            requireFraction("PegDeviationAbove.deviation", deviation);
        }

        @Override
        public boolean fires(TriggerInputs in, int path) {
            return in.pegDeviation(path) >= deviation;
        }

        @Override
        public String describe() {
            return "peg deviation >= " + pct(deviation);
        }
    }
}
