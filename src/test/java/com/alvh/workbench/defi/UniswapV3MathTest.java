package com.alvh.workbench.defi;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Uniswap v3 integer maths against @uniswap/v3-sdk 3.31.5 (tools/uniswap_reference_vectors.sh). */
class UniswapV3MathTest {

    @Test
    void tickMathMatchesTheSdk() {
        List<Vectors.Row> rows = Vectors.read("uniswap_v3_ticks.csv");
        assertTrue(rows.size() >= 100);
        for (Vectors.Row r : rows) {
            if (r.s("kind").equals("at_tick")) {
                assertEquals(r.big("sqrt_ratio_x96"), UniswapV3Math.sqrtRatioAtTick(r.i("tick")), "tick " + r.i("tick"));
            } else {
                assertEquals(r.i("tick"), UniswapV3Math.tickAtSqrtRatio(r.big("sqrt_ratio_x96")), r.s("sqrt_ratio_x96"));
            }
        }
    }

    @Test
    void tickBoundsAreTheContractConstants() {
        assertEquals(UniswapV3Math.MIN_SQRT_RATIO, UniswapV3Math.sqrtRatioAtTick(UniswapV3Math.MIN_TICK));
        assertEquals(UniswapV3Math.MAX_SQRT_RATIO, UniswapV3Math.sqrtRatioAtTick(UniswapV3Math.MAX_TICK));
        assertEquals(UniswapV3Math.Q96, UniswapV3Math.sqrtRatioAtTick(0));
    }

    @Test
    void amountDeltasMatchTheSdk() {
        for (Vectors.Row r : Vectors.read("uniswap_v3_deltas.csv")) {
            BigInteger a = r.big("sqrt_a_x96");
            BigInteger b = r.big("sqrt_b_x96");
            BigInteger l = r.big("liquidity");
            assertEquals(r.big("amount0_down"), UniswapV3Math.amount0Delta(a, b, l, false));
            assertEquals(r.big("amount0_up"), UniswapV3Math.amount0Delta(b, a, l, true));
            assertEquals(r.big("amount1_down"), UniswapV3Math.amount1Delta(a, b, l, false));
            assertEquals(r.big("amount1_up"), UniswapV3Math.amount1Delta(a, b, l, true));
        }
    }

    @Test
    void positionsMatchTheSdk() {
        List<Vectors.Row> rows = Vectors.read("uniswap_v3_positions.csv");
        assertTrue(rows.size() >= 40);
        for (Vectors.Row r : rows) {
            BigInteger sqrtP = r.big("sqrt_price_x96");
            int tick = r.i("tick_current");
            assertEquals(tick, UniswapV3Math.tickAtSqrtRatio(sqrtP));
            int lo = r.i("tick_lower");
            int hi = r.i("tick_upper");
            BigInteger l = UniswapV3Math.liquidityForAmounts(sqrtP, UniswapV3Math.sqrtRatioAtTick(lo),
                    UniswapV3Math.sqrtRatioAtTick(hi), r.big("amount0_desired"), r.big("amount1_desired"));
            assertEquals(r.big("liquidity"), l, r.cells().toString());
            BigInteger[] burn = UniswapV3Math.positionAmounts(sqrtP, tick, lo, hi, l, false);
            BigInteger[] mint = UniswapV3Math.positionAmounts(sqrtP, tick, lo, hi, l, true);
            assertEquals(r.big("amount0"), burn[0]);
            assertEquals(r.big("amount1"), burn[1]);
            assertEquals(r.big("mint_amount0"), mint[0]);
            assertEquals(r.big("mint_amount1"), mint[1]);
            // Never asks for more than was offered.
            assertTrue(mint[0].compareTo(r.big("amount0_desired")) <= 0 || burn[0].signum() == 0 && mint[0].signum() == 0);
        }
    }

    @Test
    void swapStepsMatchTheSdk() {
        List<Vectors.Row> rows = Vectors.read("uniswap_v3_swap_steps.csv");
        assertTrue(rows.size() >= 50);
        for (Vectors.Row r : rows) {
            UniswapV3Math.SwapStep s = UniswapV3Math.computeSwapStep(r.big("sqrt_current_x96"), r.big("sqrt_target_x96"),
                    r.big("liquidity"), r.big("amount_remaining"), r.i("fee_pips"));
            String where = r.cells().toString();
            assertEquals(r.big("sqrt_next_x96"), s.sqrtNext(), where);
            assertEquals(r.big("amount_in"), s.amountIn(), where);
            assertEquals(r.big("amount_out"), s.amountOut(), where);
            assertEquals(r.big("fee_amount"), s.feeAmount(), where);
        }
    }

    /** The integer position amounts and the double formulas agree to rounding. */
    @Test
    void integerAndDoublePositionsAgree() {
        int lo = -600;
        int hi = 1200;
        BigInteger sqrtP = UniswapV3Math.sqrtRatioAtTick(300).add(BigInteger.valueOf(12345));
        BigInteger l = new BigInteger("1000000000000000000000");
        BigInteger[] amts = UniswapV3Math.positionAmounts(sqrtP, 300, lo, hi, l, false);
        double p = Math.pow(sqrtP.doubleValue() / UniswapV3Math.Q96.doubleValue(), 2);
        double pa = Math.pow(1.0001, lo);
        double pb = Math.pow(1.0001, hi);
        assertEquals(amts[0].doubleValue(), ConcentratedLiquidity.amount0(l.doubleValue(), p, pa, pb), 1e-9 * amts[0].doubleValue());
        assertEquals(amts[1].doubleValue(), ConcentratedLiquidity.amount1(l.doubleValue(), p, pa, pb), 1e-9 * amts[1].doubleValue());
    }
}
