package com.alvh.workbench.defi;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A Uniswap v3 swap across initialised ticks, in the contract's integer arithmetic: the loop of
 * {@code UniswapV3Pool.swap} as the official SDK reproduces it ({@code v3Swap} of
 * {@code @uniswap/v3-sdk} 3.31.5 with a {@code TickListDataProvider}): step to the next initialised
 * tick within one 256-tick word ({@code TickList.nextInitializedTickWithinOneWord}), swap within
 * constant liquidity ({@link UniswapV3Math#computeSwapStep}), cross the tick (add its
 * {@code liquidityNet}, negated when moving left), until the amount is used or the price limit is
 * reached. Protocol fees are off (as in the SDK). Checked against SDK vectors in {@code UniswapV3SwapTest}.
 */
public final class UniswapV3Swap {

    private UniswapV3Swap() {
    }

    /**
     * An initialised tick.
     *
     * @param index the tick (a multiple of the pool's tick spacing)
     * @param liquidityNet liquidity added when the price crosses it moving up (removed moving down)
     */
    public record Tick(int index, BigInteger liquidityNet) {
        public Tick {
            if (liquidityNet == null) {
                throw new IllegalArgumentException("Tick " + index + ": liquidityNet is required");
            }
        }
    }

    /**
     * A pool's state and its initialised ticks.
     *
     * @param feePips fee in pips (3000 = 0.3 %)
     * @param tickSpacing the fee tier's tick spacing (60 for 0.3 %)
     * @param sqrtPriceX96 current sqrt price (Q64.96)
     * @param tick current tick ({@code tickAtSqrtRatio(sqrtPriceX96)}, or one below a boundary reached moving down)
     * @param liquidity in-range liquidity
     * @param ticks the initialised ticks, sorted by index, multiples of the spacing, liquidityNet summing to 0
     */
    public record Pool(int feePips, int tickSpacing, BigInteger sqrtPriceX96, int tick, BigInteger liquidity, List<Tick> ticks) {
        public Pool {
            if (feePips < 0 || feePips >= 1_000_000 || tickSpacing < 1) {
                throw new IllegalArgumentException("fee must be in [0, 1e6) pips and tick spacing >= 1, were " + feePips
                        + " and " + tickSpacing);
            }
            if (sqrtPriceX96.compareTo(UniswapV3Math.sqrtRatioAtTick(tick)) < 0
                    || sqrtPriceX96.compareTo(UniswapV3Math.sqrtRatioAtTick(tick + 1)) > 0) {
                throw new IllegalArgumentException("sqrtPriceX96 " + sqrtPriceX96 + " is not within tick " + tick);
            }
            if (liquidity.signum() < 0) {
                throw new IllegalArgumentException("liquidity must be >= 0, was " + liquidity);
            }
            ticks = List.copyOf(ticks);
            BigInteger net = BigInteger.ZERO;
            for (int k = 0; k < ticks.size(); k++) {
                Tick t = ticks.get(k);
                if (t.index() % tickSpacing != 0 || (k > 0 && ticks.get(k - 1).index() >= t.index())) {
                    throw new IllegalArgumentException("ticks must be sorted multiples of " + tickSpacing + ", found " + t.index());
                }
                net = net.add(t.liquidityNet());
            }
            if (net.signum() != 0) {
                throw new IllegalArgumentException("the ticks' liquidityNet must sum to 0, was " + net);
            }
        }
    }

    /**
     * What a swap did.
     *
     * @param amount0 token 0 the pool received (positive) or paid (negative), fees included
     * @param amount1 token 1 likewise
     * @param amountSpecifiedRemaining what of the specified amount was not used (non-zero when the limit was reached)
     * @param pool the pool after the swap
     * @param ticksCrossed initialised ticks crossed
     */
    public record Result(BigInteger amount0, BigInteger amount1, BigInteger amountSpecifiedRemaining, Pool pool,
                         int ticksCrossed) {
    }

    /**
     * Swaps.
     *
     * @param pool the pool before
     * @param zeroForOne true to sell token 0 (the price falls)
     * @param amountSpecified positive: exact input; negative: exact output (base units)
     * @param sqrtPriceLimitX96 the price the swap may not pass, or null for the extreme ratio
     *     ({@code MIN_SQRT_RATIO + 1} or {@code MAX_SQRT_RATIO - 1}, as the SDK)
     * @return amounts and the pool after
     * @throws IllegalArgumentException if the limit is on the wrong side of the price (the SDK's RATIO_* checks)
     * @throws ArithmeticException if liquidity would become negative
     */
    public static Result swap(Pool pool, boolean zeroForOne, BigInteger amountSpecified, BigInteger sqrtPriceLimitX96) {
        BigInteger limit = sqrtPriceLimitX96 != null ? sqrtPriceLimitX96 : zeroForOne
                ? UniswapV3Math.MIN_SQRT_RATIO.add(BigInteger.ONE) : UniswapV3Math.MAX_SQRT_RATIO.subtract(BigInteger.ONE);
        if (zeroForOne ? limit.compareTo(UniswapV3Math.MIN_SQRT_RATIO) <= 0 || limit.compareTo(pool.sqrtPriceX96()) >= 0
                : limit.compareTo(UniswapV3Math.MAX_SQRT_RATIO) >= 0 || limit.compareTo(pool.sqrtPriceX96()) <= 0) {
            throw new IllegalArgumentException("sqrtPriceLimitX96 " + limit + " is not on the " + (zeroForOne ? "lower" : "upper")
                    + " side of the price " + pool.sqrtPriceX96() + " within the ratio bounds");
        }
        boolean exactInput = amountSpecified.signum() >= 0;
        BigInteger remaining = amountSpecified;
        BigInteger calculated = BigInteger.ZERO;
        BigInteger sqrtP = pool.sqrtPriceX96();
        int tick = pool.tick();
        BigInteger liquidity = pool.liquidity();
        int crossed = 0;
        List<Tick> ticks = pool.ticks();
        while (remaining.signum() != 0 && !sqrtP.equals(limit)) {
            BigInteger start = sqrtP;
            int[] next = nextInitializedTickWithinOneWord(ticks, tick, zeroForOne, pool.tickSpacing());
            int tickNext = Math.max(UniswapV3Math.MIN_TICK, Math.min(UniswapV3Math.MAX_TICK, next[0]));
            boolean initialized = next[1] == 1;
            BigInteger sqrtNext = UniswapV3Math.sqrtRatioAtTick(tickNext);
            BigInteger target = (zeroForOne ? sqrtNext.compareTo(limit) < 0 : sqrtNext.compareTo(limit) > 0) ? limit : sqrtNext;
            UniswapV3Math.SwapStep step = UniswapV3Math.computeSwapStep(sqrtP, target, liquidity, remaining, pool.feePips());
            sqrtP = step.sqrtNext();
            if (exactInput) {
                remaining = remaining.subtract(step.amountIn().add(step.feeAmount()));
                calculated = calculated.subtract(step.amountOut());
            } else {
                remaining = remaining.add(step.amountOut());
                calculated = calculated.add(step.amountIn().add(step.feeAmount()));
            }
            if (sqrtP.equals(sqrtNext)) {
                if (initialized) {
                    BigInteger net = tickAt(ticks, tickNext).liquidityNet();
                    liquidity = liquidity.add(zeroForOne ? net.negate() : net);
                    if (liquidity.signum() < 0) {
                        throw new ArithmeticException("liquidity below zero crossing tick " + tickNext);
                    }
                    crossed++;
                }
                tick = zeroForOne ? tickNext - 1 : tickNext;
            } else if (!sqrtP.equals(start)) {
                tick = UniswapV3Math.tickAtSqrtRatio(sqrtP);
            }
        }
        BigInteger used = amountSpecified.subtract(remaining);
        BigInteger amount0 = zeroForOne == exactInput ? used : calculated;
        BigInteger amount1 = zeroForOne == exactInput ? calculated : used;
        return new Result(amount0, amount1, remaining, new Pool(pool.feePips(), pool.tickSpacing(), sqrtP, tick, liquidity,
                pool.ticks()), crossed);
    }

    /**
     * {@code TickList.nextInitializedTickWithinOneWord}: the next initialised tick at or below
     * ({@code lte}) or above {@code tick}, but not beyond the current 256-tick word of the bitmap.
     *
     * @return {next tick, 1 if initialised else 0}
     */
    static int[] nextInitializedTickWithinOneWord(List<Tick> ticks, int tick, boolean lte, int tickSpacing) {
        int compressed = Math.floorDiv(tick, tickSpacing);
        if (lte) {
            int wordPos = compressed >> 8;
            int minimum = (wordPos << 8) * tickSpacing;
            if (ticks.isEmpty() || tick < ticks.get(0).index()) {
                return new int[] {minimum, 0};
            }
            int index = ticks.get(largestAtOrBelow(ticks, tick)).index();
            int n = Math.max(minimum, index);
            return new int[] {n, n == index ? 1 : 0};
        }
        int wordPos = (compressed + 1) >> 8;
        int maximum = (((wordPos + 1) << 8) - 1) * tickSpacing;
        if (ticks.isEmpty() || tick >= ticks.get(ticks.size() - 1).index()) {
            return new int[] {maximum, 0};
        }
        int index = tick < ticks.get(0).index() ? ticks.get(0).index() : ticks.get(largestAtOrBelow(ticks, tick) + 1).index();
        int n = Math.min(maximum, index);
        return new int[] {n, n == index ? 1 : 0};
    }

    /** Index in {@code ticks} of the largest tick at or below {@code tick} (it must exist). */
    private static int largestAtOrBelow(List<Tick> ticks, int tick) {
        int lo = 0;
        int hi = ticks.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (ticks.get(mid).index() <= tick) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static Tick tickAt(List<Tick> ticks, int index) {
        Tick t = ticks.get(largestAtOrBelow(ticks, index));
        if (t.index() != index) {
            throw new IllegalStateException("tick " + index + " is not initialised");
        }
        return t;
    }

    /**
     * The ticks of a set of positions: {@code +L} at each lower tick, {@code -L} at each upper tick,
     * merged and sorted, ticks whose net is zero dropped (as a pool's bitmap does once they are empty).
     *
     * @param lower lower ticks
     * @param upper upper ticks
     * @param liquidity each position's liquidity
     */
    public static List<Tick> ticksOf(int[] lower, int[] upper, BigInteger[] liquidity) {
        java.util.TreeMap<Integer, BigInteger> net = new java.util.TreeMap<>();
        for (int k = 0; k < lower.length; k++) {
            net.merge(lower[k], liquidity[k], BigInteger::add);
            net.merge(upper[k], liquidity[k].negate(), BigInteger::add);
        }
        List<Tick> out = new ArrayList<>();
        net.forEach((t, l) -> {
            if (l.signum() != 0) {
                out.add(new Tick(t, l));
            }
        });
        return out;
    }
}
