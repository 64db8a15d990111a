package com.alvh.workbench.sim;

import com.alvh.workbench.pricing.OptionType;
import com.alvh.workbench.pricing.SmileOptionTable;

/**
 * The equity position of one block of paths through time: its legs' strikes, expiry, opening credit
 * and max loss per path, its marks at mid, and its rules: settlement at expiry, take profit, stop,
 * close before expiry, and repeat (a campaign of trades, not one trade). The account's cash is debited
 * and credited here; the layers read the position's max loss and VIX sensitivity for their sizes.
 *
 * <p>Marks: each leg by Black-Scholes at the skew's vol for its strike at the path's VIX
 * ({@link SmileOptionTable}, one slice for all legs, which share an expiry). Strikes on opening: delta
 * legs by the skew's vol, fractions of spot, absolute strikes, then legs measured from another leg,
 * all rounded to SPX's 5-point grid; a leg measured from another lands at least one strike away from
 * it, and a leg with {@code beyond} at least one strike beyond its reference. Trades pay slippage and
 * commission ({@link TradingCosts}) on every leg.
 */
final class PositionBook {

    /** SPX strikes are listed every 5 points. */
    static final double SPX_STRIKE_STEP = MarkTables.SPX_STRIKE_STEP;

    /** The account equity a collateralised opening sizes against. */
    @FunctionalInterface
    interface Equity {
        /** @return path {@code i}'s equity now (USD) */
        double of(int i);
    }

    private final PositionPlan plan;
    private final MarkTables tables;
    private final BlockMarket market;
    private final ExpiryCalendar calendar;
    private final TradingCosts costs;
    private final CondorManagement rules;
    private final double[] cash;
    private final Equity equity;
    private final SmileOptionTable.Slice slice;
    private final int legCount;
    private final double collateralMultiple;
    private final boolean openSettlement;

    /** Whether the position is open per path. */
    final boolean[] open;
    private final double[][] strikes; // [leg][path]
    private final double[][] lnStrikes;
    private final int[] expiry;
    private final int[] openedLeft; // steps to expiry at the opening
    private final double[] units; // units of the position held
    private final double[] credit; // cash received at the opening, costs included (USD)
    private final double[] maxLoss; // worst loss at expiry net of that cash (USD, >= 0)
    private final double[] vixSensitivity; // NaN until a vega-ratio layer asks for it
    private final double[] openSpot;
    private final double[] openLevel; // the vol level of the position's tenor at its opening
    /** USD value of the open position at this step's marks. */
    final double[] mark;
    /** Positions opened per path. */
    final int[] trades;
    private final double[] legMid; // scratch: the leg mids of the last marking (per unit, index points)
    /** Where this book's cash flows are recorded (a sweep's shared position), or null. */
    private PositionTrack recorder;
    /** The recorded position this book replays instead of computing it (a sweep's policies), or null. */
    private PositionTrack replay;
    private final double[] legStrike; // scratch: one path's strikes

    private final TradeLog log;

    PositionBook(PositionPlan plan, MarkTables tables, BlockMarket market, ExpiryCalendar calendar, double[] cash,
                 Equity equity, int paths, TradeLog log) {
        this.log = log;
        this.plan = plan;
        this.tables = tables;
        this.market = market;
        this.calendar = calendar;
        this.costs = tables.spec.costs();
        this.rules = plan.position.management();
        this.cash = cash;
        this.equity = equity;
        this.slice = tables.spxTable.newSlice();
        this.legCount = plan.legCount;
        this.collateralMultiple = plan.position.size() instanceof PositionSize.Collateralised c
                ? c.maxLossMultiple() : Double.NaN;
        this.openSettlement = plan.position.settlement() == Settlement.OPEN;
        open = new boolean[paths];
        strikes = new double[legCount][paths];
        lnStrikes = new double[legCount][paths];
        expiry = new int[paths];
        openedLeft = new int[paths];
        units = new double[paths];
        credit = new double[paths];
        maxLoss = new double[paths];
        vixSensitivity = new double[paths];
        openSpot = new double[paths];
        openLevel = new double[paths];
        mark = new double[paths];
        trades = new int[paths];
        legMid = new double[legCount];
        legStrike = new double[legCount];
    }

