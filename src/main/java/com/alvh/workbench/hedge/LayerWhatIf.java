package com.alvh.workbench.hedge;

import com.alvh.workbench.analytics.HedgeValuation;
import com.alvh.workbench.market.MarketSnapshot;
import com.alvh.workbench.math.NormalDistribution;
import com.alvh.workbench.pricing.BlackScholes;
import com.alvh.workbench.pricing.OptionType;
import com.alvh.workbench.pricing.SkewModel;
import com.alvh.workbench.product.HedgeInstrument;
import com.alvh.workbench.product.SpxPut;
import com.alvh.workbench.product.VixCall;
import com.alvh.workbench.product.VixCallSpread;
import com.alvh.workbench.product.VixFuture;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A policy's hedge layers at one what-if point (SPX, VIX, days after entry): which layers would be on,
 * what they hold, what they cost and what they are worth there. The static counterpart of the path
 * engine's layer book, for the workbench's Explore tab: prices come from {@link HedgeValuation}, the
 * decision to enter from each layer's {@link Trigger}.
 *
 * <p>Conventions (what a static point cannot know is fixed as follows, and said in docs/workbench.md):
 * <ul>
 *   <li>Time passes first, then the market moves: a layer whose trigger holds at entry enters at entry
 *       (day 0, the entry market); the others are read on the day of the point, SPX and VIX going in a
 *       straight line from entry to the point, and a layer enters where its trigger first holds on that line
 *       (found on {@value #STEPS} equal steps, then to within 1/4,096 of a step by bisection), priced and
 *       sized at that market with its full tenor.
 *       It is then held to the point: exits, monetising, rolls and cooldowns are not applied. A layer
 *       whose tenor ends before the point is worth its value at expiry read off the point's market
 *       (intrinsic).</li>
 *   <li>Triggers read: VIX; VIX3M by the term-structure rule {@link #vix3m} (the shipped history's
 *       relation between VIX3M/VIX and VIX, through the entry's own VIX3M); VIX futures from the curve; SPX's drawdown from its running peak on the line; the account's
 *       drawdown from the position's P&amp;L on the line (computed every {@value #ACCOUNT_EVERY} steps and
 *       linear between; the layers' own P&amp;L left out). Indicators and
 *       event calendars are not evaluated: a condition on them does not hold here.</li>
 *   <li>Strikes as the engine rounds them (VIX strikes to 1 point, SPX to 5); sizes by the layer's rule
 *       against the position's maximum loss, the account's capital or the position's VIX sensitivity,
 *       at model prices without trading costs; the reserve's deployment capped by the reserve's capital.</li>
 * </ul>
 */
public final class LayerWhatIf {

    /** Steps of the straight line from entry to the point on which triggers are read. */
    public static final int STEPS = 48;
    /** The position's P&amp;L (for the account's drawdown) is computed every this many steps, linear between. */
    static final int ACCOUNT_EVERY = 6;
    /** Bisection steps that place an entry inside its step (to 1/2^12 of a step). */
    static final int REFINE = 12;
    /** SPX strikes are listed every 5 points, VIX strikes every point (as the engine rounds them). */
    static final double SPX_STRIKE_STEP = 5.0;
    static final double VIX_STRIKE_STEP = 1.0;
    private static final double DAYS_PER_YEAR = 365.0;

    private LayerWhatIf() {
    }

    /**
     * How VIX moves with SPX in a what-if: {@code VIX(S) = VIX0 (S / S0)^(-elasticity)}, capped.
     *
     * @param elasticity minus the log-change of VIX per log-change of SPX (&gt;= 0; 0: VIX does not move)
     * @param vixCap the highest VIX the rule gives (index points, &gt; 0)
     */
    public record SpotVolRule(double elasticity, double vixCap) {

        /**
         * Elasticity 4: the least-squares slope of weekly log-changes of VIX on those of SPX over the
         * shipped history, 1990-2026 (3.99; daily 4.30, monthly 3.13). Capped at 90, about VIX's record
         * (89.53 intraday on 2008-10-24; record close 82.69 on 2020-03-16).
         */
        public static final SpotVolRule DEFAULT = new SpotVolRule(4.0, 90.0);

        public SpotVolRule {
            if (!(elasticity >= 0.0) || Double.isInfinite(elasticity)) {
                throw new IllegalArgumentException("elasticity must be finite and >= 0, was " + elasticity);
            }
            if (!(vixCap > 0.0) || Double.isInfinite(vixCap)) {
                throw new IllegalArgumentException("vixCap must be finite and > 0, was " + vixCap);
            }
        }

        /**
         * VIX at {@code spot} (index points).
         *
         * @param spot SPX (index points, &gt; 0)
         * @param baseSpot SPX at entry (index points)
         * @param baseVix VIX at entry (index points)
         */
        public double vix(double spot, double baseSpot, double baseVix) {
            return Math.min(vixCap, baseVix * Math.pow(spot / baseSpot, -elasticity));
        }

        /** A copy with another elasticity. */
        public SpotVolRule withElasticity(double value) {
            return new SpotVolRule(value, vixCap);
        }
    }

    /** The position the layers protect: what the account's drawdown and the size rules read. */
    public interface Position {

        /**
         * P&amp;L of the position (USD) at several points of one day (for the account's drawdown along a
         * line); by default one {@link #pnl(double, double, double)} per point.
         */
        default double[] pnl(double[] spots, double[] vix, double days) {
            double[] out = new double[spots.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = pnl(spots[i], vix[i], days);
            }
            return out;
        }

        /**
         * P&amp;L of the position (USD) at a what-if point.
         *
         * @param spot SPX (index points)
         * @param vix spot VIX (index points)
         * @param days calendar days after entry (may be fractional)
         */
        double pnl(double spot, double vix, double days);

        /** Largest loss at expiry as a positive amount (USD): what "% of max loss" sizes against. */
        double maxLoss();
    }

    /**
     * The term structure's slope in the shipped history: {@code ln(VIX3M/VIX) = A + B ln VIX}, least
     * squares over the 4,235 days with both indices ({@code vol_indices_cboe_daily.csv}, 2009-2026):
     * A = 0.6159, B = -0.1749 (residual RMS 0.058). VIX3M/VIX is 1.14 at VIX 16, 1.0 at about VIX 33,
     * 0.86 at VIX 80: contango in calm markets, backwardation in stress.
     */
    static final double TERM_A = 0.6159;
    static final double TERM_B = -0.1749;

    /**
     * VIX3M at a what-if VIX: the history's term-structure relation, scaled to pass through the entry's
     * VIX3M: {@code VIX3M(v) = v exp(A + B ln v) x (VIX3M0/VIX0) / exp(A + B ln VIX0)}.
     *
     * @param vix spot VIX (index points, &gt; 0)
     * @param entryVix VIX at entry
     * @param entryVix3m VIX3M at entry (NaN: the history's relation unscaled)
     * @return VIX3M (index points)
     */
    public static double vix3m(double vix, double entryVix, double entryVix3m) {
        double ratio = Math.exp(TERM_A + TERM_B * Math.log(vix));
        double scale = Double.isNaN(entryVix3m) ? 1.0
                : (entryVix3m / entryVix) / Math.exp(TERM_A + TERM_B * Math.log(entryVix));
        return vix * ratio * scale;
    }

    /**
     * What the layers are priced and sized against.
     *
     * @param entry the market at entry (rate, dividend yield, VIX-option vol and VIX curve are kept at the point)
     * @param entryVix3m VIX3M at entry (index points; NaN when unknown)
     * @param skew the SPX skew model (SPX puts)
     * @param position the protected position
     * @param capital account capital (USD, &gt; 0)
     */
    public record Setup(MarketSnapshot entry, double entryVix3m, SkewModel skew, Position position, double capital) {

        /** A setup without a known VIX3M at entry (the history's term-structure relation, unscaled). */
        public Setup(MarketSnapshot entry, SkewModel skew, Position position, double capital) {
            this(entry, Double.NaN, skew, position, capital);
        }

        public Setup {
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(skew, "skew");
            Objects.requireNonNull(position, "position");
            if (!(capital > 0.0) || Double.isInfinite(capital)) {
                throw new IllegalArgumentException("capital must be finite and > 0, was " + capital);
            }
        }
    }

    /**
     * A what-if point.
     *
     * @param spot SPX (index points, &gt; 0)
     * @param vix spot VIX (index points, &gt; 0)
     * @param days calendar days after entry (&gt;= 0)
     */
    public record Point(double spot, double vix, double days) {
        public Point {
            if (!(spot > 0.0) || Double.isInfinite(spot)) {
                throw new IllegalArgumentException("spot must be finite and > 0, was " + spot);
            }
            if (!(vix > 0.0) || Double.isInfinite(vix)) {
                throw new IllegalArgumentException("vix must be finite and > 0, was " + vix);
            }
            if (!(days >= 0.0) || Double.isInfinite(days)) {
                throw new IllegalArgumentException("days must be finite and >= 0, was " + days);
            }
        }
    }

    /**
     * One layer at the point.
     *
     * @param name the layer
     * @param on whether it entered on the way to the point
     * @param reason why it entered, read at the entry step ("VIX 25.4 &gt; 25"), or what it waits for
     * @param entrySpot SPX at its entry (NaN if off)
     * @param entryVix VIX at its entry (NaN if off)
     * @param entryDay calendar days after entry at which it entered (NaN if off)
     * @param instrument what it holds, with its expiry as at the point (null if off)
     * @param cost premium paid at entry (USD; 0 for a future or when off)
     * @param value its value at the point (USD; for a future its P&amp;L since entry)
     * @param pnl {@code value - cost} (USD)
     * @param delta USD per SPX point at fixed VIX (SPX puts; 0 for VIX products)
     * @param gamma USD per SPX point squared at fixed VIX
     * @param vega USD per VIX point at fixed SPX
     * @param theta USD per calendar day
     */
    public record LayerValue(String name, boolean on, String reason, double entrySpot, double entryVix, double entryDay,
                             HedgeInstrument instrument, double cost, double value, double pnl, double delta,
                             double gamma, double vega, double theta) {
    }

    /**
     * The policy's layers (and the reserve's deployment, if the reserve is active) at {@code point}.
     *
     * @param policy the policy
     * @param setup the market, skew, position and capital
     * @param point the what-if point
     * @return one value per layer, the reserve's deployment last
     */
    public static List<LayerValue> at(AlvhPolicy policy, Setup setup, Point point) {
        List<HedgeLayer> layers = new ArrayList<>(policy.layers());
        List<Trigger> triggers = new ArrayList<>();
        for (HedgeLayer l : layers) {
            triggers.add(l.entry());
        }
        int reserve = -1;
        if (policy.reserve().active()) {
            layers.add(policy.reserve().deployment());
            triggers.add(policy.reserve().breach());
            reserve = layers.size() - 1;
        }
        Line line = new Line(setup, point, needsAccount(triggers));
        List<LayerValue> out = new ArrayList<>();
        for (int l = 0; l < layers.size(); l++) {
            out.add(value(layers.get(l), triggers.get(l), l == reserve ? policy.reserve().capital() : Double.NaN,
                    setup, point, line));
        }
        return out;
    }

    /** The layers' total P&amp;L (USD). */
    public static double totalPnl(List<LayerValue> values) {
        double sum = 0.0;
        for (LayerValue v : values) {
            sum += v.pnl();
        }
        return sum;
    }

    private static LayerValue value(HedgeLayer layer, Trigger trigger, double reserveCapital, Setup setup, Point point,
                                    Line line) {
        int k = line.firstFiring(trigger);
        if (k < 0) {
            return off(layer, "waits for " + trigger.describe() + unevaluated(trigger));
        }
        line.refine(trigger, k);
        String reason = TriggerExplanation.reason(trigger, line, 0);
        MarketSnapshot entryMarket = line.market();
        double entryDay = line.days;
        double tenor = layer.tenorDays() / DAYS_PER_YEAR;
        HedgeInstrument unit = instrument(layer, entryMarket, setup.skew(), tenor, 1.0);
        double unitCost = HedgeValuation.premium(unit, entryMarket, setup.skew());
        double qty = quantity(layer, unit, unitCost, entryMarket, setup, reserveCapital, line);
        if (!(qty > 0.0) || !Double.isFinite(qty)) {
            return off(layer, reason + "; but its size rule buys nothing there"
                    + (unit instanceof VixFuture ? " (a VIX future has no premium to size by: give it contracts or a "
                    + "vega ratio)" : ""));
        }
        double entryMark = HedgeValuation.mark(unit, entryMarket, setup.skew());
        double left = Math.max(0.0, tenor - (point.days() - entryDay) / DAYS_PER_YEAR);
        HedgeInstrument held = withExpiry(unit, left).withQuantity(qty);
        MarketSnapshot there = setup.entry().withSpot(point.spot()).withVix(point.vix());
        double cost = unit instanceof VixFuture ? 0.0 : qty * unitCost;
        double value = worth(held, entryMark, there, setup.skew());
        double vega = (worth(held, entryMark, there.withVix(point.vix() + 0.5), setup.skew())
                - worth(held, entryMark, there.withVix(Math.max(point.vix() - 0.5, MarketSnapshot.VIX_FLOOR)),
                setup.skew())) / (point.vix() + 0.5 - Math.max(point.vix() - 0.5, MarketSnapshot.VIX_FLOOR));
        double tomorrow = worth(withExpiry(held, Math.max(0.0, left - 1.0 / DAYS_PER_YEAR)), entryMark, there,
                setup.skew());
        double delta = 0.0;
        double gamma = 0.0;
        if (held instanceof SpxPut) {
            var g = HedgeValuation.greeks(held, there, setup.skew());
            delta = g.delta();
            gamma = g.gamma();
        }
        return new LayerValue(layer.name(), true, reason, line.spot, line.vix, entryDay, held, cost, value, value - cost,
                delta, gamma, vega, tomorrow - value);
    }

    /** Value at a market: the mark-to-model value, for a future its P&amp;L since entry (USD). */
    private static double worth(HedgeInstrument held, double entryMark, MarketSnapshot market, SkewModel skew) {
        if (held instanceof VixFuture) {
            return HedgeValuation.pnl(held, entryMark, market, skew);
        }
        return HedgeValuation.value(held, market, skew);
    }

    private static LayerValue off(HedgeLayer layer, String reason) {
        return new LayerValue(layer.name(), false, reason, Double.NaN, Double.NaN, Double.NaN, null, 0.0, 0.0, 0.0,
                0.0, 0.0, 0.0, 0.0);
    }

    /** The instrument a layer buys at {@code market}, {@code tenor} years out, {@code qty} units. */
    static HedgeInstrument instrument(HedgeLayer layer, MarketSnapshot market, SkewModel skew, double tenor, double qty) {
        double future = market.vixFuture(tenor);
        return switch (layer.instrument()) {
            case VIX_CALL -> new VixCall(vixStrike(layer.strike(), future, tenor, market), tenor, qty);
            case VIX_CALL_SPREAD -> {
                double k = vixStrike(layer.strike(), future, tenor, market);
                yield new VixCallSpread(k, k + layer.spreadWidth(), tenor, qty);
            }
            case VIX_FUTURE -> new VixFuture(tenor, qty);
            case SPX_PUT -> new SpxPut(spxPutStrike(layer.strike(), market, skew, tenor), tenor, qty);
        };
    }

    /**
     * A VIX option's strike: absolute; a percentage above the VIX future; or the strike whose Black-76
     * call delta {@code e^{-r tau} N(d1)} equals the rule's, {@code K = F exp(-d1 s + s^2/2)},
     * {@code s = vol sqrt(tau)}, as the engine solves it. Rounded to whole VIX points, at least 1.
     */
    static double vixStrike(StrikeRule rule, double future, double tau, MarketSnapshot market) {
        if (rule instanceof StrikeRule.Absolute a) {
            return a.strike();
        }
        if (rule instanceof StrikeRule.PercentFromReference p) {
            return Math.max(VIX_STRIKE_STEP, round(future * (1.0 + p.percent()), VIX_STRIKE_STEP));
        }
        double delta = ((StrikeRule.Delta) rule).delta();
        double s = market.vixOptionVol() * Math.sqrt(tau);
        double d1 = NormalDistribution.inverseCdf(Math.min(delta * Math.exp(market.rate() * tau), 1.0 - 1e-12));
        return Math.max(VIX_STRIKE_STEP, round(future * Math.exp(-d1 * s + 0.5 * s * s), VIX_STRIKE_STEP));
    }

    /**
     * An SPX put's strike: absolute; a percentage from spot (negative below); or the strike whose put
     * delta at the skew's vol is minus the rule's (bisection on the strike). Rounded to 5 points.
     */
    static double spxPutStrike(StrikeRule rule, MarketSnapshot market, SkewModel skew, double tau) {
        if (rule instanceof StrikeRule.Absolute a) {
            return a.strike();
        }
        if (rule instanceof StrikeRule.PercentFromReference p) {
            return round(market.spot() * (1.0 + p.percent()), SPX_STRIKE_STEP);
        }
        double target = ((StrikeRule.Delta) rule).delta();
        double lo = market.spot() * 0.2;
        double hi = market.spot() * 1.5;
        for (int i = 0; i < 80; i++) {
            double k = 0.5 * (lo + hi);
            double vol = skew.vol(market.forward(tau), k, tau, market.vix());
            double d = -BlackScholes.delta(OptionType.PUT, market.spot(), k, tau, market.rate(), market.dividendYield(), vol);
            if (d < target) {
                lo = k; // |put delta| grows with the strike
            } else {
                hi = k;
            }
        }
        return Math.max(SPX_STRIKE_STEP, round(0.5 * (lo + hi), SPX_STRIKE_STEP));
    }

    private static double quantity(HedgeLayer layer, HedgeInstrument unit, double unitCost, MarketSnapshot market,
                                   Setup setup, double reserveCapital, Line line) {
        SizeRule size = layer.size();
        double qty;
        if (size instanceof SizeRule.Contracts c) {
            qty = c.contracts();
        } else if (size instanceof SizeRule.VegaRatio v) {
            double up = HedgeValuation.value(unit, market.withVix(market.vix() + 0.5), setup.skew());
            double down = HedgeValuation.value(unit, market.withVix(Math.max(market.vix() - 0.5, MarketSnapshot.VIX_FLOOR)),
                    setup.skew());
            double perUnit = up - down;
            double position = line.positionVixSensitivity();
            qty = perUnit > 0.0 ? v.ratio() * Math.abs(position) / perUnit : 0.0;
        } else if (!(unitCost > 0.0)) {
            return 0.0;
        } else if (size instanceof SizeRule.FractionOfMaxLoss f) {
            qty = f.fraction() * setup.position().maxLoss() / unitCost;
        } else if (size instanceof SizeRule.FractionOfCapital c) {
            qty = c.fraction() * setup.capital() / unitCost;
        } else {
            qty = ((SizeRule.CashBudget) size).usd() / unitCost;
        }
        if (!Double.isNaN(reserveCapital) && unitCost > 0.0) {
            qty = Math.min(qty, reserveCapital / unitCost);
        }
        return qty;
    }

    private static HedgeInstrument withExpiry(HedgeInstrument i, double expiry) {
        if (i instanceof VixCall c) {
            return new VixCall(c.strike(), expiry, c.quantity());
        } else if (i instanceof VixCallSpread s) {
            return new VixCallSpread(s.longStrike(), s.shortStrike(), expiry, s.quantity());
        } else if (i instanceof VixFuture f) {
            return new VixFuture(expiry, f.quantity());
        }
        SpxPut p = (SpxPut) i;
        return new SpxPut(p.strike(), expiry, p.quantity());
    }

    private static double round(double value, double step) {
        return Math.rint(value / step) * step;
    }

    private static boolean needsAccount(List<Trigger> triggers) {
        for (Trigger t : triggers) {
            if (t.describe().contains("portfolio drawdown")) {
                return true;
            }
        }
        return false;
    }

    private static String unevaluated(Trigger t) {
        String d = t.describe();
        boolean indicators = d.contains("RSI") || d.contains("MACD") || d.contains("SMA") || d.contains("within");
        return indicators ? " (indicators and events are not evaluated in a what-if)" : "";
    }

    /** The straight line from entry to the point, read as trigger inputs one step at a time. */
    private static final class Line implements TriggerInputs {
        private final Setup setup;
        private final Point point;
        private final double[] spots = new double[STEPS + 1];
        private final double[] vixes = new double[STEPS + 1];
        private final double[] dayAt = new double[STEPS + 1];
        private final double[] accountDrawdown = new double[STEPS + 1];
        double spot;
        double vix;
        double days;
        private double spxDd;
        private double accountDd;

        Line(Setup setup, Point point, boolean account) {
            this.setup = setup;
            this.point = point;
            MarketSnapshot e = setup.entry();
            // Step 0: entry, day 0. Steps 1..STEPS: the straight line from entry to the point, on its day.
            for (int i = 0; i <= STEPS; i++) {
                double t = (double) i / STEPS;
                spots[i] = e.spot() + t * (point.spot() - e.spot());
                vixes[i] = e.vix() + t * (point.vix() - e.vix());
                dayAt[i] = i == 0 ? 0.0 : point.days();
            }
            if (account) {
                // The position's P&L at every ACCOUNT_EVERY-th step, linear between: the account's
                // drawdown only times the entry of a drawdown-triggered layer, and the P&L is smooth.
                int samples = STEPS / ACCOUNT_EVERY + 1;
                double[] sampleSpots = new double[samples];
                double[] sampleVix = new double[samples];
                for (int j = 0; j < samples; j++) {
                    sampleSpots[j] = spots[j * ACCOUNT_EVERY];
                    sampleVix[j] = vixes[j * ACCOUNT_EVERY];
                }
                double[] sampled = setup.position().pnl(sampleSpots, sampleVix, point.days());
                double[] pnl = new double[STEPS + 1];
                for (int i = 0; i <= STEPS; i++) {
                    int j = Math.min(samples - 2, i / ACCOUNT_EVERY);
                    double w = (double) (i - j * ACCOUNT_EVERY) / ACCOUNT_EVERY;
                    pnl[i] = sampled[j] + w * (sampled[j + 1] - sampled[j]);
                }
                pnl[0] = 0.0; // entry
                double equityPeak = 0.0;
                for (int i = 0; i <= STEPS; i++) {
                    equityPeak = Math.max(equityPeak, pnl[i]);
                    accountDrawdown[i] = Math.max(0.0, (equityPeak - pnl[i]) / setup.capital());
                }
            }
        }

        int firstFiring(Trigger trigger) {
            for (int i = 0; i <= STEPS; i++) {
                at(i);
                if (trigger.fires(this, 0)) {
                    return i;
                }
            }
            return -1;
        }

        void at(int i) {
            at((double) i / STEPS);
        }

        /**
         * Moves to the first point of step {@code firing} (where the trigger holds and did not at the
         * step before) at which the trigger holds, by bisection on the line: the entry does not jump from
         * step to step as the point moves, so the curves it gives are smooth. Step 0 (entry) stays.
         */
        void refine(Trigger trigger, int firing) {
            if (firing == 0) {
                at(0);
                return;
            }
            double lo = (double) (firing - 1) / STEPS; // does not hold
            double hi = (double) firing / STEPS; // holds
            for (int i = 0; i < REFINE; i++) {
                double mid = 0.5 * (lo + hi);
                at(mid);
                if (trigger.fires(this, 0)) {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            at(hi);
        }

        /** Moves to the point a fraction {@code t} of the way along the line (0 entry, 1 the point). */
        private void at(double t) {
            double x = t * STEPS;
            int i = Math.min(STEPS - 1, (int) Math.floor(x));
            double w = x - i;
            spot = spots[i] + w * (spots[i + 1] - spots[i]);
            vix = vixes[i] + w * (vixes[i + 1] - vixes[i]);
            days = t == 0.0 ? 0.0 : point.days();
            double peak = setup.entry().spot();
            for (int j = 0; j <= i; j++) {
                peak = Math.max(peak, spots[j]);
            }
            peak = Math.max(peak, spot);
            spxDd = 1.0 - spot / peak;
            accountDd = accountDrawdown[i] + w * (accountDrawdown[i + 1] - accountDrawdown[i]);
        }

        MarketSnapshot market() {
            return setup.entry().withSpot(spot).withVix(vix);
        }

        /** The position's P&amp;L per VIX point at the current step (USD), as the engine's vega-ratio rule reads it. */
        double positionVixSensitivity() {
            Position p = setup.position();
            return p.pnl(spot, vix + 0.5, days) - p.pnl(spot, Math.max(vix - 0.5, MarketSnapshot.VIX_FLOOR), days);
        }

        @Override
        public double vix(int i) {
            return vix;
        }

        @Override
        public double vix3m(int i) {
            return LayerWhatIf.vix3m(vix, setup.entry().vix(), setup.entryVix3m());
        }

        @Override
        public double vixFuture(int i, int tenorDays) {
            return market().vixFuture(tenorDays / DAYS_PER_YEAR);
        }

        @Override
        public double portfolioDrawdown(int i) {
            return accountDd;
        }

        @Override
        public double spxDrawdown(int i) {
            return spxDd;
        }

        @Override
        public double indicator(IndicatorSeries series, IndicatorKind indicator, int i) {
            return Double.NaN;
        }

        @Override
        public int tradingDaysToEvent(EventKind kind) {
            return Integer.MAX_VALUE;
        }
    }
}
