package com.alvh.workbench.math;

import org.apache.commons.math3.special.Gamma;

/**
 * The noncentral chi-square distribution with {@code d > 0} degrees of freedom (not necessarily
 * an integer) and noncentrality {@code lambda >= 0}, as a Poisson mixture of central chi-squares:
 * <pre>
 *   X ~ chi2(d + 2N),   N ~ Poisson(lambda / 2)
 *   f(x) = sum_j p_j f_{d+2j}(x),     P(X &gt; x) = sum_j p_j Q(d/2 + j, x/2)
 *   p_j = e^{-lambda/2} (lambda/2)^j / j!
 * </pre>
 * where {@code f_k} is the central chi-square density with {@code k} degrees of freedom and
 * {@code Q(a, y)} the regularised upper incomplete gamma function.
 *
 * <p>Robustness: only the Poisson weights within {@value #POISSON_WIDTH} standard deviations
 * (plus a margin) of the mean {@code lambda/2} are summed (the neglected mass is below 1e-18);
 * the first weight and first term are computed in logs, the others by the exact recurrences
 * {@code p_{j+1} = p_j mu/(j+1)}, {@code f_{k+2}(x) = f_k(x) x/k} and
 * {@code Q(a+1, y) = Q(a, y) + y^a e^{-y}/Gamma(a+1)} (all terms positive, no cancellation).
 * This covers small {@code d} (the density is then unbounded at 0, like {@code x^{d/2-1}}), large
 * {@code d}, and large {@code lambda} (cost grows like {@code sqrt(lambda)}).
 *
 * <p>This is the law of the CIR / Heston variance: {@code v_T = c X} with
 * {@code c = sigma^2 (1 - e^{-kappa T}) / (4 kappa)}, {@code d = 4 kappa theta / sigma^2},
 * {@code lambda = v_0 e^{-kappa T} / c}. Immutable; thread-safe.
 */
public final class NoncentralChiSquared {

    /** Half-width of the summed Poisson range, in Poisson standard deviations. */
    static final double POISSON_WIDTH = 10.0;

    private final double degreesOfFreedom;
    private final double noncentrality;
    private final double poissonMean;
    private final int firstTerm;
    private final int lastTerm;
    private final double logFirstWeight;

    /**
     * @param degreesOfFreedom {@code d > 0}
     * @param noncentrality {@code lambda >= 0}
     */
    public NoncentralChiSquared(double degreesOfFreedom, double noncentrality) {
        if (!(degreesOfFreedom > 0.0) || Double.isInfinite(degreesOfFreedom)) {
            throw new IllegalArgumentException("degreesOfFreedom must be finite and > 0, was " + degreesOfFreedom);
        }
        if (!(noncentrality >= 0.0) || Double.isInfinite(noncentrality)) {
            throw new IllegalArgumentException("noncentrality must be finite and >= 0, was " + noncentrality);
        }
        this.degreesOfFreedom = degreesOfFreedom;
        this.noncentrality = noncentrality;
        this.poissonMean = 0.5 * noncentrality;
        double spread = POISSON_WIDTH * Math.sqrt(poissonMean);
        this.firstTerm = (int) Math.max(0.0, Math.floor(poissonMean - spread - 5.0));
        this.lastTerm = (int) Math.ceil(poissonMean + spread + 30.0);
        this.logFirstWeight = poissonMean == 0.0
                ? 0.0
                : -poissonMean + firstTerm * Math.log(poissonMean) - Gamma.logGamma(firstTerm + 1.0);
    }

    /** @return the degrees of freedom {@code d} */
    public double degreesOfFreedom() {
        return degreesOfFreedom;
    }

    /** @return the noncentrality {@code lambda} */
    public double noncentrality() {
        return noncentrality;
    }

    /** @return the mean {@code d + lambda} */
    public double mean() {
        return degreesOfFreedom + noncentrality;
    }

    /** @return the variance {@code 2 (d + 2 lambda)} */
    public double variance() {
        return 2.0 * (degreesOfFreedom + 2.0 * noncentrality);
    }

    /**
     * Probability density.
     *
     * @param x the point
     * @return {@code f(x)}; 0 for {@code x < 0}; at {@code x = 0}: infinite if {@code d < 2},
     *     {@code e^{-lambda/2}/2} if {@code d = 2}, 0 if {@code d > 2}
     */
    public double density(double x) {
        if (x < 0.0) {
            return 0.0;
        }
        if (x == 0.0) {
            if (degreesOfFreedom < 2.0) {
                return Double.POSITIVE_INFINITY;
            }
            return degreesOfFreedom == 2.0 ? 0.5 * Math.exp(-poissonMean) : 0.0;
        }
        double y = 0.5 * x;
        double logY = Math.log(y);
        double shape = 0.5 * degreesOfFreedom + firstTerm;
        // Central chi-square density with 2*shape degrees of freedom: y^{shape-1} e^{-y} / (2 Gamma(shape)).
        double logTerm = (shape - 1.0) * logY - y - Math.log(2.0) - Gamma.logGamma(shape);
        if (poissonMean == 0.0) {
            return Math.exp(logTerm);
        }
        double sum = 0.0;
        // Start from weight * term formed in logs: either factor alone can underflow when lambda is
        // large and x far from the mean, while their product is representable.
        double product = Math.exp(logFirstWeight + logTerm);
        for (int j = firstTerm; j <= lastTerm; j++) {
            sum += product;
            // p_{j+1} f_{d+2j+2} = p_j f_{d+2j} * (mu/(j+1)) * (y/shape)
            product *= poissonMean / (j + 1.0) * (y / shape);
            shape += 1.0;
            if (product == 0.0 && j > poissonMean) {
                break;
            }
        }
        return sum;
    }

    /**
     * Survival function {@code P(X > x)}.
     *
     * @param x the point
     * @return {@code P(X > x)} in [0, 1]; 1 for {@code x <= 0}
     */
    public double survival(double x) {
        if (x <= 0.0) {
            return 1.0;
        }
        double y = 0.5 * x;
        double shape = 0.5 * degreesOfFreedom + firstTerm;
        double upperGamma = Gamma.regularizedGammaQ(shape, y);
        // Increment y^a e^{-y} / Gamma(a+1), first in logs.
        double increment = Math.exp(shape * Math.log(y) - y - Gamma.logGamma(shape + 1.0));
        double weight = Math.exp(logFirstWeight);
        double sum = 0.0;
        for (int j = firstTerm; j <= lastTerm; j++) {
            sum += weight * upperGamma;
            upperGamma = Math.min(1.0, upperGamma + increment);
            increment *= y / (shape + 1.0);
            shape += 1.0;
            weight *= poissonMean / (j + 1.0);
            // Past the Poisson mode the weights fall monotonically and Q <= 1 bounds each term.
            if (j > poissonMean && weight < 1e-18 * sum) {
                break;
            }
        }
        return Math.min(1.0, sum);
    }

    /**
     * Cumulative distribution {@code P(X <= x)}.
     *
     * @param x the point
     * @return {@code P(X <= x)} in [0, 1]
     */
    public double cdf(double x) {
        return 1.0 - survival(x);
    }
}