    /** Records every cash flow into {@code track} (see {@link PositionTrack}); call before the first step. */
    void recordInto(PositionTrack track) {
        this.recorder = track;
    }

    /** Replays {@code track} instead of computing the position: the same cash, marks and state, bit for bit. */
    void replay(PositionTrack track) {
        this.replay = track;
    }

    /** Path {@code i}'s recorded position at this step: its cash flows in order, mark, state, max loss. */
    private void replayStep(int i) {
        int s = market.step;
        cash[i] += replay.flowA[s][i];
        cash[i] += replay.flowB[s][i]; // 0 when the step had one flow or none: x + 0 is x
        mark[i] = replay.mark[s][i];
        open[i] = replay.open[s][i];
        maxLoss[i] = replay.maxLoss[s][i];
        vixSensitivity[i] = replay.vixSensitivity[s][i];
        trades[i] = replay.trades[s][i];
    }

    /** Records path {@code i}'s state at the end of this step's rules (after {@link #open} or {@link #manage}). */
    void recordStep(int i) {
        int s = market.step;
        recorder.mark[s][i] = mark[i];
        recorder.open[s][i] = open[i];
        recorder.maxLoss[s][i] = maxLoss[i];
        recorder.vixSensitivity[s][i] = vixSensitivity(i); // what a vega-ratio layer would read this step
        recorder.trades[s][i] = trades[i];
    }

    /** Adds a cash flow of path {@code i} (USD, positive = received), recording it if recording. */
    private void flow(int i, double amount) {
        cash[i] += amount;
        if (recorder != null) {
            recorder.flow(i, amount);
        }
    }

    /** The position's max loss on path {@code i} (USD), as the sizing rules read it. */
    double maxLoss(int i) {
        return maxLoss[i];
    }

    /**
     * Marks the legs of path {@code i} into {@link #legMid} (per unit, index points) and returns the
     * unit value {@code sum quantity_j mid_j}, at spot {@code s}, {@code left} steps to expiry, where the
     * vol index level of that tenor is {@code level} (unused at expiry).
     */
    private double legMids(int i, double s, double lnS, double level, int left) {
        double[][] k = strikes;
        double[][] lnK = lnStrikes;
        double value = 0.0;
        if (left <= 0) {
            for (int j = 0; j < legCount; j++) {
                legMid[j] = plan.types[j].payoff(s, k[j][i]);
                value += plan.quantities[j] * legMid[j];
            }
            return value;
        }
        // One slice (tenor and VIX) for every leg.
        SmileOptionTable.Slice at = slice.at(tables.atmStdDev(level, left));
        double forward = s * tables.growthLeft[left];
        double lnF = lnS + tables.carryLeft[left];
        double discount = tables.discountLeft[left];
        for (int j = 0; j < legCount; j++) {
            legMid[j] = at.price(plan.types[j], forward, k[j][i], lnK[j][i] - lnF, discount);
            value += plan.quantities[j] * legMid[j];
        }
        return value;
    }

    private double value(int i) {
        if (!open[i]) {
            return 0.0;
        }
        int left = expiry[i] - market.step;
        return units[i] * MarkTables.OPTION_MULTIPLIER
                * legMids(i, market.spot[i], market.lnSpot[i], left > 0 ? market.level(i, left) : 0.0, left);
    }

    /**
     * USD per VIX point of the open position, by a central bump of its tenor's vol level at its opening
     * through the skew (at the opening's spot and tenor); computed when first needed.
     */
    double vixSensitivity(int i) {
        if (replay == null && Double.isNaN(vixSensitivity[i])) {
            double s = openSpot[i];
            double lnS = Math.log(s);
            double v = openLevel[i];
            int left = openedLeft[i];
            vixSensitivity[i] = units[i] * MarkTables.OPTION_MULTIPLIER
                    * (legMids(i, s, lnS, v + 0.5, left) - legMids(i, s, lnS, Math.max(v - 0.5, 0.5), left));
        }
        return vixSensitivity[i];
    }

    /** The SPX strike (unrounded) of a delta rule's solver, {@code left} steps out, at that tenor's level. */
    private double deltaStrike(int i, SmileOptionTable.DeltaStrikeSolver solver, int left, double level) {
        double forward = market.spot[i] * tables.growthLeft[left];
        return forward * Math.exp(solver.logMoneyness(tables.atmStdDev(level, left)));
    }

