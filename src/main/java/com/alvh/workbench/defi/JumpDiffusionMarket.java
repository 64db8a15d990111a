package com.alvh.workbench.defi;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

import java.util.List;

/**
 * Correlated jump-diffusion prices for several crypto assets (one per chain or pool), a market-wide
 * crash jump that hits all of them at once (why diversification across chains fails in a crash),
 * governance-vote jumps, a volume model, and a depegging stablecoin.
 *
 * <p>Per step of {@code dt} years, for asset {@code a} with correlated normals {@code z = C e}
 * ({@code C} the Cholesky factor of the correlation matrix):
 * <pre>
 *   log S_a += (mu_a - sigma_a^2/2 - lambda_a k_a - lambda_c k_c) dt + sigma_a sqrt(dt) z_a
 *              + sum of N_a ~ Poisson(lambda_a dt) jumps N(m_a, s_a^2)
 *              + sum of N_c ~ Poisson(lambda_c dt) crash jumps N(m_c, s_c^2) (the same draw for all assets)
 *              + sum of N_v ~ Poisson(lambda_v dt) vote jumps N(0, s_v^2)
 * </pre>
 * with the compensators {@code k = exp(m + s^2/2) - 1} (vote jumps have {@code k_v = exp(s_v^2/2) - 1}, also
 * compensated), so {@code E[S_T] = S_0 exp(mu T)}. Volume of asset {@code a} over the step:
 * {@code V_a * (dt * 365) * (1 + beta |r| / (sigma_a sqrt(dt)))}. The stablecoin follows {@link PegSpec}.
 *
 * @param assets the assets
 * @param correlation correlation of the diffusive shocks ({@code [a][b]}, symmetric, positive definite)
 * @param crashIntensity market-wide crash jumps per year (&gt;= 0)
 * @param crashMean mean log size of a crash jump
 * @param crashStdev its standard deviation
 * @param volumeBeta extra volume per one-sigma move (&gt;= 0)
 * @param pegSpec the stablecoin, or null
 */
