package com.alvh.workbench.pricing;

/**
 * Parameters of the Heston (1993) stochastic-volatility model under the pricing measure:
 * <pre>
 *   dS_t / S_t = (r - q) dt + sqrt(v_t) dW_t
 *   dv_t       = kappa (theta - v_t) dt + sigma sqrt(v_t) dZ_t,     d&lt;W, Z&gt;_t = rho dt
 * </pre>
 *
 * <p>Units: variances ({@code v0}, {@code theta}) in decimal per year (a 20 % vol is
 * {@code 0.04}); {@code kappa} per year; {@code sigma} (the volatility of variance) per
 * sqrt(year); {@code rho} dimensionless. Rates and the spot are not part of the model; the
 * pricers take them as arguments.
 *
 * @param v0 initial instantaneous variance {@code v_0 >= 0}
 * @param kappa mean-reversion speed {@code > 0}
 * @param theta long-run variance {@code >= 0}
 * @param sigma volatility of variance {@code > 0} (use a small positive value for the
 *     Black-Scholes limit; the pricer is stable as {@code sigma -> 0})
 * @param rho correlation of spot and variance shocks, in {@code [-1, 1]}
 */
public record HestonModel(double v0, double kappa, double theta, double sigma, double rho) {

    /** Validates every field; messages name the field and the bad value. */
    public HestonModel {
        if (!(v0 >= 0.0) || Double.isInfinite(v0)) {
            throw new IllegalArgumentException("v0 must be finite and >= 0, was " + v0);
        }
        if (!(kappa > 0.0) || Double.isInfinite(kappa)) {
            throw new IllegalArgumentException("kappa must be finite and > 0, was " + kappa);
        }
        if (!(theta >= 0.0) || Double.isInfinite(theta)) {
            throw new IllegalArgumentException("theta must be finite and >= 0, was " + theta);
        }
        if (!(sigma > 0.0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("sigma must be finite and > 0, was " + sigma);
        }
        if (!(rho >= -1.0 && rho <= 1.0)) {
            throw new IllegalArgumentException("rho must be in [-1, 1], was " + rho);
        }
    }

    /**
     * Factory with the arguments named as in most papers.
     *
     * @param v0 initial variance (decimal per year)
     * @param kappa mean-reversion speed (per year)
     * @param theta long-run variance (decimal per year)
     * @param sigma volatility of variance (per sqrt(year))
     * @param rho correlation
     * @return the validated model
     */
    public static HestonModel of(double v0, double kappa, double theta, double sigma, double rho) {
        return new HestonModel(v0, kappa, theta, sigma, rho);
    }

    /** @param value new initial variance @return a copy with {@code v0 = value} */
    public HestonModel withV0(double value) {
        return new HestonModel(value, kappa, theta, sigma, rho);
    }

    /** @param value new mean-reversion speed @return a copy with {@code kappa = value} */
    public HestonModel withKappa(double value) {
        return new HestonModel(v0, value, theta, sigma, rho);
    }

    /** @param value new long-run variance @return a copy with {@code theta = value} */
    public HestonModel withTheta(double value) {
        return new HestonModel(v0, kappa, value, sigma, rho);
    }

    /** @param value new volatility of variance @return a copy with {@code sigma = value} */
    public HestonModel withSigma(double value) {
        return new HestonModel(v0, kappa, theta, value, rho);
    }

    /** @param value new correlation @return a copy with {@code rho = value} */
    public HestonModel withRho(double value) {
        return new HestonModel(v0, kappa, theta, sigma, value);
    }

    /**
     * Feller condition {@code 2 kappa theta >= sigma^2}: when it holds the variance never reaches
     * zero. Pricing does not need it; it matters for simulation schemes and for the VIX law (the
     * chi-square degrees of freedom {@code 4 kappa theta / sigma^2} are then at least 2, and the
     * density of {@code v_T} is bounded at 0).
     *
     * @return true if {@code 2 kappa theta >= sigma^2}
     */
    public boolean satisfiesFeller() {
        return 2.0 * kappa * theta >= sigma * sigma;
    }

    /**
     * Expected variance at a horizon, {@code E[v_t] = theta + (v0 - theta) e^{-kappa t}}.
     *
     * @param t horizon in years (&gt;= 0)
     * @return expected instantaneous variance (decimal per year)
     */
    public double expectedVariance(double t) {
        return theta + (v0 - theta) * Math.exp(-kappa * t);
    }

    /**
     * Expected average variance over {@code [0, T]}:
     * {@code (1/T) int_0^T E[v_t] dt = theta + (v0 - theta)(1 - e^{-kappa T})/(kappa T)}
     * ({@code v0} at {@code T = 0}). Its square root is the Black-Scholes vol of the
     * {@code sigma -> 0} limit.
     *
     * @param t horizon in years (&gt;= 0)
     * @return average variance (decimal per year)
     */
    public double averageExpectedVariance(double t) {
        double x = kappa * t;
        // (1 - e^{-x})/x, with its series near 0 where the quotient loses digits.
        double factor = x < 1e-8 ? 1.0 - 0.5 * x : -Math.expm1(-x) / x;
        return theta + (v0 - theta) * factor;
    }
}
