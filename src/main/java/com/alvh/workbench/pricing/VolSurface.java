package com.alvh.workbench.pricing;

/**
 * Black-Scholes implied volatility by strike and tenor, already anchored on a market state
 * (spot, rates, VIX). A functional interface so a test or a stress can pass a lambda.
 */
@FunctionalInterface
public interface VolSurface {

    /**
     * Implied volatility.
     *
     * @param strike strike K (index points, &gt; 0)
     * @param timeToExpiry T in years (Act/365)
     * @return sigma, decimal per sqrt(year), &gt; 0
     */
    double vol(double strike, double timeToExpiry);

    /**
     * This surface with every vol moved by the same amount (a parallel vega bump), floored at
     * {@code 1e-6} so the result stays a valid vol.
     *
     * @param volShift the shift in decimal vol (0.01 = one vol point)
     * @return the shifted surface
     */
    default VolSurface shifted(double volShift) {
        return (strike, timeToExpiry) -> Math.max(vol(strike, timeToExpiry) + volShift, 1e-6);
    }

    /**
     * A flat surface.
     *
     * @param vol sigma for every strike and tenor (decimal, &gt; 0)
     * @return the surface
     */
    static VolSurface flat(double vol) {
        if (!(vol > 0.0) || Double.isInfinite(vol)) {
            throw new IllegalArgumentException("vol must be finite and > 0, was " + vol);
        }
        return (strike, timeToExpiry) -> vol;
    }
}
