package com.alvh.workbench.sim;

import com.alvh.workbench.hedge.EventKind;
import com.alvh.workbench.hedge.HedgeInstrumentKind;
import com.alvh.workbench.hedge.HedgeLayer;
import com.alvh.workbench.hedge.IndicatorKind;
import com.alvh.workbench.hedge.IndicatorSeries;
import com.alvh.workbench.hedge.Reserve;
import com.alvh.workbench.hedge.SizeRule;
import com.alvh.workbench.hedge.StrikeRule;
import com.alvh.workbench.hedge.Trigger;
import com.alvh.workbench.hedge.TriggerInputs;
import com.alvh.workbench.market.StreamingIndicators;
import com.alvh.workbench.math.NormalDistribution;
import com.alvh.workbench.pricing.OptionType;
import com.alvh.workbench.pricing.SmileOptionTable;

import java.util.Arrays;
import java.util.List;

/**
 * The portfolio through time: an SPX iron-condor campaign with its ALVH hedge layers and reserve,
 * marked to model at every step of every path.
 *
 * <p>Each step, for each path: (1) the condor and every open layer are marked (condor legs by
 * Black-Scholes at the skew model's vol for the path's VIX; VIX options by Black-76 off the VIX
 * future of their expiry; VIX futures at that future; SPX puts like condor legs); (2) the condor's
 * rules run (expiry settlement, take profit, stop, close before expiry, reopen); (3) each layer's
 * exits run (expiry settlement, take profit, monetise into a spike, exit or roll before expiry),
 * then its entry trigger is evaluated if it is flat and out of cooldown; (4) the reserve charges
 * its idle cost or deploys on a breach; (5) equity, its peak and drawdown update. Trades pay
 * commissions and slippage (see {@link TradingCosts}); marks are at mid.
 *
 * <p>Time: one step is one trading day, {@code 1/252} year; a tenor of {@code d} calendar days is
 * {@code round(d x 252/365)} steps; time to expiry in years is steps left over 252. VIX options
 * settle at the path's VIX on their expiry step.
 *
 * <p>Speed: option marks come from {@link SmileOptionTable} (SPX legs under the skew, VIX options
 * under Black-76: precomputed normalised prices, interpolated, within 1e-8 of the forward of the
 * exact formula); delta strikes are solved in standardised moneyness by Newton steps
 * ({@link SmileOptionTable#logMoneynessForD1}); discount factors, forwards' growth and square roots
 * of time are tabulated by steps to expiry; the logarithm of spot is taken once per path and step.
 * VIX futures come from the market model's own curve ({@link MarketModel#ownVixFutures}) when it has
 * one, else from {@link CampaignSpec#vixCurve()}; VIX option vols likewise from
 * {@link MarketModel#ownVixOptionVols} or {@link CampaignSpec#vixOptionVols()}. A history model's own
 * quotes read the path's day ({@link PathState#cursor}) and leave days without data to the campaign's.
 */
public final class CampaignSimulation implements BlockAggregator<CampaignBlock, CampaignResult> {

    /** Trading days per year (the path grid). */
    static final double STEPS_PER_YEAR = 252.0;
    /** SPX and VIX option multiplier (USD per index point). */
    static final double OPTION_MULTIPLIER = 100.0;
    /** VIX futures multiplier (USD per index point). */
    static final double FUTURES_MULTIPLIER = 1000.0;
    /** SPX strikes are listed every 5 points; VIX strikes every point. */
    static final double SPX_STRIKE_STEP = 5.0;
    static final double VIX_STRIKE_STEP = 1.0;
    /** Moving-average window and RSI period for indicator triggers (trading days). */
    static final int MA_WINDOW = IndicatorReadings.MA_WINDOW;
    static final int RSI_PERIOD = IndicatorReadings.RSI_PERIOD;

    private final MarketModel model;
    private final CampaignSpec spec;
    private final int steps;
    private final int fanSample;
    private final int samplePaths;
    /** The hedge layers and their lifecycle rules (shared with the DeFi engine). */
    private final LayerBook.Plan plan;
    private final List<HedgeLayer> layers;
    private final List<Trigger> entries;
    private final int condorSteps;

    // Precomputed once per run (read-only, shared by all blocks).
    private final SmileOptionTable spxTable;
    private final SmileOptionTable blackTable;
    private final VixFutureCurve futures;
    /** The VIX option vols by path day and expiry (the model's own where it has them, else the spec's). */
    private final VixOptionVols.ByDay vixVols;
    private final HedgeInstrumentKind[] kinds;
    /** USD per point of each layer's unit mark. */
    private final double[] multipliers;
    private final int[] tenorSteps;
    /** Strike solvers of delta-rule SPX put layers (null for other layers). */
    private final SmileOptionTable.DeltaStrikeSolver[] layerStrikeSolvers;
    /** Strike solvers of the condor's legs (long put, short put, short call, long call); null for distance rules. */
    private final SmileOptionTable.DeltaStrikeSolver[] condorStrikeSolvers;
    private final HedgeLayer[] layerArray;
    /** By steps to expiry {@code n}: {@code n/252}, its square root, {@code e^{-r n/252}}, {@code e^{(r-q) n/252}}, {@code (r-q) n/252}. */
    private final double[] yearsLeft;
    private final double[] sqrtYearsLeft;
    private final double[] discountLeft;
    private final double[] growthLeft;
    private final double[] carryLeft;
    private final boolean needsIndicators;
    /**
     * VIX-option slices by steps to expiry: the flat VIX-option vol makes {@code s} a function of the
     * steps left only. Set up here and never moved, so the worker threads share them read-only.
     */
    private final SmileOptionTable.Slice[] vixSlices;
    /** The futures curve at each tenor in trading days (prepared once; shared read-only). */
    private final VixFutureCurve.AtTenor[] futuresByLeft;
    /** Trading days to the next event, {@code [kind.ordinal()][step]}, from the model's schedule. */
    private final int[][] daysToEvent;

