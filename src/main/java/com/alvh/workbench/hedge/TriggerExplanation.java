package com.alvh.workbench.hedge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why a trigger holds, in words with the values read: "VIX 25.4 &gt; 25", "SPX drawdown 7.2 % &gt;= 5 %".
 * For teaching views (the playback's callouts, Explore's layer list): the decision itself is always
 * {@link Trigger#fires}; this class only reports which of its conditions were true and at what
 * values. A condition of a kind this class does not know (one added later) is reported by its
 * {@link Trigger#describe() description}.
 */
public final class TriggerExplanation {

    private TriggerExplanation() {
    }

    /**
     * The conditions of {@code trigger} that hold for path {@code path}, each with the value read;
     * empty when the trigger does not fire. For {@link Trigger.AnyOf} the conditions that hold, for
     * {@link Trigger.AllOf} all of them.
     *
     * @param trigger the trigger
     * @param in the market and portfolio values now
     * @param path the path index
     * @return one line per condition that holds
     */
    public static List<String> holding(Trigger trigger, TriggerInputs in, int path) {
        List<String> out = new ArrayList<>();
        if (trigger.fires(in, path)) {
            collect(trigger, in, path, out);
        }
        return out;
    }

    /** One line: the conditions that hold joined by "and", or "" when the trigger does not fire. */
    public static String reason(Trigger trigger, TriggerInputs in, int path) {
        return String.join(" and ", holding(trigger, in, path));
    }

    private static void collect(Trigger t, TriggerInputs in, int i, List<String> out) {
        if (t instanceof Trigger.AnyOf any) {
            for (Trigger c : any.conditions()) {
                if (c.fires(in, i)) {
                    collect(c, in, i, out);
                }
            }
        } else if (t instanceof Trigger.AllOf all) {
            for (Trigger c : all.conditions()) {
                collect(c, in, i, out);
            }
        } else {
            out.add(leaf(t, in, i));
        }
    }

    private static String leaf(Trigger t, TriggerInputs in, int i) {
        if (t instanceof Trigger.Always) {
            return "always on";
        } else if (t instanceof Trigger.VixAbove v) {
            return "VIX " + near(in.vix(i), v.level()) + " > " + plain(v.level());
        } else if (t instanceof Trigger.VixBelow v) {
            return "VIX " + near(in.vix(i), v.level()) + " < " + plain(v.level());
        } else if (t instanceof Trigger.VixRatioAbove r) {
            return String.format(Locale.US, "VIX/VIX3M %.2f >= %s", in.vix(i) / in.vix3m(i), plain(r.ratio()));
        } else if (t instanceof Trigger.VixFutureBetween f) {
            return "VIX future (" + f.tenorDays() + " d) " + num(in.vixFuture(i, f.tenorDays())) + " in ["
                    + plain(f.low()) + ", " + plain(f.high()) + ")";
        } else if (t instanceof Trigger.PortfolioDrawdownAbove d) {
            return "portfolio drawdown " + pct(in.portfolioDrawdown(i)) + " >= " + plainPct(d.fraction());
        } else if (t instanceof Trigger.SpxDrawdownAbove d) {
            return "SPX drawdown " + pct(in.spxDrawdown(i)) + " >= " + plainPct(d.fraction());
        } else if (t instanceof Trigger.IndicatorAbove a) {
            return a.series() + " " + a.indicator() + " " + near(in.indicator(a.series(), a.indicator(), i), a.threshold()) + " > "
                    + plain(a.threshold());
        } else if (t instanceof Trigger.IndicatorBelow b) {
            return b.series() + " " + b.indicator() + " " + near(in.indicator(b.series(), b.indicator(), i), b.threshold()) + " < "
                    + plain(b.threshold());
        } else if (t instanceof Trigger.EventWithin e) {
            int days = in.tradingDaysToEvent(e.kind());
            return e.kind() + (days == 0 ? " today" : " in " + days + (days == 1 ? " day" : " days"))
                    + " (within " + e.tradingDays() + ")";
        } else if (t instanceof Trigger.RealisedVolAbove r) {
            return "realised vol " + pct(in.realisedVol(i)) + " > " + plainPct(r.vol());
        } else if (t instanceof Trigger.PegDeviationAbove p) {
            return "peg deviation " + pct(in.pegDeviation(i)) + " >= " + plainPct(p.deviation());
        }
        return t.describe();
    }

    /**
     * The VIX levels a trigger compares spot VIX with ({@link Trigger.VixAbove}, {@link Trigger.VixBelow}
     * anywhere inside it), in order of appearance: the lines a chart of VIX draws for a layer.
     *
     * @param trigger the trigger
     * @return VIX index points, possibly empty
     */
    public static List<Double> vixLevels(Trigger trigger) {
        List<Double> out = new ArrayList<>();
        levels(trigger, out);
        return out;
    }

    private static void levels(Trigger t, List<Double> out) {
        if (t instanceof Trigger.VixAbove v) {
            out.add(v.level());
        } else if (t instanceof Trigger.VixBelow v) {
            out.add(v.level());
        } else if (t instanceof Trigger.AnyOf any) {
            any.conditions().forEach(c -> levels(c, out));
        } else if (t instanceof Trigger.AllOf all) {
            all.conditions().forEach(c -> levels(c, out));
        } else if (t instanceof Trigger.Not not) {
            levels(not.condition(), out);
        }
    }

    private static String num(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        double r = Math.rint(v * 10) / 10;
        return r == Math.rint(r) ? String.valueOf((long) r) : String.format(Locale.US, "%.1f", r);
    }

    /** A value read, one decimal, or two when one decimal would make it look equal to its threshold (20.04 > 20). */
    private static String near(double v, double threshold) {
        String one = num(v);
        return one.equals("n/a") || Double.parseDouble(one) != threshold ? one : String.format(Locale.US, "%.2f", v);
    }

    /** A threshold as the rule states it: 0.95, 20, 7.5 (no rounding). */
    private static String plain(double v) {
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    private static String plainPct(double fraction) {
        return plain(Math.rint(fraction * 1e6) / 1e4) + " %";
    }

    private static String pct(double fraction) {
        return num(100 * fraction) + " %";
    }
}
