package com.alvh.workbench.scenario;

import com.alvh.workbench.market.VixTermStructure;
import com.alvh.workbench.pricing.SkewModel;

/**
 * The market a scenario starts from and how it is quoted.
 *
 * @param spot SPX at the start (index points, &gt; 0); replays start from the history's close instead
 * @param vix VIX at the start (index points, &gt; 0); replays start from the history's close instead
 * @param vix3m VIX3M at the start (index points, &gt; 0)
 * @param rate risk-free rate, continuously compounded per year
 * @param dividendYield SPX dividend yield, continuously compounded per year
 * @param vixOptionVol Black-76 volatility of VIX options (decimal per sqrt(year), &gt; 0)
 * @param vixCurve the VIX futures curve used where the model has none of its own
 * @param skew the SPX skew model (SSVI tied to VIX)
 * @param volatilityPremium model paths only: quoted VIX over the model's realised-volatility VIX,
 *     minus one (0 = risk-neutral quotes; {@link #HISTORICAL_VOLATILITY_PREMIUM} as in 1990-2026)
 * @param equityPremium model paths only: SPX drift above r - q, per year (0 = risk-neutral)
 */
public record MarketSpec(double spot, double vix, double vix3m, double rate, double dividendYield,
                         double vixOptionVol, VixTermStructure vixCurve, SkewModel skew, double volatilityPremium,
                         double equityPremium) {

    /**
     * sqrt(mean VIX^2 / mean subsequent 21-day realised variance of SPX) - 1 on the shipped
     * 1990-2026 closes (1.348 variance ratio): how much implied volatility has exceeded realised.
     */
    public static final double HISTORICAL_VOLATILITY_PREMIUM = 0.16;

    /** A market with risk-neutral quotes (no premia). */
    public MarketSpec(double spot, double vix, double vix3m, double rate, double dividendYield, double vixOptionVol,
                      VixTermStructure vixCurve, SkewModel skew) {
        this(spot, vix, vix3m, rate, dividendYield, vixOptionVol, vixCurve, skew, 0.0, 0.0);
    }

    public MarketSpec {
        positive("spot", spot);
        positive("vix", vix);
        positive("vix3m", vix3m);
        positive("vixOptionVol", vixOptionVol);
        if (!Double.isFinite(rate) || !Double.isFinite(dividendYield)) {
            throw new IllegalArgumentException("rate and dividendYield must be finite, were " + rate + ", " + dividendYield);
        }
        if (vixCurve == null || skew == null) {
            throw new IllegalArgumentException("vixCurve and skew are required");
        }
        if (!(volatilityPremium >= 0.0 && volatilityPremium < 2.0)) {
            throw new IllegalArgumentException("volatilityPremium must be in [0, 2), was " + volatilityPremium);
        }
        if (!(Math.abs(equityPremium) <= 0.5)) {
            throw new IllegalArgumentException("equityPremium must be in [-0.5, 0.5] per year, was " + equityPremium);
        }
    }

    private static void positive(String field, double value) {
        if (!(value > 0.0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be > 0, was " + value);
        }
    }

    /** A copy with other risk premia. */
    public MarketSpec withPremia(double newVolatilityPremium, double newEquityPremium) {
        return new MarketSpec(spot, vix, vix3m, rate, dividendYield, vixOptionVol, vixCurve, skew, newVolatilityPremium,
                newEquityPremium);
    }
}
