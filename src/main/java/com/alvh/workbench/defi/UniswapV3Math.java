package com.alvh.workbench.defi;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The integer arithmetic of Uniswap v3 (core {@code TickMath}, {@code SqrtPriceMath},
 * {@code SwapMath}, periphery {@code LiquidityAmounts}), reproduced with {@link BigInteger} so that
 * results equal the contracts' to the last unit. Prices are {@code sqrt(price)} in Q64.96 fixed
 * point ({@code sqrtPriceX96 = sqrt(token1/token0) * 2^96}); amounts are raw base units; fees are
 * in pips (hundredths of a basis point, {@code 3000} = 0.3 %).
 *
 * <p>Checked against {@code @uniswap/v3-sdk} 3.31.5 in {@code UniswapV3MathTest}.
 */
public final class UniswapV3Math {

    /** Lowest usable tick. */
    public static final int MIN_TICK = -887272;
    /** Highest usable tick. */
    public static final int MAX_TICK = 887272;
    /** 2^96. */
    public static final BigInteger Q96 = BigInteger.ONE.shiftLeft(96);
    /** getSqrtRatioAtTick(MIN_TICK). */
    public static final BigInteger MIN_SQRT_RATIO = new BigInteger("4295128739");
    /** getSqrtRatioAtTick(MAX_TICK). */
    public static final BigInteger MAX_SQRT_RATIO = new BigInteger("1461446703485210103287273052203988822378723970342");
    private static final BigInteger MAX_UINT256 = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);
    private static final BigInteger PIPS = BigInteger.valueOf(1_000_000);
    /**
     * TickMath's factors: entry {@code k} is {@code 2^128 / sqrt(1.0001)^(2^k)} as rounded in the
     * contract (the protocol's constants, not re-derived, so that results match bit for bit).
     */
    private static final BigInteger[] TICK_FACTORS = hex(
            "fffcb933bd6fad37aa2d162d1a594001", "fff97272373d413259a46990580e213a", "fff2e50f5f656932ef12357cf3c7fdcc",
            "ffe5caca7e10e4e61c3624eaa0941cd0", "ffcb9843d60f6159c9db58835c926644", "ff973b41fa98c081472e6896dfb254c0",
            "ff2ea16466c96a3843ec78b326b52861", "fe5dee046a99a2a811c461f1969c3053", "fcbe86c7900a88aedcffc83b479aa3a4",
            "f987a7253ac413176f2b074cf7815e54", "f3392b0822b70005940c7a398e4b70f3", "e7159475a2c29b7443b29c7fa6e889d9",
            "d097f3bdfd2022b8845ad8f792aa5825", "a9f746462d870fdf8a65dc1f90e061e5", "70d869a156d2a1b890bb3df62baf32f7",
            "31be135f97d08fd981231505542fcfa6", "9aa508b5b7a84e1c677de54f3e99bc9", "5d6af8dedb81196699c329225ee604",
            "2216e584f5fa1ea926041bedfe98", "48a170391f7dc42444e8fa2");

    private UniswapV3Math() {
    }

    /**
     * {@code sqrt(1.0001^tick) * 2^96}, rounded up, as TickMath.getSqrtRatioAtTick.
     *
     * @param tick in [{@link #MIN_TICK}, {@link #MAX_TICK}]
     * @return the Q64.96 sqrt price
     */
    public static BigInteger sqrtRatioAtTick(int tick) {
        if (tick < MIN_TICK || tick > MAX_TICK) {
            throw new IllegalArgumentException("tick must be in [" + MIN_TICK + ", " + MAX_TICK + "], was " + tick);
        }
        int abs = Math.abs(tick);
        BigInteger ratio = (abs & 1) != 0 ? TICK_FACTORS[0] : BigInteger.ONE.shiftLeft(128);
        for (int k = 1; k < TICK_FACTORS.length; k++) {
            if ((abs & (1 << k)) != 0) {
                ratio = ratio.multiply(TICK_FACTORS[k]).shiftRight(128);
            }
        }
        if (tick > 0) {
            ratio = MAX_UINT256.divide(ratio);
        }
        // Q128.128 -> Q64.96, rounding up so that tickAtSqrtRatio(sqrtRatioAtTick(t)) == t.
        BigInteger[] qr = ratio.divideAndRemainder(BigInteger.ONE.shiftLeft(32));
        return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    }

    /**
     * The greatest tick {@code t} with {@code sqrtRatioAtTick(t) <= sqrtPriceX96}, the definition
     * TickMath.getTickAtSqrtRatio implements. Found from a double estimate corrected by exact
     * comparisons, so it agrees with the contract by construction.
     *
     * @param sqrtPriceX96 in [{@link #MIN_SQRT_RATIO}, {@link #MAX_SQRT_RATIO})
     * @return the tick
     */
    public static int tickAtSqrtRatio(BigInteger sqrtPriceX96) {
        if (sqrtPriceX96.compareTo(MIN_SQRT_RATIO) < 0 || sqrtPriceX96.compareTo(MAX_SQRT_RATIO) >= 0) {
            throw new IllegalArgumentException("sqrtPriceX96 out of range: " + sqrtPriceX96);
        }
        double sqrtP = sqrtPriceX96.doubleValue() / Q96.doubleValue();
        int t = (int) Math.floor(2.0 * Math.log(sqrtP) / Math.log(1.0001));
        t = Math.max(MIN_TICK, Math.min(MAX_TICK - 1, t));
        while (t > MIN_TICK && sqrtRatioAtTick(t).compareTo(sqrtPriceX96) > 0) {
            t--;
        }
        while (t < MAX_TICK && sqrtRatioAtTick(t + 1).compareTo(sqrtPriceX96) <= 0) {
            t++;
        }
        return t;
    }

    /**
     * Token 0 between two sqrt prices: {@code L * 2^96 * (sb - sa) / sb / sa}.
     *
     * @param sqrtA one sqrt price (Q64.96)
     * @param sqrtB the other (order does not matter)
     * @param liquidity L
     * @param roundUp round up (amounts owed to the pool) or down (amounts paid out)
     * @return amount of token 0 (base units)
     */
    public static BigInteger amount0Delta(BigInteger sqrtA, BigInteger sqrtB, BigInteger liquidity, boolean roundUp) {
        if (sqrtA.compareTo(sqrtB) > 0) {
            BigInteger t = sqrtA;
            sqrtA = sqrtB;
            sqrtB = t;
        }
        BigInteger num1 = liquidity.shiftLeft(96);
        BigInteger num2 = sqrtB.subtract(sqrtA);
        if (roundUp) {
            return divRoundingUp(mulDivRoundingUp(num1, num2, sqrtB), sqrtA);
        }
        return num1.multiply(num2).divide(sqrtB).divide(sqrtA);
    }

    /**
     * Token 1 between two sqrt prices: {@code L * (sb - sa) / 2^96}.
     *
     * @param sqrtA one sqrt price (Q64.96)
     * @param sqrtB the other
     * @param liquidity L
     * @param roundUp round up or down
     * @return amount of token 1 (base units)
     */
    public static BigInteger amount1Delta(BigInteger sqrtA, BigInteger sqrtB, BigInteger liquidity, boolean roundUp) {
        BigInteger diff = sqrtA.subtract(sqrtB).abs();
        return roundUp ? mulDivRoundingUp(liquidity, diff, Q96) : liquidity.multiply(diff).divide(Q96);
    }

    /**
     * LiquidityAmounts.getLiquidityForAmounts: the most liquidity the amounts can mint in the range.
     *
     * @param sqrtPrice current sqrt price (Q64.96)
     * @param sqrtLower sqrt price at the lower tick
     * @param sqrtUpper sqrt price at the upper tick
     * @param amount0 token 0 available
     * @param amount1 token 1 available
     * @return liquidity L
     */
    public static BigInteger liquidityForAmounts(BigInteger sqrtPrice, BigInteger sqrtLower, BigInteger sqrtUpper,
                                                 BigInteger amount0, BigInteger amount1) {
        if (sqrtLower.compareTo(sqrtUpper) > 0) {
            BigInteger t = sqrtLower;
            sqrtLower = sqrtUpper;
            sqrtUpper = t;
        }
        if (sqrtPrice.compareTo(sqrtLower) <= 0) {
            return liquidityForAmount0(sqrtLower, sqrtUpper, amount0);
        }
        if (sqrtPrice.compareTo(sqrtUpper) < 0) {
            return liquidityForAmount0(sqrtPrice, sqrtUpper, amount0).min(liquidityForAmount1(sqrtLower, sqrtPrice, amount1));
        }
        return liquidityForAmount1(sqrtLower, sqrtUpper, amount1);
    }

    private static BigInteger liquidityForAmount0(BigInteger sa, BigInteger sb, BigInteger amount0) {
        return amount0.multiply(sa).multiply(sb).divide(Q96.multiply(sb.subtract(sa)));
    }

    private static BigInteger liquidityForAmount1(BigInteger sa, BigInteger sb, BigInteger amount1) {
        return amount1.multiply(Q96).divide(sb.subtract(sa));
    }

    /**
     * Token amounts of a position, as the pool pays them on a burn (rounded down) or asks for them on
     * a mint (rounded up). Whether the price is in range is decided on the tick, as the pool does.
     *
     * @param sqrtPrice current sqrt price (Q64.96)
     * @param tickCurrent current tick ({@code tickAtSqrtRatio(sqrtPrice)})
     * @param tickLower lower tick
     * @param tickUpper upper tick
     * @param liquidity L
     * @param roundUp true for mint amounts, false for burn amounts
     * @return {amount0, amount1}
     */
    public static BigInteger[] positionAmounts(BigInteger sqrtPrice, int tickCurrent, int tickLower, int tickUpper,
                                               BigInteger liquidity, boolean roundUp) {
        BigInteger sl = sqrtRatioAtTick(tickLower);
        BigInteger su = sqrtRatioAtTick(tickUpper);
        if (tickCurrent < tickLower) {
            return new BigInteger[]{amount0Delta(sl, su, liquidity, roundUp), BigInteger.ZERO};
        }
        if (tickCurrent < tickUpper) {
            return new BigInteger[]{amount0Delta(sqrtPrice, su, liquidity, roundUp),
                    amount1Delta(sl, sqrtPrice, liquidity, roundUp)};
        }
        return new BigInteger[]{BigInteger.ZERO, amount1Delta(sl, su, liquidity, roundUp)};
    }

    /**
     * The result of one swap step within a tick range.
     *
     * @param sqrtNext sqrt price after the step (Q64.96)
     * @param amountIn input consumed, excluding the fee
     * @param amountOut output paid
     * @param feeAmount fee taken on the input
     */
    public record SwapStep(BigInteger sqrtNext, BigInteger amountIn, BigInteger amountOut, BigInteger feeAmount) {
    }

    /**
     * SwapMath.computeSwapStep: swap within constant liquidity toward a target price.
     *
     * @param sqrtCurrent current sqrt price
     * @param sqrtTarget price the step may not cross
     * @param liquidity active liquidity
     * @param amountRemaining positive for exact input, negative for exact output
     * @param feePips fee in pips (3000 = 0.3 %)
     * @return the step
     */
    public static SwapStep computeSwapStep(BigInteger sqrtCurrent, BigInteger sqrtTarget, BigInteger liquidity,
                                           BigInteger amountRemaining, int feePips) {
        BigInteger fee = BigInteger.valueOf(feePips);
        boolean zeroForOne = sqrtCurrent.compareTo(sqrtTarget) >= 0;
        boolean exactIn = amountRemaining.signum() >= 0;
        BigInteger next;
        BigInteger in = null;
        BigInteger out = null;
        if (exactIn) {
            BigInteger lessFee = amountRemaining.multiply(PIPS.subtract(fee)).divide(PIPS);
            in = zeroForOne ? amount0Delta(sqrtTarget, sqrtCurrent, liquidity, true)
                    : amount1Delta(sqrtCurrent, sqrtTarget, liquidity, true);
            next = lessFee.compareTo(in) >= 0 ? sqrtTarget : nextSqrtPriceFromInput(sqrtCurrent, liquidity, lessFee, zeroForOne);
        } else {
            out = zeroForOne ? amount1Delta(sqrtTarget, sqrtCurrent, liquidity, false)
                    : amount0Delta(sqrtCurrent, sqrtTarget, liquidity, false);
            next = amountRemaining.negate().compareTo(out) >= 0 ? sqrtTarget
                    : nextSqrtPriceFromOutput(sqrtCurrent, liquidity, amountRemaining.negate(), zeroForOne);
        }
        boolean max = sqrtTarget.equals(next);
        if (zeroForOne) {
            in = max && exactIn ? in : amount0Delta(next, sqrtCurrent, liquidity, true);
            out = max && !exactIn ? out : amount1Delta(next, sqrtCurrent, liquidity, false);
        } else {
            in = max && exactIn ? in : amount1Delta(sqrtCurrent, next, liquidity, true);
            out = max && !exactIn ? out : amount0Delta(sqrtCurrent, next, liquidity, false);
        }
        if (!exactIn && out.compareTo(amountRemaining.negate()) > 0) {
            out = amountRemaining.negate();
        }
        BigInteger feeAmount = exactIn && !next.equals(sqrtTarget) ? amountRemaining.subtract(in)
                : mulDivRoundingUp(in, fee, PIPS.subtract(fee));
        return new SwapStep(next, in, out, feeAmount);
    }

    private static BigInteger nextSqrtPriceFromInput(BigInteger sqrtP, BigInteger liquidity, BigInteger amountIn,
                                                     boolean zeroForOne) {
        return zeroForOne ? nextFromAmount0RoundingUp(sqrtP, liquidity, amountIn, true)
                : nextFromAmount1RoundingDown(sqrtP, liquidity, amountIn, true);
    }

    private static BigInteger nextSqrtPriceFromOutput(BigInteger sqrtP, BigInteger liquidity, BigInteger amountOut,
                                                      boolean zeroForOne) {
        return zeroForOne ? nextFromAmount1RoundingDown(sqrtP, liquidity, amountOut, false)
                : nextFromAmount0RoundingUp(sqrtP, liquidity, amountOut, false);
    }

    /**
     * {@code L*sqrtP / (L ± amount*sqrtP)} rounded up. The contract falls back to a less precise
     * form when {@code amount*sqrtP} overflows 256 bits; reproduced here.
     */
    private static BigInteger nextFromAmount0RoundingUp(BigInteger sqrtP, BigInteger liquidity, BigInteger amount, boolean add) {
        if (amount.signum() == 0) {
            return sqrtP;
        }
        BigInteger num1 = liquidity.shiftLeft(96);
        BigInteger product = amount.multiply(sqrtP);
        if (add) {
            if (product.bitLength() <= 256) {
                BigInteger den = num1.add(product);
                if (den.bitLength() <= 256) {
                    return mulDivRoundingUp(num1, sqrtP, den);
                }
            }
            return divRoundingUp(num1, num1.divide(sqrtP).add(amount));
        }
        if (product.bitLength() > 256 || num1.compareTo(product) <= 0) {
            throw new ArithmeticException("exact output exceeds the liquidity");
        }
        return mulDivRoundingUp(num1, sqrtP, num1.subtract(product));
    }

    private static BigInteger nextFromAmount1RoundingDown(BigInteger sqrtP, BigInteger liquidity, BigInteger amount, boolean add) {
        if (add) {
            return sqrtP.add(amount.shiftLeft(96).divide(liquidity));
        }
        BigInteger q = mulDivRoundingUp(amount, Q96, liquidity);
        if (sqrtP.compareTo(q) <= 0) {
            throw new ArithmeticException("exact output exceeds the liquidity");
        }
        return sqrtP.subtract(q);
    }

    /** FullMath.mulDivRoundingUp: {@code ceil(a*b/d)} at full precision. */
    static BigInteger mulDivRoundingUp(BigInteger a, BigInteger b, BigInteger d) {
        return divRoundingUp(a.multiply(b), d);
    }

    private static BigInteger divRoundingUp(BigInteger n, BigInteger d) {
        BigInteger[] qr = n.divideAndRemainder(d);
        return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    }

    /** 2^192, the denominator of a price held as {@code sqrtPriceX96^2}. */
    public static final BigInteger Q192 = BigInteger.ONE.shiftLeft(192);

    /**
     * The SDK's {@code encodeSqrtRatioX96(amount1, amount0)}: {@code floor(sqrt(floor(amount1 2^192 / amount0)))}
     * with an exact integer square root, the Q64.96 sqrt price of the ratio {@code amount1 / amount0}.
     * Since {@code floor(sqrt(floor(x))) = floor(sqrt(x))}, this is {@code floor(sqrt(amount1 / amount0) 2^96)}
     * exactly.
     *
     * @param amount1 token 1 amount (base units, &gt; 0)
     * @param amount0 token 0 amount (base units, &gt; 0)
     * @return the Q64.96 sqrt price, rounded down
     */
    public static BigInteger encodeSqrtRatioX96(BigInteger amount1, BigInteger amount0) {
        if (amount1.signum() <= 0 || amount0.signum() <= 0) {
            throw new IllegalArgumentException("amounts must be > 0, were " + amount1 + " and " + amount0);
        }
        return amount1.shiftLeft(192).divide(amount0).sqrt();
    }

    /**
     * The Q64.96 sqrt price of a price (token1 per token0, in base units):
     * {@code floor(sqrt(price) 2^96)} exactly. A double is an exact binary fraction, so
     * {@code floor(price 2^192)} is computed without rounding and its integer square root taken
     * ({@link #encodeSqrtRatioX96} of the same ratio gives the same value). (Until issue 15 this took
     * a double square root before scaling: at price 2000 it came out 1.7e14 units above the floor.)
     *
     * @param price token1 per token0 (&gt; 0, finite)
     * @return sqrtPriceX96
     */
    public static BigInteger sqrtPriceX96(double price) {
        if (!(price > 0.0) || !Double.isFinite(price)) {
            throw new IllegalArgumentException("price must be > 0 and finite, was " + price);
        }
        return sqrtPriceX96(new BigDecimal(price));
    }

    /**
     * {@code floor(sqrt(price) 2^96)} of a decimal price, exactly.
     *
     * @param price token1 per token0 in base units (&gt; 0)
     * @return sqrtPriceX96
     */
    public static BigInteger sqrtPriceX96(BigDecimal price) {
        if (price.signum() <= 0) {
            throw new IllegalArgumentException("price must be > 0, was " + price);
        }
        return new BigDecimal(Q192).multiply(price).toBigInteger().sqrt();
    }

    /**
     * The price of a tick as the pool holds it, {@code sqrtRatioAtTick(tick)^2}, over {@link #Q192}: the
     * numerator of the SDK's {@code tickToPrice(token0, token1, tick)}.
     *
     * @param tick in [{@link #MIN_TICK}, {@link #MAX_TICK}]
     * @return {@code ratioX192}; the price is this / 2^192 (token1 per token0, base units)
     */
    public static BigInteger priceX192AtTick(int tick) {
        BigInteger s = sqrtRatioAtTick(tick);
        return s.multiply(s);
    }

    /**
     * {@link #priceX192AtTick} as an exact decimal (a power of two in the denominator always terminates):
     * the SDK's {@code tickToPrice(token0, token1, tick)} to every digit, not {@code 1.0001^tick}, from
     * which it differs by the contract's rounding of the sqrt price.
     *
     * @param tick the tick
     * @return token1 per token0 (base units), exact
     */
    public static BigDecimal priceAtTick(int tick) {
        return new BigDecimal(priceX192AtTick(tick)).divide(new BigDecimal(Q192));
    }

    /**
     * The SDK's {@code priceToClosestTick} for a price of token 0 in token 1 ({@code numerator /
     * denominator}, base units): the greatest tick whose {@link #priceAtTick price} is at most the
     * price. Computed as the SDK does: the tick of {@link #encodeSqrtRatioX96}, moved up one when the
     * price is not below the next tick's price.
     *
     * @param numerator token 1 amount (&gt; 0)
     * @param denominator token 0 amount (&gt; 0)
     * @return the tick
     * @throws IllegalArgumentException if the price is outside the ticks' range
     */
    public static int tickAtPrice(BigInteger numerator, BigInteger denominator) {
        BigInteger sqrt = encodeSqrtRatioX96(numerator, denominator);
        if (sqrt.compareTo(MIN_SQRT_RATIO) < 0 || sqrt.compareTo(MAX_SQRT_RATIO) >= 0) {
            throw new IllegalArgumentException("price " + numerator + "/" + denominator + " is outside the ticks' range");
        }
        int tick = tickAtSqrtRatio(sqrt);
        // !(price < next): numerator / denominator >= ratioX192(next) / 2^192
        if (tick < MAX_TICK && numerator.shiftLeft(192).compareTo(priceX192AtTick(tick + 1).multiply(denominator)) >= 0) {
            tick++;
        }
        return tick;
    }

    /**
     * {@link #tickAtPrice(BigInteger, BigInteger)} of a decimal price, exactly.
     *
     * @param price token1 per token0 (base units, &gt; 0)
     * @return the greatest tick whose price is at most {@code price}
     */
    public static int tickAtPrice(BigDecimal price) {
        if (price.signum() <= 0) {
            throw new IllegalArgumentException("price must be > 0, was " + price);
        }
        BigDecimal p = price.stripTrailingZeros();
        int scale = p.scale();
        BigInteger num = scale >= 0 ? p.unscaledValue() : p.unscaledValue().multiply(BigInteger.TEN.pow(-scale));
        BigInteger den = scale >= 0 ? BigInteger.TEN.pow(scale) : BigInteger.ONE;
        return tickAtPrice(num, den);
    }

    private static BigInteger[] hex(String... values) {
        BigInteger[] out = new BigInteger[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = new BigInteger(values[i], 16);
        }
        return out;
    }
}