    /** Sets the strikes of path {@code i} for an opening {@code left} steps from expiry ({@link PositionStrikes}). */
    private void chooseStrikes(int i, int left, double level) {
        double s = market.spot[i];
        for (int j = 0; j < legCount; j++) {
            legStrike[j] = plan.strikes[j] instanceof LegStrike.Delta
                    ? MarkTables.round(deltaStrike(i, plan.solver(j, left), left, level), SPX_STRIKE_STEP)
                    : PositionStrikes.standalone(plan.strikes[j], s);
        }
        PositionStrikes.complete(plan.position.legs(), s, legStrike);
        for (int j = 0; j < legCount; j++) {
            strikes[j][i] = legStrike[j];
            lnStrikes[j][i] = Math.log(legStrike[j]);
        }
    }

    /**
     * The worst value at expiry per unit (index points) of the strikes of path {@code i}: at 0, at every
     * strike and, if net short calls leave the loss unbounded above, at twice the opening spot.
     */
    private double worstUnitPayoff(int i, double spot) {
        double worst = Double.POSITIVE_INFINITY;
        double callSlope = 0.0;
        for (int j = 0; j < legCount; j++) {
            legStrike[j] = strikes[j][i];
            if (plan.types[j] == OptionType.CALL) {
                callSlope += plan.quantities[j];
            }
        }
        EquityPosition p = plan.position;
        worst = Math.min(worst, p.unitPayoff(legStrike, 0.0));
        for (int j = 0; j < legCount; j++) {
            worst = Math.min(worst, p.unitPayoff(legStrike, legStrike[j]));
        }
        if (callSlope < 0.0) {
            worst = Math.min(worst, p.unitPayoff(legStrike, 2.0 * spot));
        }
        return worst;
    }

    /** Opens the position on path {@code i} at this step's market, if its size is positive. */
    void open(int i) {
        if (replay != null) {
            replayStep(i);
            return;
        }
        int step = market.step;
        int expiryStep = plan.tenorSteps > 0 ? step + plan.tenorSteps : calendar.monthlyExpiryStep(step);
        int left = expiryStep - step;
        if (left > plan.longestTenor) {
            throw new IllegalStateException("an opening at step " + step + " expires " + left
                    + " steps later, beyond the " + plan.longestTenor + " prepared");
        }
        double s = market.spot[i];
        double v = market.level(i, left);
        chooseStrikes(i, left, v);
        // Marks of one unit at mid: every leg's mid, then the size.
        double unit = legMids(i, s, market.lnSpot[i], v, left);
        double worst = worstUnitPayoff(i, s);
        double size;
        if (Double.isNaN(collateralMultiple)) {
            size = plan.position.contracts();
        } else {
            // The worst value at expiry per unit (a condor's widest spread), before the credit; for a position
            // that cannot lose at expiry, its debit.
            double lossPerUnit = (worst < 0.0 ? -worst : Math.max(unit, 0.0)) * MarkTables.OPTION_MULTIPLIER;
            double e = equity.of(i);
            size = lossPerUnit > 0.0 && e > 0.0 ? e / (collateralMultiple * lossPerUnit) : 0.0;
            if (!(size > 0.0) || !Double.isFinite(size)) {
                return;
            }
        }
        units[i] = size;
        expiry[i] = expiryStep;
        openedLeft[i] = left;
        // Buy the long legs, sell the short ones, each at mid plus or minus slippage, plus commissions.
        double cashIn = -tradeCash(legMid[0], plan.quantities[0] * size);
        for (int j = 1; j < legCount; j++) {
            cashIn -= tradeCash(legMid[j], plan.quantities[j] * size);
        }
        if (log.records(i)) {
            for (int j = 0; j < legCount; j++) {
                logTrade(i, j, plan.quantities[j] * size, Trade.OPEN, expiryStep);
            }
        }
        flow(i, cashIn);
        credit[i] = cashIn;
        mark[i] = size * MarkTables.OPTION_MULTIPLIER * unit;
        maxLoss[i] = Math.max(-worst * size * MarkTables.OPTION_MULTIPLIER - cashIn, 0.0);
        openSpot[i] = s;
        openLevel[i] = v;
        vixSensitivity[i] = Double.NaN;
        open[i] = true;
        trades[i]++;
    }