    /**
     * @param model the market model (also asked for its own VIX futures)
     * @param spec the campaign, costs, capital and policy
     * @param steps daily steps in the run
     * @param fanSample how many paths (the first ones) feed the equity percentile fan
     * @param samplePaths how many paths (the first ones) are kept in full
     */
    public CampaignSimulation(MarketModel model, CampaignSpec spec, int steps, int fanSample, int samplePaths) {
        if (steps <= 0 || fanSample < 2 || samplePaths < 0) {
            throw new IllegalArgumentException("steps must be > 0, fanSample >= 2 and samplePaths >= 0, were "
                    + steps + ", " + fanSample + ", " + samplePaths);
        }
        this.model = model;
        this.spec = spec;
        this.steps = steps;
        this.fanSample = fanSample;
        this.samplePaths = samplePaths;
        Reserve reserve = spec.policy().reserve();
        this.plan = new LayerBook.Plan(spec.policy(),
                layer -> layer.instrument() == HedgeInstrumentKind.VIX_FUTURE ? FUTURES_MULTIPLIER : OPTION_MULTIPLIER,
                layer -> layer.instrument() == HedgeInstrumentKind.VIX_FUTURE, STEPS_PER_YEAR,
                // No entry on the last step: a hedge bought as the run ends protects nothing and would only
                // book its spread and commission (the DeFi engine's rule too).
                reserve.capital() * reserve.costRate() / STEPS_PER_YEAR, steps - 1);
        this.layers = plan.layers();
        this.entries = plan.entries();
        this.condorSteps = toSteps(spec.daysToExpiry());

        this.spxTable = SmileOptionTable.of(spec.skew());
        this.blackTable = SmileOptionTable.black();
        VixFutureTermCurve fallback = new VixFutureTermCurve(spec);
        this.futures = model.ownVixFutures().map(c -> c.orElse(fallback)).orElse(fallback);
        this.vixVols = model.ownVixOptionVols().map(v -> v.orElse(spec.vixOptionVols()))
                .orElse(spec.vixOptionVols().everyDay());
        int count = layers.size();
        this.kinds = new HedgeInstrumentKind[count];
        this.multipliers = plan.multipliers;
        this.tenorSteps = new int[count];
        this.layerStrikeSolvers = new SmileOptionTable.DeltaStrikeSolver[count];
        this.layerArray = layers.toArray(new HedgeLayer[0]);
        int longest = condorSteps;
        for (int l = 0; l < count; l++) {
            HedgeLayer layer = layerArray[l];
            kinds[l] = layer.instrument();
            tenorSteps[l] = toSteps(layer.tenorDays());
            longest = Math.max(longest, tenorSteps[l]);
            if (kinds[l] == HedgeInstrumentKind.SPX_PUT && layer.strike() instanceof StrikeRule.Delta d) {
                layerStrikeSolvers[l] = spxTable.solverFor(putD1(d.delta(), tenorSteps[l] / STEPS_PER_YEAR));
            }
        }
        if (spec.condorRule() instanceof CondorRule.ByDelta d) {
            double t = condorSteps / STEPS_PER_YEAR;
            condorStrikeSolvers = new SmileOptionTable.DeltaStrikeSolver[] {
                spxTable.solverFor(putD1(d.longDelta(), t)), spxTable.solverFor(putD1(d.shortDelta(), t)),
                spxTable.solverFor(callD1(d.shortDelta(), t)), spxTable.solverFor(callD1(d.longDelta(), t))};
        } else {
            condorStrikeSolvers = null;
        }
        // A curve of listed contracts may trade a VIX layer a few steps longer than its tenor (enter()).
        longest += futures.maxListedExtension();
        yearsLeft = new double[longest + 1];
        sqrtYearsLeft = new double[longest + 1];
        discountLeft = new double[longest + 1];
        growthLeft = new double[longest + 1];
        carryLeft = new double[longest + 1];
        for (int n = 0; n <= longest; n++) {
            double t = n / STEPS_PER_YEAR;
            yearsLeft[n] = t;
            sqrtYearsLeft[n] = Math.sqrt(t);
            discountLeft[n] = Math.exp(-spec.rate() * t);
            growthLeft[n] = Math.exp((spec.rate() - spec.dividendYield()) * t);
            carryLeft[n] = (spec.rate() - spec.dividendYield()) * t;
        }
        futuresByLeft = new VixFutureCurve.AtTenor[longest + 1];
        for (int n = 0; n <= longest; n++) {
            futuresByLeft[n] = futures.atTenor(n / STEPS_PER_YEAR);
        }
        // Vols that depend on the path's day are read per mark instead (Observer.vixSlice).
        vixSlices = vixVols.dependsOnDay() ? null : new SmileOptionTable.Slice[longest + 1];
        for (int n = 0; vixSlices != null && n <= longest; n++) {
            vixSlices[n] = blackTable.newSlice().at(vixVols.at(-1, n / STEPS_PER_YEAR) * sqrtYearsLeft[n]);
        }
        boolean indicators = false;
        for (Trigger t : entries) {
            indicators |= usesIndicators(t);
        }
        this.needsIndicators = indicators;
        EventSchedule schedule = model.eventSchedule();
        EventKind[] eventKinds = EventKind.values();
        this.daysToEvent = new int[eventKinds.length][steps + 1];
        for (EventKind kind : eventKinds) {
            for (int t = 0; t <= steps; t++) {
                daysToEvent[kind.ordinal()][t] = schedule.tradingDaysToEvent(kind, t);
            }
        }
    }

