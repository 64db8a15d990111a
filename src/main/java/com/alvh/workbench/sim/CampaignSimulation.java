package com.alvh.workbench.sim;

import com.alvh.workbench.hedge.EventKind;
import com.alvh.workbench.hedge.Trigger;

import java.util.List;

/**
 * The portfolio through time: an equity position campaign (SPX option legs, e.g. an iron condor) with
 * its ALVH hedge layers and reserve, marked to model at every step of every path.
 *
 * <p>Each step, for each path: (1) the position's rules run (expiry settlement, take profit, stop,
 * close before expiry, reopen; {@link PositionBook}); (2) every open layer is marked (VIX options by
 * Black-76 off the VIX future of their expiry; VIX futures at that future; SPX puts like the position's
 * legs; {@link LayerInstruments}), then each layer's exits run (expiry settlement, take profit,
 * monetise into a spike, exit or roll before expiry) and its entry trigger is evaluated if it is flat
 * and out of cooldown ({@link LayerBook}); (3) the reserve charges its idle cost or deploys on a
 * breach; (4) equity, its peak and drawdown update ({@link BlockAccount}). Trades pay commissions and
 * slippage (see {@link TradingCosts}); marks are at mid.
 *
 * <p>Time: one step is one trading day, {@code 1/252} year; a tenor of {@code d} calendar days is
 * {@code round(d x 252/365)} steps; time to expiry in years is steps left over 252. VIX options
 * settle at the path's VIX on their expiry step.
 *
 * <p>Speed: option marks come from {@link com.alvh.workbench.pricing.SmileOptionTable} (SPX legs under
 * the skew, VIX options under Black-76: precomputed normalised prices, interpolated, within 1e-8 of the
 * forward of the exact formula); delta strikes are solved in standardised moneyness by Newton steps;
 * discount factors, forwards' growth and square roots of time are tabulated by steps to expiry
 * ({@link MarkTables}); the logarithm of spot is taken once per path and step. VIX futures come from
 * the market model's own curve ({@link MarketModel#ownVixFutures}) when it has one, else from
 * {@link CampaignSpec#vixCurve()}.
 */
public final class CampaignSimulation implements BlockAggregator<CampaignBlock, CampaignResult> {

    /** Trading days per year (the path grid). */
    static final double STEPS_PER_YEAR = MarkTables.STEPS_PER_YEAR;
    /** SPX and VIX option multiplier (USD per index point). */
    static final double OPTION_MULTIPLIER = MarkTables.OPTION_MULTIPLIER;

    /**
     * What every block of a run shares, read-only.
     *
     * @param spec the campaign
     * @param steps daily steps in the run
     * @param fanSample how many paths (the first ones) feed the equity percentile fan
     * @param samplePaths how many paths (the first ones) are kept in full
     * @param tables the marks' tables
     * @param position the position, prepared
     * @param layers the layers, prepared
     * @param calendar the monthly expirations of the run's steps
     * @param needsIndicators whether some trigger reads an indicator
     * @param daysToEvent trading days to the next event, {@code [kind.ordinal()][step]}
     * @param interestGrowth per step {@code t >= 1}, the growth of cash from step {@code t - 1} to {@code t},
     *     {@code e^{r_{t-1}/252}}; null when cash earns nothing
     */
    record Run(CampaignSpec spec, int steps, int fanSample, int samplePaths, MarkTables tables, PositionPlan position,
               LayerTerms layers, ExpiryCalendar calendar, boolean needsIndicators, int[][] daysToEvent,
               double[] interestGrowth) {
    }

    /** Longest steps to expiry of a monthly-cycle opening (35 trading days, with margin for holidays). */
    static final int MONTHLY_LONGEST = 40;

    private final Run run;

