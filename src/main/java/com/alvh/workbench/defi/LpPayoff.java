package com.alvh.workbench.defi;

/**
 * The live payoff of an LP position for a chart: value against price, the hold value, and the
 * range to mark. Pure function of arrays; no state.
 *
 * @param prices price grid (token 1 per token 0, e.g. USD per ETH)
 * @param value LP value at each price (USD)
 * @param hold value of holding the deposited tokens (USD)
 * @param lower range lower price (0 for full range)
 * @param upper range upper price (infinite for full range)
 * @param entryPrice price at deposit
 */
public record LpPayoff(double[] prices, double[] value, double[] hold, double lower, double upper, double entryPrice) {

    /**
     * Payoff of {@code depositUsd} placed at {@code entryPrice} on {@code [lower, upper]}, on {@code points}
     * prices evenly spaced in {@code [fromPrice, toPrice]}.
     *
     * @param depositUsd USD deposited (&gt; 0)
     * @param entryPrice price at deposit (&gt; 0)
     * @param lower range lower price ({@code 0} with {@code upper} infinite for constant product)
     * @param upper range upper price
     * @param fromPrice lowest grid price (&gt; 0)
     * @param toPrice highest grid price
     * @param points grid size (&gt;= 2)
     * @return the curves
     */
    public static LpPayoff of(double depositUsd, double entryPrice, double lower, double upper, double fromPrice,
                              double toPrice, int points) {
        if (!(depositUsd > 0) || !(entryPrice > 0) || !(fromPrice > 0) || !(toPrice > fromPrice) || points < 2) {
            throw new IllegalArgumentException("LpPayoff inputs invalid: deposit " + depositUsd + ", entry " + entryPrice
                    + ", grid [" + fromPrice + ", " + toPrice + "] x " + points);
        }
        boolean full = lower <= 0 && Double.isInfinite(upper);
        double l = full ? depositUsd / (2 * Math.sqrt(entryPrice)) : ConcentratedLiquidity.liquidityForValue(depositUsd, entryPrice, lower, upper);
        double x0 = full ? ConstantProduct.reserve0(l, entryPrice) : ConcentratedLiquidity.amount0(l, entryPrice, lower, upper);
        double y0 = full ? ConstantProduct.reserve1(l, entryPrice) : ConcentratedLiquidity.amount1(l, entryPrice, lower, upper);
        double[] p = new double[points];
        double[] v = new double[points];
        double[] h = new double[points];
        for (int k = 0; k < points; k++) {
            p[k] = fromPrice + (toPrice - fromPrice) * k / (points - 1);
            v[k] = full ? ConstantProduct.value(l, p[k]) : ConcentratedLiquidity.value(l, p[k], lower, upper);
            h[k] = x0 * p[k] + y0;
        }
        return new LpPayoff(p, v, h, full ? 0.0 : lower, full ? Double.POSITIVE_INFINITY : upper, entryPrice);
    }
}
