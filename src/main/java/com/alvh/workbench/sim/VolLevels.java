package com.alvh.workbench.sim;

import com.alvh.workbench.market.VolIndexTerm;

/**
 * The term structure of SPX implied volatility along paths: for options {@code tau} years out, the
 * volatility index level (index points, as VIX is for 30 days) their ATM vol is tied to through the
 * skew ({@code sigma_ATM = atmRatio x level / 100}). Implementations are cheap and thread-safe.
 */
@FunctionalInterface
public interface VolLevels {

    /**
     * @param state the block's state
     * @param i the path
     * @param tau years to expiry (&gt; 0)
     * @return the level (index points)
     */
    double level(PathState state, int i, double tau);

    /** This term structure at one tenor, for repeated reads (may precompute what depends on the tenor only). */
    default AtTenor atTenor(double tau) {
        return (state, i) -> level(state, i, tau);
    }

    /** A term structure at one tenor. */
    @FunctionalInterface
    interface AtTenor {
        /**
         * @param state the block's state
         * @param i the path
         * @return the level (index points)
         */
        double level(PathState state, int i);
    }

    /** Every tenor at the path's VIX (the workbench before term structures; also a constant-vol model's). */
    VolLevels FLAT_AT_VIX = (state, i, tau) -> state.vix[i];

    /**
     * From the quoted indices of the path's state (VIX9D, VIX, VIX3M, VIX6M; NaN where a model or the
     * history has none), interpolated in total variance ({@link VolIndexTerm#interpolate}).
     */
    VolLevels QUOTED_INDICES = (state, i, tau) -> VolIndexTerm.interpolate(state.vix9d[i], state.vix[i],
            state.vix3m[i], state.vix6m[i], tau);
}
