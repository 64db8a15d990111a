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
}