    /**
     * The d1 of a call with Black-Scholes spot delta {@code delta}: {@code e^{-qT} N(d1) = delta}.
     */
    private double callD1(double delta, double t) {
        return NormalDistribution.inverseCdf(requireReachable(delta * Math.exp(spec.dividendYield() * t), delta));
    }

    /** The d1 of a put with spot delta {@code -delta}: {@code e^{-qT} N(-d1) = delta}. */
    private double putD1(double delta, double t) {
        return -NormalDistribution.inverseCdf(requireReachable(delta * Math.exp(spec.dividendYield() * t), delta));
    }

    private static double requireReachable(double p, double delta) {
        if (!(p > 0.0 && p < 1.0)) {
            throw new IllegalArgumentException("delta " + delta + " is not reachable (|delta| must be below e^{-qT})");
        }
        return p;
    }

    /**
     * Whether a trigger may read a technical indicator: the indicators of SPX and VIX are updated
     * every step only if some trigger can use them. Unknown trigger kinds count as users.
     */
    static boolean usesIndicators(Trigger t) {
        if (t instanceof Trigger.AllOf a) {
            return a.conditions().stream().anyMatch(CampaignSimulation::usesIndicators);
        }
        if (t instanceof Trigger.AnyOf a) {
            return a.conditions().stream().anyMatch(CampaignSimulation::usesIndicators);
        }
        if (t instanceof Trigger.Not n) {
            return usesIndicators(n.condition());
        }
        return !(t instanceof Trigger.Always || t instanceof Trigger.VixAbove || t instanceof Trigger.VixBelow
                || t instanceof Trigger.VixFutureBetween || t instanceof Trigger.VixRatioAbove
                || t instanceof Trigger.PortfolioDrawdownAbove || t instanceof Trigger.SpxDrawdownAbove
                || t instanceof Trigger.EventWithin);
    }

    /** A trigger flattened for the per-path, per-step loop (arrays instead of lists). */
    @FunctionalInterface
    interface TriggerCheck {
        boolean fires(TriggerInputs in, int path);
    }

    /**
     * Compiles a trigger: the combinators become loops over arrays, {@code Always} a constant;
     * other triggers are evaluated as they are. Same truth value as {@link Trigger#fires}.
     */
    static TriggerCheck compile(Trigger t) {
        if (t instanceof Trigger.Always) {
            return (in, path) -> true;
        }
        if (t instanceof Trigger.AnyOf a) {
            TriggerCheck[] parts = a.conditions().stream().map(CampaignSimulation::compile).toArray(TriggerCheck[]::new);
            return (in, path) -> {
                for (TriggerCheck c : parts) {
                    if (c.fires(in, path)) {
                        return true;
                    }
                }
                return false;
            };
        }
        if (t instanceof Trigger.AllOf a) {
            TriggerCheck[] parts = a.conditions().stream().map(CampaignSimulation::compile).toArray(TriggerCheck[]::new);
            return (in, path) -> {
                for (TriggerCheck c : parts) {
                    if (!c.fires(in, path)) {
                        return false;
                    }
                }
                return true;
            };
        }
        if (t instanceof Trigger.Not n) {
            TriggerCheck inner = compile(n.condition());
            return (in, path) -> !inner.fires(in, path);
        }
        // Common leaves read their input directly (one call less than Trigger.fires; same test).
        if (t instanceof Trigger.VixAbove v) {
            double level = v.level();
            return (in, path) -> in.vix(path) > level;
        }
        if (t instanceof Trigger.VixBelow v) {
            double level = v.level();
            return (in, path) -> in.vix(path) < level;
        }
        if (t instanceof Trigger.VixRatioAbove r) {
            double ratio = r.ratio();
            return (in, path) -> in.vix(path) / in.vix3m(path) >= ratio;
        }
        if (t instanceof Trigger.SpxDrawdownAbove d) {
            double fraction = d.fraction();
            return (in, path) -> in.spxDrawdown(path) >= fraction;
        }
        if (t instanceof Trigger.PortfolioDrawdownAbove d) {
            double fraction = d.fraction();
            return (in, path) -> in.portfolioDrawdown(path) >= fraction;
        }
        return t::fires;
    }

    /** The spec's term-structure curve from spot VIX, for models without their own futures. */
    private static final class VixFutureTermCurve implements VixFutureCurve {
        private final com.alvh.workbench.market.VixTermStructure curve;

