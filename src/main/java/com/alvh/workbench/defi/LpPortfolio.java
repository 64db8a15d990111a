package com.alvh.workbench.defi;

import org.apache.commons.rng.UniformRandomProvider;

import java.util.List;

/**
 * Liquidity positions on several pools and chains, plus idle cash in stablecoins. Each leg is a
 * constant-product or concentrated position (value from {@link ConstantProduct} /
 * {@link ConcentratedLiquidity}, never rebalanced), earns fees from the market's volume, and, if
 * exploitable, loses {@code min(1, X / T)} of its value in each exploit of its pool ({@link ExploitModel}:
 * own exploits at {@code lambda(T)}, shared-dependency exploits that hit every dependent leg at once).
 *
 * <p>Random draws per path and step, whatever happens (so hedges cannot shift the streams): one
 * uniform for a shared-dependency event, one for its severity, one for a cover claim's approval
 * ({@link Book#claimDraw}); per leg one for its own exploit, one for its severity, one for whether a
 * shared event reaches it.
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
 * @param exploits the exploit process of the exploitable legs, or null for none
 */
public record LpPortfolio(String name, double capital, List<LpLeg> legs, double cashRate, int hedgeAsset,
                          ExploitModel exploits) implements DefiPosition {

    /** A portfolio without exploits. */
    public LpPortfolio(String name, double capital, List<LpLeg> legs, double cashRate, int hedgeAsset) {
        this(name, capital, legs, cashRate, hedgeAsset, null);
    }

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

    /**
     * Expected exploit loss of the portfolio per year at its starting allocations (USD):
     * {@code sum over exploitable legs of allocation x (1 + sharedShare [if dependent]) x expectedLossRate(T)}.
     */
    public double expectedExploitLossPerYear() {
        if (exploits == null) {
            return 0.0;
        }
        double s = 0;
        for (LpLeg leg : legs) {
            if (leg.exploitable()) {
                double t = leg.poolTvlWithPosition();
                s += leg.allocationUsd() * (1.0 + (leg.sharedDependency() ? exploits.sharedShare() : 0.0))
                        * exploits.expectedLossRate(t);
            }
        }
        return s;
    }

    @Override
    public double expectedExploitLossRate() {
        double used = legs.stream().mapToDouble(LpLeg::allocationUsd).sum();
        return exploits == null ? Double.NaN : expectedExploitLossPerYear() / used;
    }

    /** Exploits per year of the portfolio's legs, own plus shared. */
    public double exploitsPerYear() {
        if (exploits == null) {
            return 0.0;
        }
        double s = 0;
        for (LpLeg leg : legs) {
            if (leg.exploitable()) {
                s += exploits.hazard(leg.poolTvlWithPosition()) * (1.0 + (leg.sharedDependency() ? exploits.sharedShare() : 0.0));
            }
        }
        return s;
    }

    private final class LpBook implements Book {
        private final int n;
        private final int k = legs.size();
        private final double[][] liquidity;
        private final double[][] lower;
        private final double[][] upper;
        private final double[] cash;
        private final double[] exploitLoss;
        private final double[] exploitLossNow;
        private final double[] claimDraw;
        private final double[] ownHazard; // per leg, per year
        private final double sharedMax;
        private double[][] price;

        LpBook(int n) {
            this.n = n;
            liquidity = new double[k][n];
            lower = new double[k][n];
            upper = new double[k][n];
            cash = new double[n];
            exploitLoss = new double[n];
            exploitLossNow = new double[n];
            claimDraw = new double[n];
            ownHazard = new double[k];
            double m = 0;
            for (int l = 0; l < k; l++) {
                LpLeg leg = legs.get(l);
                ownHazard[l] = exploits != null && leg.exploitable() ? exploits.hazard(leg.poolTvlWithPosition()) : 0.0;
                if (leg.sharedDependency()) {
                    m = Math.max(m, ownHazard[l]);
                }
            }
            sharedMax = exploits == null ? 0.0 : exploits.sharedShare() * m;
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
            double sharedProbability = -Math.expm1(-sharedMax * dt);
            for (int i = 0; i < n; i++) {
                cash[i] *= 1.0 + cashRate * dt;
                exploitLossNow[i] = 0.0;
                // Fixed draws per path and step (common random numbers for every hedge).
                boolean sharedEvent = random.nextDouble() < sharedProbability;
                double sharedSeverity = random.nextDouble();
                claimDraw[i] = random.nextDouble();
                for (int l = 0; l < k; l++) {
                    LpLeg leg = legs.get(l);
                    double p = s.price[leg.asset()][i];
                    double v = legValue(l, i);
                    boolean inRange = leg.fullRange() || (p >= lower[l][i] && p < upper[l][i]);
                    if (inRange && v > 0) {
                        double eff = leg.capitalEfficiency() * v;
                        cash[i] += leg.feeRate() * s.volume[leg.asset()][i] * Math.min(1.0, eff / (eff + leg.poolTvlUsd()));
                    }
                    double uOwn = random.nextDouble();
                    double uSeverity = random.nextDouble();
                    double uShared = random.nextDouble();
                    if (!leg.exploitable()) {
                        continue;
                    }
                    double t = leg.poolTvlWithPosition();
                    double fraction = 0.0;
                    if (uOwn < -Math.expm1(-ownHazard[l] * dt)) {
                        fraction = exploits.lossFraction(t, uSeverity);
                    }
                    // A shared event hits a dependent leg with probability sharedShare x own hazard / the largest
                    // (thinning), so each dependent leg's shared hazard is sharedShare x its own; legs of equal size are
                    // hit together.
                    if (sharedEvent && leg.sharedDependency() && uShared * sharedMax < exploits.sharedShare() * ownHazard[l]) {
                        fraction = 1.0 - (1.0 - fraction) * (1.0 - exploits.lossFraction(t, sharedSeverity));
                    }
                    if (fraction > 0) {
                        double loss = legValue(l, i) * fraction;
                        exploitLoss[i] += loss;
                        exploitLossNow[i] += loss;
                        liquidity[l][i] *= 1.0 - fraction;
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

        @Override
        public double exploitLossThisStep(int i) {
            return exploitLossNow[i];
        }

        @Override
        public double claimDraw(int i) {
            return claimDraw[i];
        }
    }
}