    /**
     * Cash paid (USD, positive = paid) to trade {@code qty} contracts of an SPX option with mid
     * {@code mid}: buys at mid plus slippage, sells at mid minus slippage, plus commission.
     */
    private double tradeCash(double mid, double qty) {
        double slip = costs.spxSlippage(mid);
        return qty * (mid + Math.signum(qty) * slip) * MarkTables.OPTION_MULTIPLIER
                + Math.abs(qty) * costs.commissionPerContract();
    }

    /** Logs leg {@code j}'s trade of {@code qty} contracts at this step's mid in {@link #legMid}, with slippage. */
    private void logTrade(int i, int j, double qty, String reason, int expiryStep) {
        double mid = legMid[j];
        double price = mid + Math.signum(qty) * costs.spxSlippage(mid);
        log.add(new Trade(market.step, plan.position.name(), TradeLog.name(plan.types[j]), strikes[j][i], expiryStep,
                qty, price, -tradeCash(mid, qty), reason));
    }

    /** Closes the position at the leg mids in {@link #legMid} (this step's marks of path {@code i}). */
    private void closeAtMarks(int i, String reason) {
        if (log.records(i)) {
            for (int j = 0; j < legCount; j++) {
                logTrade(i, j, -plan.quantities[j] * units[i], reason, expiry[i]);
            }
        }
        double paid = tradeCash(legMid[0], -plan.quantities[0] * units[i]);
        for (int j = 1; j < legCount; j++) {
            paid += tradeCash(legMid[j], -plan.quantities[j] * units[i]);
        }
        flow(i, -paid); // x + (-y) is x - y exactly
        open[i] = false;
    }

    /**
     * This step's rules for path {@code i}: settle at expiry (cash, at the path's SPX), else mark and
     * take profit, stop or close before expiry; then, with {@code repeat}, open a new position.
     */
    void manage(int i) {
        if (replay != null) {
            replayStep(i);
            return;
        }
        if (open[i]) {
            int left = expiry[i] - market.step;
            if (left <= 0) {
                // Cash-settled at the path's close, or at its open for AM-settled options where the model
                // has opens (the daily stand-in for the Special Opening Quotation).
                double settle = openSettlement && market.open[i] > 0.0 ? market.open[i] : market.spot[i];
                flow(i, units[i] * MarkTables.OPTION_MULTIPLIER * legMids(i, settle, Double.NaN, 0.0, 0));
                open[i] = false;
                if (log.records(i)) {
                    for (int j = 0; j < legCount; j++) {
                        double qty = -plan.quantities[j] * units[i];
                        log.add(new Trade(market.step, plan.position.name(), TradeLog.name(plan.types[j]), strikes[j][i],
                                expiry[i], qty, legMid[j], -qty * MarkTables.OPTION_MULTIPLIER * legMid[j], Trade.EXPIRY));
                    }
                }
            } else {
                mark[i] = value(i);
                double pnl = credit[i] + mark[i];
                double received = Math.max(credit[i], 0.0);
                boolean takeProfit = !Double.isNaN(rules.takeProfitFraction())
                        && pnl >= rules.takeProfitFraction() * received;
                boolean stop = !Double.isNaN(rules.stopLossMultiple()) && -pnl >= rules.stopLossMultiple() * received;
                boolean late = left * 365.0 / MarkTables.STEPS_PER_YEAR <= rules.closeAtDaysToExpiry();
                if (takeProfit || stop || late) {
                    // legMid holds this step's marks from value(i)
                    closeAtMarks(i, takeProfit ? Trade.TAKE_PROFIT : stop ? Trade.STOP : Trade.CLOSE_BEFORE_EXPIRY);
                }
            }
            if (!open[i] && rules.repeat()) {
                open(i);
            }
            if (!open[i]) {
                mark[i] = 0.0; // (a position opened this step was marked by open)
            }
        } else if (rules.repeat() && trades[i] == 0) {
            open(i); // a collateralised opening found no equity to size against at the start: try again
        }
    }
}