        VixFutureTermCurve(CampaignSpec spec) {
            this.curve = spec.vixCurve();
        }

        @Override
        public double future(double spotVix, double variance, double tau) {
            return curve.futureLevel(spotVix, tau);
        }

        @Override
        public AtTenor atTenor(double tau) {
            // F = L + (VIX - L) e^{-k tau}: the exponential once per tenor.
            double level = curve.longRunLevel();
            double weight = curve.futureLevel(level + 1.0, tau) - level;
            return (spotVix, variance) -> level + (spotVix - level) * weight;
        }
    }

    /**
     * Runs the campaign on a model.
     *
     * @param model market model
     * @param spec campaign and policy
     * @param settings paths, steps, seed, threads
     * @param progress progress callback
     * @param cancel cancellation flag
     * @return the result
     */
    public static CampaignResult run(MarketModel model, CampaignSpec spec, SimulationSettings settings,
                                     ProgressListener progress, CancellationToken cancel) {
        CampaignSimulation sim = new CampaignSimulation(model, spec, settings.steps(),
                Math.max(2, Math.min(settings.paths(), 20_000)), Math.min(settings.paths(), 12));
        return PathEngine.run(model, settings, sim, progress, cancel);
    }

    static int toSteps(int calendarDays) {
        return Math.max(1, (int) Math.round(calendarDays * STEPS_PER_YEAR / 365.0));
    }

    @Override
    public PathObserver<CampaignBlock> observer(int firstPath, int blockPaths) {
        return new Observer(firstPath, blockPaths);
    }

    @Override
    public CampaignResult combine(List<CampaignBlock> blocks) {
        return CampaignBlock.combine(spec.policy().name(), steps, spec.capital(), plan.layerNames(), fanSample, blocks);
    }

    /** Per-block state: struct of arrays over the block's paths. */
    private final class Observer implements PathObserver<CampaignBlock>, TriggerInputs, LayerBook.Instruments {
        private final int first;
        private final int n;
        private final int layerCount = layers.size();
        private final double rate = spec.rate();
        private final TradingCosts costs = spec.costs();
        private final double contracts = spec.contracts();
        private final double atmPerVixPoint = spec.skew().atmRatio() / 100.0;
        private final SmileOptionTable.Slice spxSlice = spxTable.newSlice();
        private final SmileOptionTable.Slice vixDaySlice = blackTable.newSlice();

        // market at the current step
        private double[] spot;
        private double[] vix;
        private double[] vix3m;
        private double[] variance;
        private int[] cursor;
        private final double[] lnSpot;
        private final StreamingIndicators spxIndicators;
        private final StreamingIndicators vixIndicators;
        private final double[] spxPeak;

        // condor
        private final boolean[] condorOpen;
        private final double[][] condorStrikes; // [4][n]: long put, short put, short call, long call
        private final double[][] condorLnStrikes; // their logarithms
        private final int[] condorExpiry;
        private final double[] condorCredit;
        private final double[] condorMaxLoss;
        private final double[] condorVixSensitivity; // NaN until a vega-ratio layer asks for it
        private final double[] condorOpenSpot;
        private final double[] condorOpenVix;
        private final double[] legMid = new double[4]; // scratch: the condor's leg mids of the last marking
        private final double[] condorMark; // USD value of the open condor at this step's marks
        private final int[] condorTrades;

        // layers [layer][path]: the lifecycle state is the book's; these are the instruments' own
        private final LayerBook book;
        private final double[][] layerQty;
        private final double[][] layerStrike;
        private final double[][] layerStrike2;
        private final double[][] layerLnStrike;
        private final double[][] layerLnStrike2;
        private final int[][] layerExpiry;
        private final double[][] layerEntryFuture;
        private final double[][] layerUnitMark; // this step's per-unit mark of each open layer

        // account
        private final BlockAccount account;
        private final double[] cash;
        private final double[] preTradeEquity; // equity at this step's marks, before hedge trades

        private int step;

        Observer(int firstPath, int blockPaths) {
            first = firstPath;
            n = blockPaths;
            spxIndicators = needsIndicators ? new StreamingIndicators(n, MA_WINDOW, RSI_PERIOD) : null;
            vixIndicators = needsIndicators ? new StreamingIndicators(n, MA_WINDOW, RSI_PERIOD) : null;
            spxPeak = new double[n];
            lnSpot = new double[n];
            condorOpen = new boolean[n];
            condorStrikes = new double[4][n];
            condorLnStrikes = new double[4][n];
            condorExpiry = new int[n];
            condorCredit = new double[n];
            condorMaxLoss = new double[n];
            condorVixSensitivity = new double[n];
            condorOpenSpot = new double[n];
            condorOpenVix = new double[n];
            condorMark = new double[n];
            condorTrades = new int[n];
            account = new BlockAccount(first, n, steps, layerCount, fanSample, samplePaths);
            cash = account.cash;
            preTradeEquity = account.preTrade;
            book = new LayerBook(plan, n, steps, cash, account.hedgeCost, account.sampleCount);
            layerQty = book.qty;
            layerExpiry = book.expiry;
            layerUnitMark = book.unitMark;
            layerStrike = new double[layerCount][n];
            layerStrike2 = new double[layerCount][n];
            layerLnStrike = new double[layerCount][n];
            layerLnStrike2 = new double[layerCount][n];
            layerEntryFuture = new double[layerCount][n];
        }

