package com.alvh.workbench.defi;

/**
 * Concentrated liquidity (Uniswap v3) in doubles, for analytics and simulation. Price {@code P} is
 * token 1 per token 0 (e.g. USD per ETH); a position has liquidity {@code L} on the price range
 * {@code [Pa, Pb]}. With {@code c = clamp(P, Pa, Pb)}:
 * <pre>
 *   x(P) = L (1/sqrt(c) - 1/sqrt(Pb))      token 0 held
 *   y(P) = L (sqrt(c) - sqrt(Pa))          token 1 held
 *   V(P) = x P + y                          value in token 1
 *        = L (2 sqrt(P) - sqrt(Pa) - P/sqrt(Pb))   inside the range
 *        = L (1/sqrt(Pa) - 1/sqrt(Pb)) P          below (all token 0)
 *        = L (sqrt(Pb) - sqrt(Pa))                above (all token 1)
 * </pre>
 * {@code V} is continuous with a continuous first derivative {@code V'(P) = x(P)}, and concave.
 *
 * <p><b>The position as short puts.</b> Because {@code V'(Pb) = 0}, {@code V} is flat above
 * {@code Pb} and linear below {@code Pa}, the Taylor formula with integral remainder about
 * {@code Pb} gives, for every {@code P > 0},
 * <pre>
 *   V(P) = V(Pb) - int_Pa^Pb  L / (2 K^(3/2)) (K - P)^+ dK
 * </pre>
 * i.e. the LP holds cash {@code V(Pb) = L (sqrt(Pb) - sqrt(Pa))} and is short a strip of puts with
 * strike density {@code L / (2 K^(3/2))} on {@code [Pa, Pb]}; in total {@code L (1/sqrt(Pa) - 1/sqrt(Pb))}
 * puts, the token-0 amount held at {@code Pa}. A narrow range is one short put struck inside it:
 * the payoff at expiry of a covered call / cash-secured put, earning fees instead of premium.
 * {@link #putStripValue} evaluates the right-hand side; tests check it equals {@link #value}.
 *
 * <p>The exact integer contract arithmetic is {@link UniswapV3Math}.
 */
public final class ConcentratedLiquidity {

    private ConcentratedLiquidity() {
    }

    /**
     * The most liquidity {@code amount0} and {@code amount1} can mint at price {@code price} on the
     * range (LiquidityAmounts.getLiquidityForAmounts in reals).
     *
     * @param amount0 token 0 available (&gt;= 0)
     * @param amount1 token 1 available (&gt;= 0)
     * @param price current price (&gt; 0)
     * @param lower range lower price Pa (&gt; 0)
     * @param upper range upper price Pb (&gt; Pa)
     * @return L
     */
    public static double liquidity(double amount0, double amount1, double price, double lower, double upper) {
        checkRange(lower, upper);
        double sa = Math.sqrt(lower);
        double sb = Math.sqrt(upper);
        double s = Math.sqrt(price);
        if (price <= lower) {
            return amount0 * sa * sb / (sb - sa);
        }
        if (price >= upper) {
            return amount1 / (sb - sa);
        }
        return Math.min(amount0 * s * sb / (sb - s), amount1 / (s - sa));
    }

    /** Liquidity of a position worth {@code value} (token-1 units) at {@code price}, minted with the amounts the range asks for. */
    public static double liquidityForValue(double value, double price, double lower, double upper) {
        return value / value(1.0, price, lower, upper);
    }

    /** Token 0 held by liquidity {@code L} at {@code price}: {@code L (1/sqrt(c) - 1/sqrt(Pb))}. */
    public static double amount0(double liquidity, double price, double lower, double upper) {
        double c = Math.min(Math.max(price, lower), upper);
        return liquidity * (1.0 / Math.sqrt(c) - 1.0 / Math.sqrt(upper));
    }

    /** Token 1 held by liquidity {@code L} at {@code price}: {@code L (sqrt(c) - sqrt(Pa))}. */
    public static double amount1(double liquidity, double price, double lower, double upper) {
        double c = Math.min(Math.max(price, lower), upper);
        return liquidity * (Math.sqrt(c) - Math.sqrt(lower));
    }