public record JumpDiffusionMarket(List<AssetSpec> assets, double[][] correlation, double crashIntensity, double crashMean,
                                  double crashStdev, double volumeBeta, PegSpec pegSpec) implements DefiMarketModel {

    public JumpDiffusionMarket {
        if (assets == null || assets.isEmpty()) {
            throw new IllegalArgumentException("JumpDiffusionMarket.assets must hold at least one asset");
        }
        assets = List.copyOf(assets);
        int k = assets.size();
        if (correlation == null || correlation.length != k) {
            throw new IllegalArgumentException("JumpDiffusionMarket.correlation must be " + k + " x " + k);
        }
        for (int a = 0; a < k; a++) {
            if (correlation[a].length != k || correlation[a][a] != 1.0) {
                throw new IllegalArgumentException("JumpDiffusionMarket.correlation row " + a + " must have " + k
                        + " entries and 1 on the diagonal");
            }
        }
        cholesky(correlation); // validates positive definiteness
        if (!(crashIntensity >= 0) || !Double.isFinite(crashMean) || !(crashStdev >= 0) || !(volumeBeta >= 0)) {
            throw new IllegalArgumentException("JumpDiffusionMarket crash/volume parameters invalid: " + crashIntensity
                    + ", " + crashMean + ", " + crashStdev + ", " + volumeBeta);
        }
    }

    /** One asset, no crash component, no stablecoin. */
    public static JumpDiffusionMarket single(AssetSpec asset, PegSpec peg) {
        return new JumpDiffusionMarket(List.of(asset), new double[][]{{1.0}}, 0.0, 0.0, 0.0, 1.0, peg);
    }

    /** Equicorrelated assets with a common crash component. */
    public static JumpDiffusionMarket equicorrelated(List<AssetSpec> assets, double rho, double crashIntensity,
                                                     double crashMean, double crashStdev, PegSpec peg) {
        int k = assets.size();
        double[][] c = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                c[a][b] = a == b ? 1.0 : rho;
            }
        }
        return new JumpDiffusionMarket(assets, c, crashIntensity, crashMean, crashStdev, 1.0, peg);
    }

    @Override
    public List<String> assetNames() {
        return assets.stream().map(AssetSpec::name).toList();
    }

    @Override
    public double longRunVol(int a) {
        double crash = crashIntensity * (crashMean * crashMean + crashStdev * crashStdev);
        return Math.sqrt(assets.get(a).totalVariance() + crash);
    }

    @Override
    public PegSpec peg() {
        return pegSpec;
    }

    @Override
    public void initialise(DefiPathState state) {
        for (int a = 0; a < assets.size(); a++) {
            java.util.Arrays.fill(state.price[a], assets.get(a).spot());
        }
        java.util.Arrays.fill(state.peg, 1.0);
    }

    @Override
    public void advance(DefiPathState state, int step, double dt, UniformRandomProvider random) {
        int k = assets.size();
        double[][] chol = cholesky(correlation);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(random);
        double sqrtDt = Math.sqrt(dt);
        double crashK = Math.exp(crashMean + 0.5 * crashStdev * crashStdev) - 1.0;
        double[] e = new double[k];
        double[] drift = new double[k];
        for (int a = 0; a < k; a++) {
            AssetSpec s = assets.get(a);
            double jk = Math.exp(s.jumpMean() + 0.5 * s.jumpStdev() * s.jumpStdev()) - 1.0;
            double vk = Math.exp(0.5 * s.voteStdev() * s.voteStdev()) - 1.0;
            drift[a] = (s.drift() - 0.5 * s.vol() * s.vol() - s.jumpIntensity() * jk - s.voteIntensity() * vk
                    - crashIntensity * crashK) * dt;
        }
        double days = dt * 365.0;
        for (int i = 0; i < state.size(); i++) {
            for (int a = 0; a < k; a++) {
                e[a] = gauss.sample();
            }
            double crash = 0.0;
            int nc = poisson(crashIntensity * dt, random);
            for (int j = 0; j < nc; j++) {
                crash += crashMean + crashStdev * gauss.sample();
            }
            for (int a = 0; a < k; a++) {
                AssetSpec s = assets.get(a);
                double z = 0.0;
                for (int b = 0; b <= a; b++) {
                    z += chol[a][b] * e[b];
                }
                double r = drift[a] + s.vol() * sqrtDt * z + crash;
                int nj = poisson(s.jumpIntensity() * dt, random);
                for (int j = 0; j < nj; j++) {
                    r += s.jumpMean() + s.jumpStdev() * gauss.sample();
                }
                int nv = poisson(s.voteIntensity() * dt, random);
                for (int j = 0; j < nv; j++) {
                    r += s.voteStdev() * gauss.sample();
                }
                state.logReturn[a][i] = r;
                state.price[a][i] *= Math.exp(r);
                double sigmaStep = Math.max(s.vol(), 1e-6) * sqrtDt;
                state.volume[a][i] = s.dailyVolumeUsd() * days * (1.0 + volumeBeta * Math.abs(r) / sigmaStep);
            }
            if (pegSpec != null) {
                advancePeg(state, i, days, random, gauss);
            }
        }
    }

    private void advancePeg(DefiPathState state, int i, double days, UniformRandomProvider random,
                            ZigguratSampler.NormalizedGaussian gauss) {
        PegSpec p = pegSpec;
        if (state.pegDead[i]) {
            state.peg[i] = Math.max(state.peg[i] * Math.exp(-p.deathDailyLogDecay() * days), 1e-4);
            return;
        }
        double dev = (1.0 - state.peg[i]) * Math.exp(-p.recoveryRate() * days) + p.noise() * Math.sqrt(days) * gauss.sample();
        double peg = Math.min(1.0 - dev, 1.0 + 5.0 * p.noise());
        if (poisson(p.runIntensity() * days / 365.0, random) > 0) {
            double depth = Math.min(p.runDepthMedian() * Math.exp(p.runDepthLogStdev() * gauss.sample()), 0.99);
            peg = Math.min(peg, 1.0 - depth);
        }
        if (poisson(p.deathIntensity() * days / 365.0, random) > 0) {
            peg = Math.min(peg, p.deathFirstDay());
            state.pegDead[i] = true;
        }
        state.peg[i] = Math.max(peg, 1e-4);
    }

    /** Poisson draw by inversion; the means here are small (a few per step at most). */
    static int poisson(double mean, UniformRandomProvider random) {
        if (mean <= 0.0) {
            return 0;
        }
        double u = random.nextDouble();
        double p = Math.exp(-mean);
        double cdf = p;
        int n = 0;
        while (u > cdf && n < 1000) {
            n++;
            p *= mean / n;
            cdf += p;
        }
        return n;
    }

    static double[][] cholesky(double[][] c) {
        int k = c.length;
        double[][] l = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b <= a; b++) {
                double s = c[a][b];
                for (int m = 0; m < b; m++) {
                    s -= l[a][m] * l[b][m];
                }
                if (a == b) {
                    if (!(s > 0.0)) {
                        throw new IllegalArgumentException("correlation matrix is not positive definite (pivot " + a + ")");
                    }
                    l[a][a] = Math.sqrt(s);
                } else {
                    if (c[a][b] != c[b][a] || Math.abs(c[a][b]) > 1.0) {
                        throw new IllegalArgumentException("correlation[" + a + "][" + b + "] must be symmetric and in [-1, 1]");
                    }
                    l[a][b] = s / l[b][b];
                }
            }
        }
        return l;
    }
}