        @Override
        public void start(PathState state) {
            step = 0;
            bind(state);
            Arrays.fill(cash, spec.capital());
            if (needsIndicators) {
                spxIndicators.add(spot);
                vixIndicators.add(vix);
            }
            for (int i = 0; i < n; i++) {
                spxPeak[i] = spot[i];
                openCondor(i);
            }
            process(state);
        }

        @Override
        public void step(PathState state, int newStep) {
            step = newStep;
            bind(state);
            if (needsIndicators) {
                spxIndicators.add(spot);
                vixIndicators.add(vix);
            }
            for (int i = 0; i < n; i++) {
                spxPeak[i] = Math.max(spxPeak[i], spot[i]);
                manageCondor(i);
            }
            process(state);
        }

        private void bind(PathState state) {
            spot = state.spot;
            vix = state.vix;
            vix3m = state.vix3m;
            variance = state.variance;
            cursor = state.cursor;
            for (int i = 0; i < n; i++) {
                lnSpot[i] = Math.log(spot[i]);
            }
        }

        /** Layers, reserve, then equity, for the current step. */
        private void process(PathState state) {
            for (int i = 0; i < n; i++) {
                // Mark every open layer once; triggers see the equity at these marks.
                double pre = cash[i] + condorMark[i];
                for (int l = 0; l < layerCount; l++) {
                    if (layerQty[l][i] > 0.0) {
                        double u = layerUnitMark(l, i, layerExpiry[l][i] - step);
                        layerUnitMark[l][i] = u;
                        pre += layerQty[l][i] * multipliers[l] * u;
                    }
                }
                preTradeEquity[i] = pre;
                for (int l = 0; l < layerCount; l++) {
                    book.manage(l, i, step, vix[i], this, this);
                }
                book.chargeIdleReserve(i, step);
                account.close(i, step, book.withHeld(i, cash[i] + condorMark[i]));
            }
            account.record(step, spot, vix, condorOpen, book);
        }

        // ---- condor ----

        private double years(int stepsLeft) {
            return stepsLeft / STEPS_PER_YEAR;
        }

        /**
         * An SPX option of path {@code i} at the skew's vol for spot VIX {@code v} (index points),
         * {@code left} steps before expiry (at expiry: the payoff).
         */
        private double spxOption(OptionType type, int i, double k, double lnK, int left, double v) {
            return spxOption(type, spot[i], lnSpot[i], k, lnK, left, v);
        }

        private double spxOption(OptionType type, double s, double lnS, double k, double lnK, int left, double v) {
            if (left <= 0) {
                return type.payoff(s, k);
            }
            double forward = s * growthLeft[left];
            return spxSlice.at(atmPerVixPoint * v * sqrtYearsLeft[left])
                    .price(type, forward, k, lnK - lnS - carryLeft[left], discountLeft[left]);
        }

        /**
         * Marks the condor's legs of path {@code i} into {@link #legMid} (per unit, index points) and
         * returns the unit value +LP -SP -SC +LC.
         */
        private double condorLegMids(int i, double s, double lnS, double v, int left) {
            double[][] k = condorStrikes;
            double[][] lnK = condorLnStrikes;
            if (left <= 0) {
                legMid[0] = Math.max(k[0][i] - s, 0.0);
                legMid[1] = Math.max(k[1][i] - s, 0.0);
                legMid[2] = Math.max(s - k[2][i], 0.0);
                legMid[3] = Math.max(s - k[3][i], 0.0);
            } else {
                // One slice (tenor and VIX) for the four strikes.
                SmileOptionTable.Slice slice = spxSlice.at(atmPerVixPoint * v * sqrtYearsLeft[left]);
                double forward = s * growthLeft[left];
                double lnF = lnS + carryLeft[left];
                double discount = discountLeft[left];
                legMid[0] = slice.price(OptionType.PUT, forward, k[0][i], lnK[0][i] - lnF, discount);
                legMid[1] = slice.price(OptionType.PUT, forward, k[1][i], lnK[1][i] - lnF, discount);
                legMid[2] = slice.price(OptionType.CALL, forward, k[2][i], lnK[2][i] - lnF, discount);
                legMid[3] = slice.price(OptionType.CALL, forward, k[3][i], lnK[3][i] - lnF, discount);
            }
            return legMid[0] - legMid[1] - legMid[2] + legMid[3];
        }

        private double condorValue(int i) {
            if (!condorOpen[i]) {
                return 0.0;
            }
            return contracts * OPTION_MULTIPLIER * condorLegMids(i, spot[i], lnSpot[i], vix[i], condorExpiry[i] - step);
        }

        /**
         * USD per VIX point of the open condor, by a central bump of the VIX at its opening through
         * the skew (at the opening's spot and tenor); computed when first needed.
         */
        private double condorVixSensitivity(int i) {
            if (Double.isNaN(condorVixSensitivity[i])) {
                double s = condorOpenSpot[i];
                double lnS = Math.log(s);
                double v = condorOpenVix[i];
                condorVixSensitivity[i] = contracts * OPTION_MULTIPLIER
                        * (condorLegMids(i, s, lnS, v + 0.5, condorSteps)
                        - condorLegMids(i, s, lnS, Math.max(v - 0.5, 0.5), condorSteps));
            }
            return condorVixSensitivity[i];
        }