    /**
     * Position value in token 1: {@code x(P) P + y(P)}.
     *
     * @param liquidity L
     * @param price P (&gt; 0)
     * @param lower Pa
     * @param upper Pb
     * @return value (token-1 units, e.g. USD)
     */
    public static double value(double liquidity, double price, double lower, double upper) {
        return amount0(liquidity, price, lower, upper) * price + amount1(liquidity, price, lower, upper);
    }

    /**
     * Impermanent loss from {@code p0} to {@code p1}, fees excluded: the position's value at
     * {@code p1} over the value at {@code p1} of the tokens deposited at {@code p0}, minus 1.
     *
     * @return the loss (&lt;= 0)
     */
    public static double impermanentLoss(double p0, double p1, double lower, double upper) {
        double x0 = amount0(1.0, p0, lower, upper);
        double y0 = amount1(1.0, p0, lower, upper);
        return value(1.0, p1, lower, upper) / (x0 * p1 + y0) - 1.0;
    }

    /**
     * Fees earned in one period from traded volume: while the price is inside the range, the
     * position earns its share {@code L / (L + otherLiquidity)} of {@code feeRate x volume}.
     *
     * @param volume volume traded through the pool's current price in the period (token-1 units)
     * @param feeRate pool fee tier as a decimal (0.003, 0.0005)
     * @param liquidity the position's L
     * @param otherLiquidity active liquidity of everyone else at that price (&gt;= 0)
     * @param price the price, to tell whether the position is active
     * @param lower Pa
     * @param upper Pb
     * @return fees (token-1 units)
     */
    public static double feeIncome(double volume, double feeRate, double liquidity, double otherLiquidity,
                                   double price, double lower, double upper) {
        if (price < lower || price >= upper) {
            return 0.0;
        }
        return feeRate * volume * liquidity / (liquidity + otherLiquidity);
    }

    /**
     * The put-strip side of the short-put equivalence: {@code V(Pb) - int_Pa^Pb L/(2K^1.5) (K-P)^+ dK},
     * integrated in closed form.
     *
     * @return value (token-1 units); equals {@link #value} for every price
     */
    public static double putStripValue(double liquidity, double price, double lower, double upper) {
        checkRange(lower, upper);
        double cash = liquidity * (Math.sqrt(upper) - Math.sqrt(lower));
        double lo = Math.max(lower, Math.min(price, upper));
        // int_lo^Pb (K - P) K^{-3/2} dK = [2 sqrt(K) + 2 P / sqrt(K)]_lo^Pb
        double integral = 2.0 * (Math.sqrt(upper) - Math.sqrt(lo)) + 2.0 * price * (1.0 / Math.sqrt(upper) - 1.0 / Math.sqrt(lo));
        return cash - 0.5 * liquidity * integral;
    }

    /**
     * A discrete strip of puts replicating the position: {@code m} strikes at the midpoints of equal
     * slices of {@code [Pa, Pb]}, each with the integral of the density over its slice.
     *
     * @param m number of strikes (&gt; 0)
     * @return {@code {strikes, quantities}}; value = {@code V(Pb) - sum q_k (K_k - P)^+}
     */
    public static double[][] putStrip(double liquidity, double lower, double upper, int m) {
        checkRange(lower, upper);
        double[] k = new double[m];
        double[] q = new double[m];
        double h = (upper - lower) / m;
        for (int i = 0; i < m; i++) {
            double a = lower + i * h;
            double b = a + h;
            k[i] = 0.5 * (a + b);
            q[i] = liquidity * (1.0 / Math.sqrt(a) - 1.0 / Math.sqrt(b));
        }
        return new double[][]{k, q};
    }

    /**
     * The live payoff: position value at each price of a grid, for a chart with the range marked.
     *
     * @param liquidity L
     * @param lower Pa
     * @param upper Pb
     * @param prices the grid (&gt; 0)
     * @return value per grid price (token-1 units)
     */
    public static double[] valueCurve(double liquidity, double lower, double upper, double[] prices) {
        double[] v = new double[prices.length];
        for (int i = 0; i < prices.length; i++) {
            v[i] = value(liquidity, prices[i], lower, upper);
        }
        return v;
    }

    static void checkRange(double lower, double upper) {
        if (!(lower > 0.0) || !(upper > lower) || !Double.isFinite(upper)) {
            throw new IllegalArgumentException("range needs 0 < lower < upper, was [" + lower + ", " + upper + "]");
        }
    }
}
