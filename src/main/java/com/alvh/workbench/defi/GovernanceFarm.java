package com.alvh.workbench.defi;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Staked governance tokens earning emissions, with a position-size cap. Emissions are paid in the
 * token and restaked: the stake grows by {@code emissionApr x dt} per step. When the stake is worth
 * more than {@code capFraction x capital}, the excess is sold to cash (harvest at the cap); cash
 * earns {@code cashRate}.
 *
 * @param name label
 * @param capital USD
 * @param stakeFraction fraction of capital staked at step 0 (in (0, 1])
 * @param emissionApr emissions per year in tokens per staked token (decimal, 0.40)
 * @param capFraction the most the stake may be worth, as a fraction of capital (&gt;= stakeFraction)
 * @param cashRate yield on cash (per year)
 * @param tokenAsset the market asset of the governance token
 */
public record GovernanceFarm(String name, double capital, double stakeFraction, double emissionApr, double capFraction,
                             double cashRate, int tokenAsset) implements DefiPosition {

    public GovernanceFarm {
        if (!(capital > 0) || !(stakeFraction > 0 && stakeFraction <= 1) || !(emissionApr >= 0)
                || !(capFraction >= stakeFraction) || tokenAsset < 0) {
            throw new IllegalArgumentException("GovernanceFarm '" + name + "' invalid: capital " + capital + ", stake "
                    + stakeFraction + ", apr " + emissionApr + ", cap " + capFraction);
        }
    }

    @Override
    public int hedgeAsset() {
        return tokenAsset;
    }

    @Override
    public String metricName() {
        return "staked tokens";
    }

    @Override
    public Book open(int paths, DefiMarketModel market) {
        return new Book() {
            private final double[] tokens = new double[paths];
            private final double[] cash = new double[paths];
            private double[] price;

            @Override
            public void start(DefiPathState s) {
                price = s.price[tokenAsset];
                for (int i = 0; i < paths; i++) {
                    tokens[i] = stakeFraction * capital / price[i];
                    cash[i] = capital - stakeFraction * capital;
                }
            }

            @Override
            public void step(DefiPathState s, int step, double dt, UniformRandomProvider random) {
                price = s.price[tokenAsset];
                for (int i = 0; i < paths; i++) {
                    cash[i] *= 1.0 + cashRate * dt;
                    tokens[i] *= 1.0 + emissionApr * dt;
                    double excess = tokens[i] * price[i] - capFraction * capital;
                    if (excess > 0) {
                        tokens[i] -= excess / price[i];
                        cash[i] += excess;
                    }
                }
            }

            @Override
            public double value(int i) {
                return tokens[i] * price[i] + cash[i];
            }

            @Override
            public double assetExposure(int i) {
                return tokens[i] * price[i];
            }

            @Override
            public double metric(int i) {
                return tokens[i];
            }
        };
    }
}
