package com.alvh.workbench.market;

/**
 * The term structure of SPX implied volatility as Cboe's constant-maturity indices quote it: VIX9D (9
 * calendar days), VIX (30), VIX3M (93) and VIX6M (184), in index points. A tenor between two quoted
 * tenors gets the level whose total variance {@code (level/100)^2 T} is linear in {@code T} between
 * theirs; before the first quoted tenor the first level, after the last the last (flat vol). A missing
 * index ({@code NaN}: VIX9D before 2011-01-04, VIX3M before 2009-09-18, VIX6M before 2008-01-02) is
 * left out, so before 2008 every tenor gets the VIX.
 */
public final class VolIndexTerm {

    /** Tenors of VIX9D, VIX, VIX3M and VIX6M in years (calendar days / 365). */
    public static final double VIX9D_TENOR = 9.0 / 365.0;
    public static final double VIX_TENOR = 30.0 / 365.0;
    public static final double VIX3M_TENOR = 93.0 / 365.0;
    public static final double VIX6M_TENOR = 184.0 / 365.0;

    private VolIndexTerm() {
    }

    /**
     * The volatility index level for a tenor from the quoted indices.
     *
     * @param vix9d VIX9D (index points) or NaN
     * @param vix VIX (index points, &gt; 0)
     * @param vix3m VIX3M (index points) or NaN
     * @param vix6m VIX6M (index points) or NaN
     * @param tau the tenor in years (&gt;= 0)
     * @return the level in index points
     */
    public static double interpolate(double vix9d, double vix, double vix3m, double vix6m, double tau) {
        // The quoted tenors in order, keeping the last one below tau (no arrays: called per path and step).
        double loT = Double.NaN;
        double loV = Double.NaN;
        if (vix9d > 0.0) {
            if (tau <= VIX9D_TENOR) {
                return vix9d;
            }
            loT = VIX9D_TENOR;
            loV = vix9d;
        }
        if (vix > 0.0) {
            if (tau <= VIX_TENOR) {
                return Double.isNaN(loT) ? vix : between(loT, loV, VIX_TENOR, vix, tau);
            }
            loT = VIX_TENOR;
            loV = vix;
        }
        if (vix3m > 0.0) {
            if (tau <= VIX3M_TENOR) {
                return Double.isNaN(loT) ? vix3m : between(loT, loV, VIX3M_TENOR, vix3m, tau);
            }
            loT = VIX3M_TENOR;
            loV = vix3m;
        }
        if (vix6m > 0.0) {
            if (tau <= VIX6M_TENOR) {
                return Double.isNaN(loT) ? vix6m : between(loT, loV, VIX6M_TENOR, vix6m, tau);
            }
            loV = vix6m;
        }
        return loV; // after the last quoted tenor: flat vol
    }

    /** Linear in total variance between (t0, v0) and (t1, v1), at tau in (t0, t1]. */
    private static double between(double t0, double v0, double t1, double v1, double tau) {
        double w0 = v0 * v0 * t0;
        double w = w0 + (v1 * v1 * t1 - w0) * (tau - t0) / (t1 - t0);
        return Math.sqrt(Math.max(w, 0.0) / tau);
    }

    /**
     * A term structure from spot VIX alone, for a market with no other index: the variance mean-reverts
     * from {@code VIX^2} to {@code longRun^2} at rate {@code kappa}, so the expected variance over
     * {@code T} is {@code L^2 + (VIX^2 - L^2) a(T)} with {@code a(T) = (1 - e^{-kappa T})/(kappa T)}, scaled so
     * that the 30-day tenor gives the VIX exactly: {@code level(T)^2 = L^2 + (VIX^2 - L^2) a(T)/a(30 days)}.
     * The parameters are those of the VIX futures curve ({@link VixTermStructure}: 19.5, the long-run VIX of
     * the shipped history, and 2.5 a year).
     *
     * @param vix spot VIX (index points, &gt; 0)
     * @param longRun the long-run level (index points, &gt; 0)
     * @param kappa mean reversion per year (&gt; 0)
     * @param tau the tenor in years (&gt; 0)
     * @return the level in index points
     */
    public static double meanReverting(double vix, double longRun, double kappa, double tau) {
        double l2 = longRun * longRun;
        double w = l2 + (vix * vix - l2) * weight(kappa, tau) / weight(kappa, VIX_TENOR);
        return Math.sqrt(Math.max(w, 0.0));
    }

    private static double weight(double kappa, double tau) {
        double x = kappa * tau;
        return x < 1e-8 ? 1.0 - 0.5 * x : -Math.expm1(-x) / x;
    }
}
