package com.alvh.workbench.math;

import org.apache.commons.math3.special.Erf;

/**
 * The standard normal distribution: density, cumulative distribution and its inverse.
 *
 * <p>Static methods on primitives, safe to call from any thread.
 */
public final class NormalDistribution {

    private static final double INV_SQRT_2PI = 0.3989422804014327;
    private static final double INV_SQRT_2 = 0.7071067811865476;

    private NormalDistribution() {
    }

    /**
     * Standard normal density {@code phi(x) = exp(-x^2/2) / sqrt(2 pi)}.
     *
     * @param x the point (dimensionless)
     * @return the density at {@code x}
     */
    public static double pdf(double x) {
        return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
    }

    /**
     * Standard normal cumulative distribution {@code N(x) = P(Z <= x)}.
     *
     * @param x the point (dimensionless)
     * @return {@code N(x)} in [0, 1]
     */
    public static double cdf(double x) {
        return 0.5 * Erf.erfc(-x * INV_SQRT_2);
    }

    /**
     * Inverse of the standard normal cumulative distribution.
     *
     * @param p a probability in (0, 1)
     * @return {@code x} with {@code N(x) = p}
     * @throws IllegalArgumentException if {@code p} is not in (0, 1)
     */
    public static double inverseCdf(double p) {
        if (!(p > 0.0 && p < 1.0)) {
            throw new IllegalArgumentException("probability p must be in (0, 1), was " + p);
        }
        return -Math.sqrt(2.0) * Erf.erfcInv(2.0 * p);
    }
}
