package com.alvh.workbench.sim;

/**
 * A VIX futures curve as a function of a path's state: what a campaign marks VIX options and VIX
 * futures off, at every step of every path. Implementations must be cheap (they are called per
 * path per step) and thread-safe.
 */
@FunctionalInterface
public interface VixFutureCurve {

    /**
     * @param spotVix the path's spot VIX (index points)
     * @param variance the path's instantaneous variance (per year)
     * @param tau time to the future's expiry in years ({@code <= 0}: spot VIX)
     * @return the futures price in index points
     */
    double future(double spotVix, double variance, double tau);

    /**
     * This curve at one fixed time to expiry, for repeated reads (a simulation's own tenors);
     * implementations may precompute what depends on {@code tau} only. Same values as
     * {@link #future}.
     *
     * @param tau years to the future's expiry
     * @return the curve at that tenor
     */
    default AtTenor atTenor(double tau) {
        return (spotVix, variance) -> future(spotVix, variance, tau);
    }

    /** A futures curve at one tenor, as a function of a path's state. */
    @FunctionalInterface
    interface AtTenor {
        /**
         * @param spotVix the path's spot VIX (index points)
         * @param variance the path's instantaneous variance (per year)
         * @return the futures price in index points
         */
        double future(double spotVix, double variance);
    }
}
