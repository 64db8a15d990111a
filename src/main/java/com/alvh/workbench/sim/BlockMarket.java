package com.alvh.workbench.sim;

import com.alvh.workbench.market.StreamingIndicators;
import com.alvh.workbench.pricing.OptionType;
import com.alvh.workbench.pricing.SmileOptionTable;

/**
 * The market of one block of paths at the current step, as the position and the layers read it: the
 * path state's arrays (spot, VIX, VIX3M, variance), the logarithm of spot taken once per path and
 * step, SPX's running peak, the SPX and VIX indicators (kept only if a trigger reads them), and an
 * SPX option mark at the skew's vol. One per block, used by one worker thread.
 */
final class BlockMarket {

    private final MarkTables tables;
    private final SmileOptionTable.Slice slice;
    private final int n;
    /** Moving-average window and RSI period of the indicators (trading days). */
    static final int MA_WINDOW = IndicatorReadings.MA_WINDOW;
    static final int RSI_PERIOD = IndicatorReadings.RSI_PERIOD;

    double[] spot;
    double[] vix;
    double[] vix3m;
    double[] variance;
    /** SPX at the step's open (NaN where the model has none). */
    double[] open;
    private PathState state;
    /**
     * A level that replaces the term structure's (index points) while a VIX sensitivity is measured by a
     * bump; NaN otherwise.
     */
    double levelOverride = Double.NaN;
    /** The paths' cursors ({@link PathState#cursor}): a history model's day, which its quotes read. */
    int[] cursor;
    final double[] lnSpot;
    final double[] spxPeak;
    final StreamingIndicators spxIndicators;
    final StreamingIndicators vixIndicators;
    int step;

    BlockMarket(MarkTables tables, int paths, boolean indicators) {
        this.tables = tables;
        this.slice = tables.spxTable.newSlice();
        this.n = paths;
        lnSpot = new double[paths];
        spxPeak = new double[paths];
        spxIndicators = indicators ? new StreamingIndicators(paths, MA_WINDOW, RSI_PERIOD) : null;
        vixIndicators = indicators ? new StreamingIndicators(paths, MA_WINDOW, RSI_PERIOD) : null;
    }

    /** Reads step {@code newStep}'s state: arrays, log spot, indicators, SPX peak (set at step 0). */
    void bind(PathState state, int newStep) {
        step = newStep;
        this.state = state;
        open = state.open;
        spot = state.spot;
        vix = state.vix;
        vix3m = state.vix3m;
        variance = state.variance;
        cursor = state.cursor;
        for (int i = 0; i < n; i++) {
            lnSpot[i] = Math.log(spot[i]);
        }
        if (spxIndicators != null) {
            spxIndicators.add(spot);
            vixIndicators.add(vix);
        }
        for (int i = 0; i < n; i++) {
            spxPeak[i] = newStep == 0 ? spot[i] : Math.max(spxPeak[i], spot[i]);
        }
    }

    /**
     * The volatility index level (index points) of SPX options {@code left >= 1} steps from expiry on
     * path {@code i}: the model's term structure at that tenor (or {@link #levelOverride} while set).
     */
    double level(int i, int left) {
        return Double.isNaN(levelOverride) ? tables.levelsByLeft[left].level(state, i) : levelOverride;
    }

    /** The VIX future {@code tau} years out for path {@code i} (index points). */
    double vixFuture(int i, double tau) {
        return tables.futures.future(cursor[i], vix[i], variance[i], tau);
    }

    /** What VIX options and futures of path {@code i} settle on at expiry this step (spot VIX on model paths). */
    double vixSettlement(int i) {
        return tables.futures.settlement(cursor[i], vix[i]);
    }

    /**
     * An SPX option of path {@code i} at the skew's vol for its tenor's level ({@link #level}),
     * {@code left} steps before expiry (at expiry: the payoff).
     */
    double spxOption(OptionType type, int i, double k, double lnK, int left) {
        double s = spot[i];
        if (left <= 0) {
            return type.payoff(s, k);
        }
        double forward = s * tables.growthLeft[left];
        return slice.at(tables.atmStdDev(level(i, left), left))
                .price(type, forward, k, lnK - lnSpot[i] - tables.carryLeft[left], tables.discountLeft[left]);
    }
}
