package com.alvh.workbench.hedge;

/**
 * What a trigger may look at for path {@code i} at the current step. Implemented by the simulation
 * over its per-path arrays, and by tests over plain values. Values a path does not have (VIX3M before
 * 2009 in a replay, an indicator still warming up) are {@code NaN}; a comparison with {@code NaN}
 * is false, so such a trigger does not fire.
 */
public interface TriggerInputs {

    /** VIX of path {@code i} (index points). */
    double vix(int i);

    /** Three-month volatility index of path {@code i} (index points), NaN if unknown. */
    double vix3m(int i);

    /**
     * The VIX future {@code tenorDays} calendar days out for path {@code i} (index points): the
     * forward value of VIX, read from the model or the term-structure curve.
     */
    double vixFuture(int i, int tenorDays);

    /** Portfolio drawdown of path {@code i} from its running peak, as a fraction of capital (&gt;= 0). */
    double portfolioDrawdown(int i);

    /** SPX below its running peak over the run, as a fraction of the peak (&gt;= 0). */
    double spxDrawdown(int i);

    /**
     * An indicator of path {@code i}.
     *
     * @param series which series it is computed on
     * @param indicator which indicator
     * @return its value, NaN while it warms up
     */
    double indicator(IndicatorSeries series, IndicatorKind indicator, int i);

    /** Trading days from the current step to the next scheduled event of {@code kind}; large if none. */
    int tradingDaysToEvent(EventKind kind);

    /**
     * Realised volatility of path {@code i}'s hedged asset (annualised decimal); NaN where the run
     * has none (equity campaigns, warm-up). Used by DeFi runs.
     */
    default double realisedVol(int i) {
        return Double.NaN;
    }

    /** Distance of path {@code i}'s stablecoin from its peg, {@code |1 - price|}; NaN where there is none. */
    default double pegDeviation(int i) {
        return Double.NaN;
    }
}