    /**
     * @param model the market model (also asked for its own VIX futures, events and calendar)
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
        LayerTerms layers = new LayerTerms(spec, steps);
        PositionPlan position = new PositionPlan(spec.position(), MONTHLY_LONGEST);
        MarkTables tables = new MarkTables(model, spec, Math.max(position.longestTenor, layers.longestTenor));
        layers.prepare(tables);
        position.prepare(tables);
        boolean indicators = false;
        for (Trigger t : layers.plan.entries()) {
            indicators |= TriggerChecks.usesIndicators(t);
        }
        EventSchedule schedule = model.eventSchedule();
        EventKind[] eventKinds = EventKind.values();
        int[][] daysToEvent = new int[eventKinds.length][steps + 1];
        for (EventKind kind : eventKinds) {
            for (int t = 0; t <= steps; t++) {
                daysToEvent[kind.ordinal()][t] = schedule.tradingDaysToEvent(kind, t);
            }
        }
        double[] growth = null;
        if (spec.cashInterest()) {
            growth = new double[steps + 1];
            for (int t = 1; t <= steps; t++) {
                double r = model.shortRate(t - 1);
                growth[t] = Math.exp((Double.isNaN(r) ? spec.rate() : r) / STEPS_PER_YEAR);
            }
        }
        this.run = new Run(spec, steps, fanSample, samplePaths, tables, position, layers, model.expiryCalendar(),
                indicators, daysToEvent, growth);
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

    /** Steps of {@code calendarDays}: {@code round(days x 252/365)}, at least 1. */
    static int toSteps(int calendarDays) {
        return MarkTables.toSteps(calendarDays);
    }

    @Override
    public PathObserver<CampaignBlock> observer(int firstPath, int blockPaths) {
        return new CampaignObserver(run, firstPath, blockPaths);
    }

    /**
     * Whether the position can be recorded once and shared by every hedge policy on the same paths
     * (a policy sweep): true unless its size reads the account's equity (a collateralised size), which
     * the hedges move.
     */
    public boolean sharesPosition() {
        return !(run.spec().position().size() instanceof PositionSize.Collateralised);
    }

    /**
     * Records the position of one block of paths through the run (the position alone: no layers), for
     * {@link #observer(int, int, PositionTrack)} of any policy on the same paths and position.
     *
     * @param states the block's market at steps 0 .. steps (read only)
     * @return the track
     * @throws IllegalStateException if the position is not shared ({@link #sharesPosition()})
     */
    public PositionTrack recordPosition(PathState[] states) {
        if (!sharesPosition()) {
            throw new IllegalStateException("a collateralised position depends on the hedges and is not shared");
        }
        if (states.length != run.steps() + 1) {
            throw new IllegalArgumentException("states must cover steps 0 .. " + run.steps() + ", had " + states.length);
        }
        int n = states[0].size();
        PositionTrack track = new PositionTrack(run.steps(), n);
        BlockMarket market = new BlockMarket(run.tables(), n, false);
        double[] cash = new double[n]; // the flows do not depend on the cash (the size is a number of contracts)
        PositionBook position = new PositionBook(run.position(), run.tables(), market, run.calendar(), cash,
                i -> cash[i], n, new TradeLog(false));
        position.recordInto(track);
        for (int step = 0; step <= run.steps(); step++) {
            market.bind(states[step], step);
            track.beginStep(step);
            for (int i = 0; i < n; i++) {
                if (step == 0) {
                    position.open(i);
                } else {
                    position.manage(i);
                }
                position.recordStep(i);
            }
        }
        return track;
    }

    /**
     * An observer that replays a recorded position ({@link #recordPosition}) and evaluates only the
     * layers: the same block summary as {@link #observer(int, int)}, bit for bit.
     *
     * @param firstPath global index of the block's first path
     * @param blockPaths paths in the block
     * @param track the block's recorded position (of this campaign's position, on the same paths)
     */
    public PathObserver<CampaignBlock> observer(int firstPath, int blockPaths, PositionTrack track) {
        if (track.paths() != blockPaths) {
            throw new IllegalArgumentException("the track has " + track.paths() + " paths, the block " + blockPaths);
        }
        return new CampaignObserver(run, firstPath, blockPaths, track);
    }

    @Override
    public CampaignResult combine(List<CampaignBlock> blocks) {
        return CampaignBlock.combine(run.spec().policy().name(), run.steps(), run.spec().capital(),
                run.layers().plan.layerNames(), run.fanSample(), blocks);
    }
}