        /** The SPX strike (unrounded) of a delta rule's solver, {@code left} steps out. */
        private double deltaStrike(int i, SmileOptionTable.DeltaStrikeSolver solver, int left, double v) {
            double forward = spot[i] * growthLeft[left];
            double stdDev = atmPerVixPoint * v * sqrtYearsLeft[left];
            return forward * Math.exp(solver.logMoneyness(stdDev));
        }

        private void openCondor(int i) {
            double s = spot[i];
            double v = vix[i];
            int left = condorSteps;
            double lp;
            double sp;
            double sc;
            double lc;
            if (condorStrikeSolvers != null) {
                lp = round(deltaStrike(i, condorStrikeSolvers[0], left, v), SPX_STRIKE_STEP);
                sp = round(deltaStrike(i, condorStrikeSolvers[1], left, v), SPX_STRIKE_STEP);
                sc = round(deltaStrike(i, condorStrikeSolvers[2], left, v), SPX_STRIKE_STEP);
                lc = round(deltaStrike(i, condorStrikeSolvers[3], left, v), SPX_STRIKE_STEP);
            } else {
                CondorRule.ByDistancePercent p = (CondorRule.ByDistancePercent) spec.condorRule();
                sp = round(s * (1.0 - p.shortPercent()), SPX_STRIKE_STEP);
                sc = round(s * (1.0 + p.shortPercent()), SPX_STRIKE_STEP);
                lp = round(sp - s * p.wingPercent(), SPX_STRIKE_STEP);
                lc = round(sc + s * p.wingPercent(), SPX_STRIKE_STEP);
            }
            if (lp >= sp) {
                lp = sp - SPX_STRIKE_STEP;
            }
            if (lc <= sc) {
                lc = sc + SPX_STRIKE_STEP;
            }
            if (sc < sp) {
                sc = sp;
            }
            setCondorStrike(0, i, lp);
            setCondorStrike(1, i, sp);
            setCondorStrike(2, i, sc);
            setCondorStrike(3, i, lc);
            condorExpiry[i] = step + condorSteps;
            // Open: buy the wings, sell the body, each at mid plus or minus slippage, plus commissions.
            double unit = condorLegMids(i, s, lnSpot[i], v, left);
            double cashIn = -tradeCash(legMid[0], +contracts) - tradeCash(legMid[1], -contracts)
                    - tradeCash(legMid[2], -contracts) - tradeCash(legMid[3], +contracts);
            cash[i] += cashIn;
            condorCredit[i] = cashIn;
            condorMark[i] = contracts * OPTION_MULTIPLIER * unit;
            double widest = Math.max(sp - lp, lc - sc);
            condorMaxLoss[i] = Math.max(widest * contracts * OPTION_MULTIPLIER - cashIn, 0.0);
            condorOpenSpot[i] = s;
            condorOpenVix[i] = v;
            condorVixSensitivity[i] = Double.NaN;
            condorOpen[i] = true;
            condorTrades[i]++;
        }

        private void setCondorStrike(int leg, int i, double k) {
            condorStrikes[leg][i] = k;
            condorLnStrikes[leg][i] = Math.log(k);
        }

        /**
         * Cash paid (USD, positive = paid) to trade {@code qty} contracts of an SPX option with mid
         * {@code mid}: buys at mid plus slippage, sells at mid minus slippage, plus commission.
         */
        private double tradeCash(double mid, double qty) {
            double slip = costs.spxSlippage(mid);
            return qty * (mid + Math.signum(qty) * slip) * OPTION_MULTIPLIER
                    + Math.abs(qty) * costs.commissionPerContract();
        }

        /** Closes the condor at the leg mids in {@link #legMid} (this step's marks of path {@code i}). */
        private void closeCondorAtMarks(int i) {
            cash[i] -= tradeCash(legMid[0], -contracts) + tradeCash(legMid[1], +contracts)
                    + tradeCash(legMid[2], +contracts) + tradeCash(legMid[3], -contracts);
            condorOpen[i] = false;
        }

        private void manageCondor(int i) {
            if (!condorOpen[i]) {
                return;
            }
            CondorManagement rules = spec.management();
            int left = condorExpiry[i] - step;
            if (left <= 0) {
                // Cash-settled at the path's close (SPX settles in cash at expiry).
                cash[i] += contracts * OPTION_MULTIPLIER * condorLegMids(i, spot[i], lnSpot[i], vix[i], 0);
                condorOpen[i] = false;
            } else {
                condorMark[i] = condorValue(i);
                double pnl = condorCredit[i] + condorMark[i];
                double credit = Math.max(condorCredit[i], 0.0);
                boolean takeProfit = !Double.isNaN(rules.takeProfitFraction())
                        && pnl >= rules.takeProfitFraction() * credit;
                boolean stop = !Double.isNaN(rules.stopLossMultiple()) && -pnl >= rules.stopLossMultiple() * credit;
                boolean late = left * 365.0 / STEPS_PER_YEAR <= rules.closeAtDaysToExpiry();
                if (takeProfit || stop || late) {
                    closeCondorAtMarks(i); // legMid holds this step's marks from condorValue(i)
                }
            }
            if (!condorOpen[i] && rules.repeat()) {
                openCondor(i);
            }
            if (!condorOpen[i]) {
                condorMark[i] = 0.0; // (a condor opened this step was marked by openCondor)
            }
        }

