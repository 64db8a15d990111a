package com.alvh.workbench.defi;

/**
 * One liquidity position of an {@link LpPortfolio}: an asset/USD-stable pool on one chain.
 *
 * @param asset market asset index of the pool's volatile token
 * @param allocationUsd USD deposited at step 0 (&gt; 0)
 * @param lowerMultiple range lower price as a multiple of the entry price (0 for constant product)
 * @param upperMultiple range upper price as a multiple of the entry price (infinite for constant product)
 * @param feeRate the pool's fee tier (decimal, 0.003)
 * @param poolTvlUsd everyone else's liquidity in the pool, as full-range USD (&gt; 0)
 * @param exploitable whether the pool's contracts can be exploited ({@link LpPortfolio}'s {@link ExploitModel})
 * @param sharedDependency whether the leg relies on shared infrastructure (a bridge, a price source)
 *     whose exploits hit every such leg at once
 */
public record LpLeg(int asset, double allocationUsd, double lowerMultiple, double upperMultiple, double feeRate,
                    double poolTvlUsd, boolean exploitable, boolean sharedDependency) {

    public LpLeg {
        if (asset < 0 || !(allocationUsd > 0) || !(lowerMultiple >= 0) || !(upperMultiple > Math.max(1.0, lowerMultiple))
                || !(lowerMultiple < 1.0) || !(feeRate >= 0 && feeRate < 0.1) || !(poolTvlUsd > 0)) {
            throw new IllegalArgumentException("LpLeg invalid: asset " + asset + ", allocation " + allocationUsd + ", range ["
                    + lowerMultiple + ", " + upperMultiple + "], fee " + feeRate + ", tvl " + poolTvlUsd);
        }
    }

    /** A constant-product (full range) leg, not exploitable. */
    public static LpLeg constantProduct(int asset, double allocationUsd, double feeRate, double poolTvlUsd) {
        return new LpLeg(asset, allocationUsd, 0.0, Double.POSITIVE_INFINITY, feeRate, poolTvlUsd, false, false);
    }

    /** A concentrated leg on {@code [lower x P0, upper x P0]}, not exploitable. */
    public static LpLeg range(int asset, double allocationUsd, double lower, double upper, double feeRate, double poolTvlUsd) {
        return new LpLeg(asset, allocationUsd, lower, upper, feeRate, poolTvlUsd, false, false);
    }

    /** A copy that can be exploited, relying on shared infrastructure or not. */
    public LpLeg withExploits(boolean shared) {
        return new LpLeg(asset, allocationUsd, lowerMultiple, upperMultiple, feeRate, poolTvlUsd, true, shared);
    }

    /** A copy with another allocation. */
    public LpLeg withAllocation(double usd) {
        return new LpLeg(asset, usd, lowerMultiple, upperMultiple, feeRate, poolTvlUsd, exploitable, sharedDependency);
    }

    /** The pool's TVL with this position in it (USD), what an exploit's loss is measured against. */
    public double poolTvlWithPosition() {
        return poolTvlUsd + allocationUsd;
    }

    /** Whether the leg is full range (constant product). */
    public boolean fullRange() {
        return lowerMultiple == 0.0 && Double.isInfinite(upperMultiple);
    }

    /**
     * Fee share boost of a concentrated range over full range for the same capital: the v3
     * capital-efficiency factor {@code 1 / (1 - (Pa/Pb)^(1/4))} for a range geometric about the entry price.
     */
    public double capitalEfficiency() {
        return fullRange() ? 1.0 : 1.0 / (1.0 - Math.pow(lowerMultiple / upperMultiple, 0.25));
    }
}
