package com.alvh.workbench.sim;

import com.alvh.workbench.pricing.HestonModel;
import com.alvh.workbench.pricing.HestonVixFutureTable;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

import java.util.Optional;

/**
 * Bates (1996): Heston plus lognormal jumps in SPX (Merton jumps), optionally with simultaneous
 * upward jumps in variance, so crashes arrive as gaps and lift VIX at once.
 *
 * <p>Jumps arrive as a Poisson process with intensity {@code lambda} per year. At a jump, log-spot
 * moves by {@code J ~ N(muJ, sigmaJ^2)} and variance by an exponential amount with mean
 * {@code varianceJumpMean} (0 disables variance jumps; Duffie-Pan-Singleton's SVCJ uses the same
 * exponential law). The drift is compensated, {@code -lambda (E[e^J] - 1) dt}, so the discounted
 * spot stays a martingale. The diffusive part is stepped by {@link HestonMarketModel} (QE with
 * martingale correction); jumps are applied after it within the step.
 *
 * <p>Between jumps VIX is the Heston expression of the variance; the jump part's own contribution
 * to 30-day expected variance, {@code lambda E[J^2]}, is added to VIX^2 so that VIX reflects the
 * jump risk the model carries: {@code VIX^2 = 100^2 (a v + b + lambda (muJ^2 + sigmaJ^2))}
 * (the variance-jump effect on expected future diffusive variance is ignored in VIX; documented
 * approximation).
 *
 * <p>VIX futures: {@code E[VIX_tau] = E[100 sqrt(a v_tau + b + lambda E[J^2])]} over the Heston law
 * of {@code v_tau}, from a {@link HestonVixFutureTable} with the jumps' variance added to the
 * intercept; exact for price jumps only, and with variance jumps it ignores their lift of expected
 * future variance (the same approximation as VIX above).
 *
 * @param diffusion the Heston diffusion with spot, rate and dividend yield
 * @param jumpIntensity lambda, jumps per year (&gt;= 0)
 * @param jumpMean muJ, mean log-jump of SPX (e.g. -0.05)
 * @param jumpVol sigmaJ, standard deviation of the log-jump (&gt;= 0)
 * @param varianceJumpMean mean of the exponential variance jump (per-year variance units, &gt;= 0)
 */
public record BatesMarketModel(HestonMarketModel diffusion, double jumpIntensity, double jumpMean, double jumpVol,
                               double varianceJumpMean) implements MarketModel {

    public BatesMarketModel {
        if (diffusion == null) {
            throw new IllegalArgumentException("diffusion (Heston) is required");
        }
        if (!(jumpIntensity >= 0.0) || !Double.isFinite(jumpIntensity)) {
            throw new IllegalArgumentException("jumpIntensity must be >= 0 per year, was " + jumpIntensity);
        }
        if (!(jumpVol >= 0.0) || !Double.isFinite(jumpVol)) {
            throw new IllegalArgumentException("jumpVol must be >= 0, was " + jumpVol);
        }
        if (!Double.isFinite(jumpMean)) {
            throw new IllegalArgumentException("jumpMean must be finite, was " + jumpMean);
        }
        if (!(varianceJumpMean >= 0.0) || !Double.isFinite(varianceJumpMean)) {
            throw new IllegalArgumentException("varianceJumpMean must be >= 0, was " + varianceJumpMean);
        }
    }

    /** {@code E[e^J] - 1}, the mean relative jump size. */
    public double meanRelativeJump() {
        return Math.exp(jumpMean + 0.5 * jumpVol * jumpVol) - 1.0;
    }

    /** Contribution of jumps to annual variance, {@code lambda E[J^2]}. */
    public double jumpVariance() {
        return jumpIntensity * (jumpMean * jumpMean + jumpVol * jumpVol);
    }

    /**
     * The model's VIX future given the path's spot VIX (see the class comment).
     *
     * @param vix the path's spot VIX (index points)
     * @param variance the path's variance (per year; VIX determines it)
     * @param tau years to the future's expiry
     * @return the future in index points
     */
    @Override
    public double vixFuture(double vix, double variance, double tau) {
        return HestonVixFutureTable.of(diffusion.heston(), jumpVariance()).future(vix, tau);
    }

    @Override
    public Optional<VixFutureCurve> ownVixFutures() {
        return Optional.of(new HestonMarketModel.TableCurve(HestonVixFutureTable.of(diffusion.heston(), jumpVariance())));
    }

    @Override
    public void initialise(PathState state) {
        diffusion.initialise(state);
        addJumpVarianceToVix(state);
    }

    @Override
    public void advance(PathState state, int step, double dt, UniformRandomProvider random) {
        diffusion.advance(state, step, dt, random);
        if (jumpIntensity > 0.0) {
            ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(random);
            double compensator = Math.exp(-jumpIntensity * meanRelativeJump() * dt);
            double probabilityOfNoJump = Math.exp(-jumpIntensity * dt);
            double[] spot = state.spot;
            double[] variance = state.variance;
            for (int i = 0; i < spot.length; i++) {
                double u = random.nextDouble();
                int jumps = 0;
                if (u > probabilityOfNoJump) {
                    // Inverse-transform Poisson draw: almost always 1 on a daily step.
                    double p = probabilityOfNoJump;
                    double cumulative = p;
                    while (u > cumulative && jumps < 50) {
                        jumps++;
                        p *= jumpIntensity * dt / jumps;
                        cumulative += p;
                    }
                }
                double logJump = 0.0;
                for (int j = 0; j < jumps; j++) {
                    logJump += jumpMean + jumpVol * normal.sample();
                    if (varianceJumpMean > 0.0) {
                        variance[i] += -varianceJumpMean * Math.log(1.0 - random.nextDouble());
                    }
                }
                spot[i] *= compensator * Math.exp(logJump);
            }
            if (varianceJumpMean > 0.0) {
                diffusion.refreshVolatilityIndices(state);
            }
        }
        addJumpVarianceToVix(state);
    }

    /** The diffusion's term structure plus the jumps' variance at every tenor, as its VIX. */
    @Override
    public VolLevels volLevels() {
        return diffusion.levels(jumpVariance());
    }

    private void addJumpVarianceToVix(PathState state) {
        double extra = jumpVariance();
        if (extra == 0.0) {
            return;
        }
        for (int i = 0; i < state.size(); i++) {
            double vix = state.vix[i] / 100.0;
            double vix3m = state.vix3m[i] / 100.0;
            state.vix[i] = 100.0 * Math.sqrt(vix * vix + extra);
            state.vix3m[i] = 100.0 * Math.sqrt(vix3m * vix3m + extra);
        }
    }
}
