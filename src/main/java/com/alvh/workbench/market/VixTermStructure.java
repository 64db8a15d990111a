package com.alvh.workbench.market;

/**
 * A one-factor, mean-reverting shape for the VIX futures curve: the level of the VIX future
 * expiring {@code tau} years ahead, given spot VIX.
 *
 * <pre>  F(tau) = L + (VIX - L) e^{-kappa tau}</pre>
 *
 * <p>{@code L} is the long-run level the curve bends toward and {@code kappa} the speed (per year).
 * Below {@code L} the curve is in contango (futures above spot), above {@code L} in backwardation,
 * which is the first-order behaviour of the listed VIX futures curve. This is the expected VIX
 * under a mean-reverting (Ornstein-Uhlenbeck / square-root) VIX; it ignores the variance risk
 * premium shape and the convexity between futures and forward variance.
 *
 * <p>Default parameters (see {@link #DEFAULT}) come from the shared data set
 * ({@code vix_daily.csv}, {@code vol_indices_cboe_daily.csv}, 1990-2026): {@code L = 19.5} is the
 * mean VIX close (19.44); {@code kappa = 2.5} per year is the least-squares fit, with {@code L}
 * held at that mean, of {@code VIX3M^2 ~ (VIX^2 + F(1/12)^2 + F(2/12)^2)/3} over 4,235 days
 * (RMS error 2.3 vol points), i.e. a half-life of about 3.3 months.
 *
 * @param longRunLevel {@code L}, VIX index points (&gt; 0)
 * @param meanReversion {@code kappa}, per year (&gt;= 0; 0 gives a flat curve at spot)
 */
public record VixTermStructure(double longRunLevel, double meanReversion) {

    /** {@code L = 19.5}, {@code kappa = 2.5} per year: fitted as described in the class comment. */
    public static final VixTermStructure DEFAULT = new VixTermStructure(19.5, 2.5);

    public VixTermStructure {
        if (!(longRunLevel > 0.0) || Double.isInfinite(longRunLevel)) {
            throw new IllegalArgumentException("longRunLevel must be finite and > 0, was " + longRunLevel);
        }
        if (!(meanReversion >= 0.0) || Double.isInfinite(meanReversion)) {
            throw new IllegalArgumentException("meanReversion must be finite and >= 0, was " + meanReversion);
        }
    }

    /**
     * Level of the VIX future expiring {@code tau} years ahead.
     *
     * @param spotVix spot VIX (index points, &gt; 0)
     * @param tau time to the future's expiry in years (Act/365); {@code tau <= 0} gives spot VIX
     * @return {@code L + (VIX - L) e^{-kappa max(tau,0)}} in VIX index points
     */
    public double futureLevel(double spotVix, double tau) {
        double t = Math.max(tau, 0.0);
        return longRunLevel + (spotVix - longRunLevel) * Math.exp(-meanReversion * t);
    }

    /**
     * Ratio {@code F(tau) / VIX}: above 1 in contango, below 1 in backwardation (a common
     * term-structure trigger input).
     *
     * @param spotVix spot VIX (index points, &gt; 0)
     * @param tau years ahead (Act/365)
     * @return the dimensionless ratio
     */
    public double contangoRatio(double spotVix, double tau) {
        return futureLevel(spotVix, tau) / spotVix;
    }

    /** A copy with another long-run level (VIX index points). */
    public VixTermStructure withLongRunLevel(double level) {
        return new VixTermStructure(level, meanReversion);
    }

    /** A copy with another mean-reversion speed (per year). */
    public VixTermStructure withMeanReversion(double kappa) {
        return new VixTermStructure(longRunLevel, kappa);
    }
}
