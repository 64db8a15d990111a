package com.alvh.workbench.sim;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The flat-volatility baseline: SPX follows a geometric Brownian motion with constant volatility,
 * and VIX and VIX3M stay at {@code 100 sigma}. Stepped exactly in log space:
 * <pre>  S_{t+dt} = S_t exp((r - q - sigma^2/2) dt + sigma sqrt(dt) Z)</pre>
 *
 * @param spot0 initial SPX level (index points, &gt; 0)
 * @param rate r, continuously compounded per year
 * @param dividendYield q, continuously compounded per year
 * @param vol sigma, decimal per sqrt(year) (&gt;= 0)
 */
public record GeometricBrownianModel(double spot0, double rate, double dividendYield, double vol)
        implements MarketModel {

    public GeometricBrownianModel {
        if (!(spot0 > 0.0) || !Double.isFinite(spot0)) {
            throw new IllegalArgumentException("spot0 must be a positive number, was " + spot0);
        }
        if (!(vol >= 0.0) || !Double.isFinite(vol)) {
            throw new IllegalArgumentException("vol must be a non-negative number, was " + vol);
        }
        if (!Double.isFinite(rate) || !Double.isFinite(dividendYield)) {
            throw new IllegalArgumentException("rate and dividendYield must be finite, were " + rate + ", " + dividendYield);
        }
    }

    @Override
    public void initialise(PathState state) {
        java.util.Arrays.fill(state.spot, spot0);
        java.util.Arrays.fill(state.variance, vol * vol);
        java.util.Arrays.fill(state.vix, 100.0 * vol);
        java.util.Arrays.fill(state.vix3m, 100.0 * vol);
    }

    @Override
    public void advance(PathState state, int step, double dt, UniformRandomProvider random) {
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(random);
        double drift = (rate - dividendYield - 0.5 * vol * vol) * dt;
        double diffusion = vol * Math.sqrt(dt);
        double[] spot = state.spot;
        for (int i = 0; i < spot.length; i++) {
            spot[i] *= Math.exp(drift + diffusion * normal.sample());
        }
    }
}
