package com.alvh.workbench.defi;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The exact price helpers and the swap across initialised ticks against the official
 * {@code @uniswap/v3-sdk} 3.31.5 ({@code encodeSqrtRatioX96}, {@code tickToPrice},
 * {@code priceToClosestTick}, {@code Pool.swap}); vectors written by
 * {@code tools/uniswap_reference_vectors.sh}, every value compared to the last unit.
 */
class UniswapV3SwapTest {

    @Test
    void priceToSqrtPriceAndTickMatchTheSdk() {
        List<Vectors.Row> rows = Vectors.read("uniswap_v3_prices.csv");
        assertThat(rows).hasSize(106);
        for (Vectors.Row r : rows) {
            BigInteger num = r.big("numerator");
            BigInteger den = r.big("denominator");
            assertThat(UniswapV3Math.tickAtPrice(num, den)).as(r.cells().toString()).isEqualTo(r.i("closest_tick"));
            if (r.s("kind").equals("encode")) {
                assertThat(UniswapV3Math.encodeSqrtRatioX96(num, den)).as(r.cells().toString()).isEqualTo(r.big("sqrt_ratio_x96"));
            }
            if (r.s("kind").equals("tick_price")) {
                int tick = r.i("closest_tick"); // a tick's own price maps back to the tick
                assertThat(UniswapV3Math.priceX192AtTick(tick)).isEqualTo(num);
                assertThat(den).isEqualTo(UniswapV3Math.Q192);
                assertThat(UniswapV3Math.priceAtTick(tick)).isEqualByComparingTo(new BigDecimal(num).divide(new BigDecimal(den)));
            }
        }
    }

    @Test
    void sqrtPriceOfADoubleIsTheExactFloor() {
        // floor(sqrt(2000) 2^96), the SDK's encodeSqrtRatioX96(2000, 1) (first row of the vectors).
        BigInteger expected = new BigInteger("3543191142285914205922034323214");
        assertThat(UniswapV3Math.sqrtPriceX96(2000.0)).isEqualTo(expected);
        // The defining inequalities of the floor: s^2 <= 2000 2^192 < (s + 1)^2.
        BigInteger target = BigInteger.valueOf(2000).shiftLeft(192);
        assertThat(expected.pow(2)).isLessThanOrEqualTo(target);
        assertThat(expected.add(BigInteger.ONE).pow(2)).isGreaterThan(target);
        for (double p : new double[] {1e-30, 0.1, 1.0, 1.0001, 3000.5, 1e30}) {
            BigInteger s = UniswapV3Math.sqrtPriceX96(p);
            BigDecimal scaled = new BigDecimal(p).multiply(new BigDecimal(UniswapV3Math.Q192));
            assertThat(new BigDecimal(s.pow(2))).as("price " + p).isLessThanOrEqualTo(scaled);
            assertThat(new BigDecimal(s.add(BigInteger.ONE).pow(2))).as("price " + p).isGreaterThan(scaled);
        }
        // 1.0 is exactly 2^96.
        assertThat(UniswapV3Math.sqrtPriceX96(1.0)).isEqualTo(UniswapV3Math.Q96);
        assertThat(UniswapV3Math.sqrtPriceX96(new BigDecimal("2000"))).isEqualTo(expected);
    }

    @Test
    void tickAtPriceIsTheGreatestTickAtOrBelowThePrice() {
        for (int t : new int[] {-887271, -200000, -1, 0, 1, 76012, 500000, 887271}) {
            BigDecimal p = UniswapV3Math.priceAtTick(t);
            assertThat(UniswapV3Math.tickAtPrice(p)).isEqualTo(t);
            assertThat(UniswapV3Math.tickAtPrice(p.subtract(p.movePointLeft(40)))).isEqualTo(t - 1); // a hair below
        }
        assertThat(UniswapV3Math.tickAtPrice(new BigDecimal("2000"))).isEqualTo(76012);
        assertThatIllegalArgumentException().isThrownBy(() -> UniswapV3Math.tickAtPrice(BigDecimal.ZERO));
    }

