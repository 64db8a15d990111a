package com.alvh.workbench.defi;

import java.math.BigInteger;

/**
 * The integer arithmetic of Uniswap v2, exactly as {@code UniswapV2Library} and
 * {@code UniswapV2Pair} compute it (Solidity {@code uint} floor division). Amounts are raw token
 * base units (e.g. wei). The fee is 0.3 %, applied as the factor {@code 997/1000} on the input.
 *
 * <ul>
 *   <li>{@code getAmountOut(a, Rin, Rout) = floor(a*997*Rout / (Rin*1000 + a*997))}</li>
 *   <li>{@code getAmountIn(b, Rin, Rout) = floor(Rin*b*1000 / ((Rout - b)*997)) + 1}</li>
 *   <li>first mint: {@code floor(sqrt(a0*a1)) - 1000} (MINIMUM_LIQUIDITY locked forever);
 *       later mints: {@code min(a0*T/R0, a1*T/R1)}</li>
 *   <li>burn: {@code amount_k = liquidity * R_k / T} (protocol fee off)</li>
 * </ul>
 * Checked against {@code @uniswap/v2-sdk} 4.21.4 in {@code UniswapV2MathTest}.
 */
public final class UniswapV2Math {

    /** Liquidity locked at the first mint (UniswapV2Pair.MINIMUM_LIQUIDITY). */
    public static final BigInteger MINIMUM_LIQUIDITY = BigInteger.valueOf(1000);
    private static final BigInteger FEE_NUM = BigInteger.valueOf(997);
    private static final BigInteger FEE_DEN = BigInteger.valueOf(1000);

    private UniswapV2Math() {
    }

    /**
     * Output of an exact-input swap.
     *
     * @param amountIn input amount (base units, &gt; 0)
     * @param reserveIn reserve of the input token (&gt; 0)
     * @param reserveOut reserve of the output token (&gt; 0)
     * @return output amount (base units)
     */
    public static BigInteger getAmountOut(BigInteger amountIn, BigInteger reserveIn, BigInteger reserveOut) {
        requirePositive("amountIn", amountIn);
        requirePositive("reserveIn", reserveIn);
        requirePositive("reserveOut", reserveOut);
        BigInteger inWithFee = amountIn.multiply(FEE_NUM);
        return inWithFee.multiply(reserveOut).divide(reserveIn.multiply(FEE_DEN).add(inWithFee));
    }

    /**
     * Input needed for an exact-output swap.
     *
     * @param amountOut wanted output (base units, 0 &lt; amountOut &lt; reserveOut)
     * @param reserveIn reserve of the input token
     * @param reserveOut reserve of the output token
     * @return input amount (base units)
     */
    public static BigInteger getAmountIn(BigInteger amountOut, BigInteger reserveIn, BigInteger reserveOut) {
        requirePositive("amountOut", amountOut);
        requirePositive("reserveIn", reserveIn);
        if (amountOut.compareTo(reserveOut) >= 0) {
            throw new IllegalArgumentException("amountOut must be below reserveOut, was " + amountOut + " >= " + reserveOut);
        }
        BigInteger num = reserveIn.multiply(amountOut).multiply(FEE_DEN);
        BigInteger den = reserveOut.subtract(amountOut).multiply(FEE_NUM);
        return num.divide(den).add(BigInteger.ONE);
    }

    /**
     * LP tokens minted for a deposit.
     *
     * @param totalSupply LP supply before the deposit (0 for the first mint)
     * @param reserve0 reserve of token 0 before the deposit
     * @param reserve1 reserve of token 1 before the deposit
     * @param amount0 token 0 deposited
     * @param amount1 token 1 deposited
     * @return LP tokens minted to the depositor
     */
    public static BigInteger liquidityMinted(BigInteger totalSupply, BigInteger reserve0, BigInteger reserve1,
                                             BigInteger amount0, BigInteger amount1) {
        if (totalSupply.signum() == 0) {
            BigInteger l = amount0.multiply(amount1).sqrt().subtract(MINIMUM_LIQUIDITY);
            if (l.signum() <= 0) {
                throw new IllegalArgumentException("first deposit too small: sqrt(amount0*amount1) <= 1000");
            }
            return l;
        }
        BigInteger l0 = amount0.multiply(totalSupply).divide(reserve0);
        BigInteger l1 = amount1.multiply(totalSupply).divide(reserve1);
        return l0.min(l1);
    }

    /**
     * Tokens returned for burning {@code liquidity} LP tokens (protocol fee off).
     *
     * @param liquidity LP tokens burned
     * @param totalSupply LP supply
     * @param reserve the reserve of the token asked for
     * @return amount of that token (base units)
     */
    public static BigInteger liquidityValue(BigInteger liquidity, BigInteger totalSupply, BigInteger reserve) {
        requirePositive("totalSupply", totalSupply);
        return liquidity.multiply(reserve).divide(totalSupply);
    }

    private static void requirePositive(String field, BigInteger v) {
        if (v == null || v.signum() <= 0) {
            throw new IllegalArgumentException(field + " must be > 0, was " + v);
        }
    }
}