        // ---- layers ----

        private double vixFuture(int i, double tau) {
            return futures.future(cursor[i], vix[i], variance[i], tau);
        }

        /** The VIX future {@code left} trading days out (the layers' own tenors: a prepared curve). */
        private double vixFutureLeft(int i, int left) {
            return futuresByLeft[left].future(cursor[i], vix[i], variance[i]);
        }

        /** What VIX options and futures of path {@code i} settle on at expiry this step (spot VIX on model paths). */
        private double vixSettlement(int i) {
            return futures.settlement(cursor[i], vix[i]);
        }

        /** The Black-76 slice of VIX options {@code left > 0} steps before expiry on path {@code i}'s day. */
        private SmileOptionTable.Slice vixSlice(int i, int left) {
            return vixSlices != null ? vixSlices[left]
                    : vixDaySlice.at(vixVols.at(cursor[i], yearsLeft[left]) * sqrtYearsLeft[left]);
        }

        /** A VIX call off future {@code f}; {@code left > 0} steps to expiry. */
        private double vixCall(int i, double f, double lnF, double k, double lnK, int left) {
            return vixSlice(i, left)
                    .price(OptionType.CALL, f, k, lnK - lnF, discountLeft[left]);
        }

        /** Per-unit mark of layer {@code l}'s instrument for path {@code i}, {@code left} steps before expiry (index points). */
        private double layerUnitMark(int l, int i, int left) {
            double k = layerStrike[l][i];
            switch (kinds[l]) {
                case VIX_CALL: {
                    if (left <= 0) {
                        return Math.max(vixSettlement(i) - k, 0.0);
                    }
                    double f = vixFutureLeft(i, left);
                    return vixCall(i, f, Math.log(f), k, layerLnStrike[l][i], left);
                }
                case VIX_CALL_SPREAD: {
                    double k2 = layerStrike2[l][i];
                    if (left <= 0) {
                        double settle = vixSettlement(i);
                        return Math.max(settle - k, 0.0) - Math.max(settle - k2, 0.0);
                    }
                    double f = vixFutureLeft(i, left);
                    double lnF = Math.log(f);
                    SmileOptionTable.Slice slice = vixSlice(i, left);
                    double discount = discountLeft[left];
                    return slice.price(OptionType.CALL, f, k, layerLnStrike[l][i] - lnF, discount)
                            - slice.price(OptionType.CALL, f, k2, layerLnStrike2[l][i] - lnF, discount);
                }
                case VIX_FUTURE:
                    return (left <= 0 ? vixSettlement(i) : vixFutureLeft(i, left)) - layerEntryFuture[l][i];
                case SPX_PUT:
                    return spxOption(OptionType.PUT, i, k, layerLnStrike[l][i], left, vix[i]);
                default:
                    throw new IllegalStateException("unknown instrument " + kinds[l]);
            }
        }

        /** Slippage per unit on layer {@code l}'s instrument at this mark. */
        private double slippage(HedgeInstrumentKind kind, double mark) {
            return switch (kind) {
                case SPX_PUT -> costs.spxSlippage(mark);
                case VIX_CALL -> costs.vixSlippage(mark);
                case VIX_CALL_SPREAD -> 2.0 * costs.vixSlippage(mark); // two legs
                case VIX_FUTURE -> 0.5 * costs.slippageFraction() * 0.05; // one tick, 0.05 points
            };
        }

        /**
         * Cash from selling {@code units} of layer {@code l}; at expiry the mark is the settlement
         * value. Long options whose sale would not cover its slippage and commissions (worth about 0)
         * are abandoned instead: no cash flow (their value, below the cost of selling, is forgone, as
         * when they are left to expire), never negative proceeds. A VIX future is always closed at
         * its mark: its P&amp;L since entry may be negative.
         */
        @Override
        public double saleProceeds(int l, int i, double units, double mark, boolean settlement) {
            HedgeInstrumentKind kind = kinds[l];
            double mult = multipliers[l];
            if (settlement) {
                return units * mult * mark;
            }
            double proceeds = units * mult * (mark - slippage(kind, mark))
                    - units * contractsPerUnit(kind) * costs.commissionPerContract();
            return kind == HedgeInstrumentKind.VIX_FUTURE ? proceeds : Math.max(proceeds, 0.0);
        }

        private double contractsPerUnit(HedgeInstrumentKind kind) {
            return kind == HedgeInstrumentKind.VIX_CALL_SPREAD ? 2.0 : 1.0;
        }

