package com.alvh.workbench.sim;

/**
 * How the implied volatility of VIX options falls with their time to expiry, relative to 30 days:
 * the rule that turns one VVIX reading (a 30-day implied vol of VIX) into a vol for each expiry.
 *
 * <p><b>Model.</b> Each VIX future moves lognormally with a volatility that depends only on its time
 * to expiry {@code u}: {@code sigma_F(u) = a + b e^{-kappa u}} (near-dated futures follow spot VIX,
 * which mean-reverts, and move far more than distant ones). An option expiring in {@code T} on the
 * future of the same expiry then has the Black-76 vol of the average variance the future goes through:
 * <pre>  sigma_B(T)^2 = (1/T) int_0^T sigma_F(u)^2 du
 *                = a^2 + [2ab (1 - e^{-kappa T}) / kappa + b^2 (1 - e^{-2 kappa T}) / (2 kappa)] / T</pre>
 * and the rule is {@code factor(T) = sigma_B(T) / sigma_B(T30)}, {@code T30 = 21/252} (30 calendar
 * days, the VVIX's horizon, in the campaign's trading-day years).
 *
 * <p><b>Data.</b> {@code a = 0.279}, {@code b = 0.744}, {@code kappa = 6.63} per (trading) year are the
 * weighted least-squares fit of {@code sigma_F(u)} to the realised volatility of daily log changes of
 * the same contract, bucketed by 5 trading days to expiry, on the shipped VX settles 2007-04..2026-07
 * (about 1,150 changes a bucket, 34 buckets from 1 to 170 days; RMS error 0.030): realised vol 0.96 at
 * 1-5 days, 0.64 at 21-25, 0.42 at 61-65, 0.31 at 121-125, 0.27 near 150. Only the shape is used; the
 * level is the day's VVIX. The fit is to futures' own moves, not to any backtest result;
 * {@code VixOptionTenorRuleTest} recomputes the buckets from the file and holds the curve to them.
 * Factors: 1.14 at 5 trading days, 1.09 at 10, 1 at 21, 0.87 at 42, 0.78 at 63, 0.62 at 126.
 */
public final class VixOptionTenorRule {

    /** Long-tenor floor of a future's vol (per sqrt(year)). */
    public static final double A = 0.279;
    /** Excess vol of a future at expiry over the floor (per sqrt(year)). */
    public static final double B = 0.744;
    /** Decay of the excess with time to expiry (per year). */
    public static final double KAPPA = 6.63;
    /** The VVIX's horizon: 30 calendar days as 21 trading days, in years. */
    public static final double T30 = 21.0 / SimulationSettings.TRADING_DAYS_PER_YEAR;

    private static final double SIGMA_B_30 = blackVol(T30);

    private VixOptionTenorRule() {
    }

    /**
     * The realised vol of a VIX future {@code u} years before its expiry, per the fit.
     *
     * @param u time to expiry in years (&gt;= 0)
     * @return {@code a + b e^{-kappa u}} (per sqrt(year))
     */
    public static double futureVol(double u) {
        return A + B * Math.exp(-KAPPA * Math.max(u, 0.0));
    }

    /**
     * {@code sigma_B(T)}: the Black-76 vol of an option expiring in {@code T} years on the future of
     * its expiry, the root mean square of {@link #futureVol} over {@code [0, T]}.
     *
     * @param t years to expiry ({@code <= 0}: the vol at expiry, {@code a + b})
     * @return per sqrt(year)
     */
    public static double blackVol(double t) {
        if (!(t > 1e-12)) {
            return A + B;
        }
        double e1 = Math.exp(-KAPPA * t);
        double e2 = e1 * e1;
        double integral = A * A * t + 2.0 * A * B * (1.0 - e1) / KAPPA + B * B * (1.0 - e2) / (2.0 * KAPPA);
        return Math.sqrt(integral / t);
    }

    /**
     * The factor on a 30-day implied vol for expiry {@code t}: {@code sigma_B(t) / sigma_B(T30)}.
     *
     * @param t years to expiry
     * @return 1 at {@link #T30}, above 1 for shorter expiries, below for longer
     */
    public static double factor(double t) {
        return blackVol(t) / SIGMA_B_30;
    }
}
