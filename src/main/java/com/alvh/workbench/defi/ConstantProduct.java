package com.alvh.workbench.defi;

/**
 * Constant-product market maker ({@code x y = k}, Uniswap v2) in doubles, for analytics. Token 0
 * is the risky asset, token 1 the numeraire; the price {@code P} is token 1 per token 0 (e.g. USD
 * per ETH). The exact integer contract arithmetic is {@link UniswapV2Math}.
 *
 * <ul>
 *   <li>swap with fee {@code f}: {@code out = (1-f) a R_out / (R_in + (1-f) a)}</li>
 *   <li>reserves at price {@code P} for liquidity {@code L = sqrt(x y)}: {@code x = L/sqrt(P)}, {@code y = L sqrt(P)}</li>
 *   <li>LP value (numeraire): {@code V = 2 L sqrt(P)}</li>
 *   <li>impermanent loss for a price ratio {@code r = P1/P0}: {@code IL(r) = 2 sqrt(r)/(1+r) - 1 <= 0}
 *       (LP value over the value of holding the deposit, minus 1)</li>
 * </ul>
 */
public final class ConstantProduct {

    /** Uniswap v2's fee: 0.3 %. */
    public static final double V2_FEE = 0.003;

    private ConstantProduct() {
    }

    /**
     * Output of an exact-input swap.
     *
     * @param amountIn input (token units, &gt;= 0)
     * @param reserveIn input-token reserve (&gt; 0)
     * @param reserveOut output-token reserve (&gt; 0)
     * @param fee fee as a decimal (0.003)
     * @return output (token units)
     */
    public static double amountOut(double amountIn, double reserveIn, double reserveOut, double fee) {
        double a = (1.0 - fee) * amountIn;
        return a * reserveOut / (reserveIn + a);
    }

    /** Token-0 reserve at price {@code price} for liquidity {@code liquidity = sqrt(x y)}. */
    public static double reserve0(double liquidity, double price) {
        return liquidity / Math.sqrt(price);
    }

    /** Token-1 reserve at price {@code price} for liquidity {@code liquidity}. */
    public static double reserve1(double liquidity, double price) {
        return liquidity * Math.sqrt(price);
    }

    /**
     * LP value in the numeraire: {@code 2 L sqrt(P)}.
     *
     * @param liquidity {@code sqrt(x y)}
     * @param price token 1 per token 0
     * @return value (numeraire units, e.g. USD)
     */
    public static double value(double liquidity, double price) {
        return 2.0 * liquidity * Math.sqrt(price);
    }

    /**
     * Impermanent loss, fees excluded: {@code 2 sqrt(r) / (1 + r) - 1}.
     *
     * @param priceRatio {@code P1 / P0} (&gt; 0)
     * @return the loss as a (non-positive) fraction of the hold value
     */
    public static double impermanentLoss(double priceRatio) {
        if (!(priceRatio > 0.0)) {
            throw new IllegalArgumentException("priceRatio must be > 0, was " + priceRatio);
        }
        return 2.0 * Math.sqrt(priceRatio) / (1.0 + priceRatio) - 1.0;
    }
}