    @Test
    void swapsAcrossInitialisedTicksMatchTheSdk() {
        List<Vectors.Row> rows = Vectors.read("uniswap_v3_swaps.csv");
        assertThat(rows).hasSize(48);
        int crossing = 0;
        for (Vectors.Row r : rows) {
            List<UniswapV3Swap.Tick> ticks = new ArrayList<>();
            for (String t : r.s("ticks").split(" ")) {
                String[] p = t.split(":");
                ticks.add(new UniswapV3Swap.Tick(Integer.parseInt(p[0]), new BigInteger(p[1])));
            }
            UniswapV3Swap.Pool pool = new UniswapV3Swap.Pool(r.i("fee_pips"), r.i("tick_spacing"), r.big("sqrt_price_x96"),
                    r.i("tick"), r.big("liquidity"), ticks);
            boolean zeroForOne = r.i("zero_for_one") == 1;
            BigInteger amount = r.big("amount_specified");
            UniswapV3Swap.Result res = UniswapV3Swap.swap(pool, zeroForOne, amount,
                    r.has("sqrt_price_limit_x96") ? r.big("sqrt_price_limit_x96") : null);
            boolean exactIn = amount.signum() >= 0;
            BigInteger calculated = zeroForOne == exactIn ? res.amount1() : res.amount0();
            String row = r.cells().toString();
            assertThat(calculated).as(row).isEqualTo(r.big("amount_calculated"));
            assertThat(res.pool().sqrtPriceX96()).as(row).isEqualTo(r.big("sqrt_price_after_x96"));
            assertThat(res.pool().liquidity()).as(row).isEqualTo(r.big("liquidity_after"));
            assertThat(res.pool().tick()).as(row).isEqualTo(r.i("tick_after"));
            // The specified side: what was used plus what is left is what was asked.
            BigInteger specified = zeroForOne == exactIn ? res.amount0() : res.amount1();
            assertThat(specified.add(res.amountSpecifiedRemaining())).isEqualTo(amount);
            if (res.ticksCrossed() >= 1 && Math.abs(res.pool().tick()) < UniswapV3Math.MAX_TICK - 1) {
                crossing++;
            }
        }
        assertThat(crossing).as("swaps that cross initialised ticks and stop inside the range").isGreaterThanOrEqualTo(10);
    }

    @Test
    void aSwapWithinOneRangeIsOneSwapStepAndTicksOfPositionsNet() {
        List<UniswapV3Swap.Tick> ticks = UniswapV3Swap.ticksOf(new int[] {-600, -120}, new int[] {600, 120},
                new BigInteger[] {BigInteger.TEN.pow(20), BigInteger.TEN.pow(19)});
        assertThat(ticks).extracting(UniswapV3Swap.Tick::index).containsExactly(-600, -120, 120, 600);
        BigInteger l = BigInteger.TEN.pow(20).add(BigInteger.TEN.pow(19));
        UniswapV3Swap.Pool pool = new UniswapV3Swap.Pool(3000, 60, UniswapV3Math.Q96, 0, l, ticks);
        BigInteger in = BigInteger.TEN.pow(15);
        UniswapV3Swap.Result r = UniswapV3Swap.swap(pool, true, in, null);
        UniswapV3Math.SwapStep step = UniswapV3Math.computeSwapStep(UniswapV3Math.Q96, UniswapV3Math.sqrtRatioAtTick(-120), l, in, 3000);
        assertThat(r.ticksCrossed()).isZero();
        assertThat(r.amount1()).isEqualTo(step.amountOut().negate());
        assertThat(r.pool().sqrtPriceX96()).isEqualTo(step.sqrtNext());
        assertThatIllegalArgumentException().isThrownBy(() -> UniswapV3Swap.swap(pool, true, in, UniswapV3Math.Q96.add(BigInteger.ONE)));
    }
}
