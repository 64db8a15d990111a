package com.alvh.workbench.defi;

import org.apache.commons.rng.UniformRandomProvider;

import java.util.List;

/**
 * Liquidity positions on several pools and chains, plus idle cash in stablecoins. Each leg is a
 * constant-product or concentrated position (value from {@link ConstantProduct} /
 * {@link ConcentratedLiquidity}, never rebalanced), earns fees from the market's volume, and can be
 * exploited (a jump to {@code 1 - lossGivenExploit} of its value, at most once per leg).
 *
 * <p>Fee per step, while the price is inside the range:
 * {@code feeRate x volume x min(1, e V / (e V + TVL))}, {@code V} the leg's value, {@code e} its
 * capital efficiency ({@link LpLeg#capitalEfficiency}), {@code TVL} the others' full-range liquidity.
 *
 * @param name label
 * @param capital account capital (USD); what the legs do not use sits in cash
 * @param legs the positions
 * @param cashRate yield on idle cash (per year, decimal)
 * @param hedgeAsset asset hedges are written on
 */
public record LpPortfolio(String name, double capital, List<LpLeg> legs, double cashRate, int hedgeAsset)
        implements DefiPosition {

    public LpPortfolio {
        legs = List.copyOf(legs);
        double used = legs.stream().mapToDouble(LpLeg::allocationUsd).sum();
        if (legs.isEmpty() || !(capital >= used)) {
            throw new IllegalArgumentException("LpPortfolio '" + name + "' needs legs whose allocations (" + used
                    + ") fit in the capital (" + capital + ")");
        }
    }

    @Override
    public String metricName() {
        return "exploit losses (USD)";
    }

    @Override
    public Book open(int paths, DefiMarketModel market) {
        return new LpBook(paths);
    }

    private final class LpBook implements Book {
        private final int n;
        private final int k = legs.size();
        private final double[][] liquidity;
        private final double[][] lower;
        private final double[][] upper;
        private final double[] cash;
        private final double[] exploitLoss;
        private final boolean[][] exploited;
        private double[][] price;

        LpBook(int n) {
            this.n = n;
            liquidity = new double[k][n];
            lower = new double[k][n];
            upper = new double[k][n];
            cash = new double[n];
            exploitLoss = new double[n];
            exploited = new boolean[k][n];
        }

        @Override
        public void start(DefiPathState s) {
            price = s.price;
            double used = legs.stream().mapToDouble(LpLeg::allocationUsd).sum();
            for (int i = 0; i < n; i++) {
                cash[i] = capital - used;
                for (int l = 0; l < k; l++) {
                    LpLeg leg = legs.get(l);
                    double p = s.price[leg.asset()][i];
                    if (leg.fullRange()) {
                        liquidity[l][i] = leg.allocationUsd() / (2.0 * Math.sqrt(p));
                    } else {
                        lower[l][i] = leg.lowerMultiple() * p;
                        upper[l][i] = leg.upperMultiple() * p;
                        liquidity[l][i] = ConcentratedLiquidity.liquidityForValue(leg.allocationUsd(), p, lower[l][i], upper[l][i]);
                    }
                }
            }
        }

        private double legValue(int l, int i) {
            LpLeg leg = legs.get(l);
            double p = price[leg.asset()][i];
            return leg.fullRange() ? ConstantProduct.value(liquidity[l][i], p)
                    : ConcentratedLiquidity.value(liquidity[l][i], p, lower[l][i], upper[l][i]);
        }

        @Override
        public void step(DefiPathState s, int step, double dt, UniformRandomProvider random) {
            price = s.price;
            for (int i = 0; i < n; i++) {
                cash[i] *= 1.0 + cashRate * dt;
                for (int l = 0; l < k; l++) {
                    LpLeg leg = legs.get(l);
                    double p = s.price[leg.asset()][i];
                    double v = legValue(l, i);
                    boolean inRange = leg.fullRange() || (p >= lower[l][i] && p < upper[l][i]);
                    if (inRange && v > 0) {
                        double eff = leg.capitalEfficiency() * v;
                        cash[i] += leg.feeRate() * s.volume[leg.asset()][i] * Math.min(1.0, eff / (eff + leg.poolTvlUsd()));
                    }
                    // Exploit: one uniform per leg per step, drawn whatever happens, to keep streams aligned.
                    double u = random.nextDouble();
                    if (!exploited[l][i] && u < leg.exploitHazard() * dt) {
                        exploited[l][i] = true;
                        exploitLoss[i] += v * leg.lossGivenExploit();
                        liquidity[l][i] *= 1.0 - leg.lossGivenExploit();
                    }
                }
            }
        }

        @Override
        public double value(int i) {
            double v = cash[i];
            for (int l = 0; l < k; l++) {
                v += legValue(l, i);
            }
            return v;
        }

        @Override
        public double assetExposure(int i) {
            double e = 0;
            for (int l = 0; l < k; l++) {
                LpLeg leg = legs.get(l);
                if (leg.asset() != hedgeAsset) {
                    continue;
                }
                double p = price[leg.asset()][i];
                double x = leg.fullRange() ? ConstantProduct.reserve0(liquidity[l][i], p)
                        : ConcentratedLiquidity.amount0(liquidity[l][i], p, lower[l][i], upper[l][i]);
                e += x * p;
            }
            return e;
        }

        @Override
        public double metric(int i) {
            return exploitLoss[i];
        }
    }
}