        @Override
        public void enter(int l, int i) {
            HedgeLayer layer = layerArray[l];
            // VIX options and futures trade the listed contract nearest the tenor where the curve lists them,
            // outside the layer's exit window (LayerBook exits when left x 365/252 <= exitDaysToExpiry).
            int tenor = kinds[l] == HedgeInstrumentKind.SPX_PUT ? tenorSteps[l] : futures.listedTenor(cursor[i],
                    tenorSteps[l], (int) Math.floor(layer.exit().exitDaysToExpiry() * STEPS_PER_YEAR / 365.0) + 1);
            double tau = years(tenor);
            double future = vixFutureLeft(i, tenor);
            layerEntryFuture[l][i] = future;
            double k = strikeFor(layer, l, i, tenor, future);
            layerStrike[l][i] = k;
            layerStrike2[l][i] = k + layer.spreadWidth();
            layerLnStrike[l][i] = Math.log(k);
            layerLnStrike2[l][i] = Math.log(layerStrike2[l][i]);
            double mark = layerUnitMark(l, i, tenor); // a future's mark is 0 at entry (P&L since entry)
            double mult = multipliers[l];
            double slip = slippage(layer.instrument(), mark);
            double unitCost = (mark + slip) * mult + contractsPerUnit(layer.instrument()) * costs.commissionPerContract();
            double qty = quantity(layer, l, i, tenor, unitCost);
            if (!(qty > 0.0) || !Double.isFinite(qty)) {
                return;
            }
            double paid = qty * unitCost;
            book.open(l, i, step, step + tenor, qty, paid, mark, paid);
        }

        private double strikeFor(HedgeLayer layer, int l, int i, int tenor, double future) {
            double tau = years(tenor);
            if (layer.instrument() == HedgeInstrumentKind.VIX_FUTURE) {
                return future;
            }
            boolean vixOption = layer.instrument() != HedgeInstrumentKind.SPX_PUT;
            StrikeRule rule = layer.strike();
            if (rule instanceof StrikeRule.Absolute a) {
                return a.strike();
            }
            if (rule instanceof StrikeRule.PercentFromReference p) {
                return vixOption ? Math.max(VIX_STRIKE_STEP, round(future * (1.0 + p.percent()), VIX_STRIKE_STEP))
                        : round(spot[i] * (1.0 + p.percent()), SPX_STRIKE_STEP);
            }
            double delta = ((StrikeRule.Delta) rule).delta();
            if (vixOption) {
                // Black-76 call delta e^{-r tau} N(d1) = delta  =>  K = F exp(-d1 s + s^2/2), s = vol sqrt(tau).
                double s = vixVols.at(cursor[i], tau) * Math.sqrt(tau);
                double d1 = NormalDistribution.inverseCdf(Math.min(delta * Math.exp(rate * tau), 1.0 - 1e-12));
                return Math.max(VIX_STRIKE_STEP, round(future * Math.exp(-d1 * s + 0.5 * s * s), VIX_STRIKE_STEP));
            }
            return round(deltaStrike(i, layerStrikeSolvers[l], tenor, vix[i]), SPX_STRIKE_STEP);
        }

        private double quantity(HedgeLayer layer, int l, int i, int tenor, double unitCost) {
            SizeRule size = layer.size();
            double qty;
            if (size instanceof SizeRule.Contracts c) {
                qty = c.contracts();
            } else if (size instanceof SizeRule.FractionOfMaxLoss f) {
                qty = f.fraction() * condorMaxLoss[i] / unitCost;
            } else if (size instanceof SizeRule.FractionOfCapital c) {
                qty = c.fraction() * spec.capital() / unitCost;
            } else if (size instanceof SizeRule.CashBudget b) {
                qty = b.usd() / unitCost;
            } else {
                double ratio = ((SizeRule.VegaRatio) size).ratio();
                double perUnit = layerVixSensitivity(l, i, tenor);
                qty = perUnit > 0.0 ? ratio * Math.abs(condorVixSensitivity(i)) / perUnit : 0.0;
            }
            if (l == plan.reserveLayer()) {
                qty = Math.min(qty, spec.policy().reserve().capital() / unitCost);
            }
            return qty;
        }

        /** USD per VIX point of one unit of layer {@code l} (a central bump of spot VIX by 1). */
        private double layerVixSensitivity(int l, int i, int left) {
            double saved = vix[i];
            vix[i] = saved + 0.5;
            double up = layerUnitMark(l, i, left);
            vix[i] = Math.max(saved - 0.5, 0.5);
            double down = layerUnitMark(l, i, left);
            vix[i] = saved;
            return (up - down) * multipliers[l];
        }

        private double round(double value, double stepSize) {
            return Math.rint(value / stepSize) * stepSize;
        }

        // ---- trigger inputs ----

        @Override
        public double vix(int i) {
            return vix[i];
        }

        @Override
        public double vix3m(int i) {
            return vix3m[i];
        }

        @Override
        public double vixFuture(int i, int tenorDays) {
            return vixFuture(i, tenorDays / 365.0);
        }

        @Override
        public double portfolioDrawdown(int i) {
            // At this step's marks, before this step's hedge trades.
            return account.portfolioDrawdown(i, step, spec.capital());
        }

        @Override
        public double spxDrawdown(int i) {
            return 1.0 - spot[i] / spxPeak[i];
        }

        @Override
        public double indicator(IndicatorSeries series, IndicatorKind indicator, int i) {
            return IndicatorReadings.read(series == IndicatorSeries.SPX ? spxIndicators : vixIndicators, indicator, i);
        }

        @Override
        public int tradingDaysToEvent(EventKind kind) {
            return daysToEvent[kind.ordinal()][step];
        }

        @Override
        public CampaignBlock result() {
            return account.summary(spec.capital(), condorTrades, book, (l, i) -> layerUnitMark(l, i, layerExpiry[l][i] - step));
        }
    }
}
