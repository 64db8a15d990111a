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
 */
public record MarketSpec(double spot, double vix, double vix3m, double rate, double dividendYield,
                         double vixOptionVol, VixTermStructure vixCurve, SkewModel skew) {

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
    }

    private static void positive(String field, double value) {
        if (!(value > 0.0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be > 0, was " + value);
        }
    }
}
