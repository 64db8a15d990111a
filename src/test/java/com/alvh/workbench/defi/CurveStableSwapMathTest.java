package com.alvh.workbench.defi;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Curve StableSwap integer maths against the Python transcription of
 * curvefi/curve-contract SwapTemplateBase.vy @ 94eb629 (tools/curve_stableswap_reference.py).
 */
class CurveStableSwapMathTest {

    private static BigInteger amp(Vectors.Row r) {
        return BigInteger.valueOf(r.i("A")).multiply(CurveStableSwapMath.A_PRECISION);
    }

    @Test
    void invariantAndVirtualPriceMatch() {
        List<Vectors.Row> rows = Vectors.read("curve_get_d.csv");
        assertEquals(40, rows.size());
        for (Vectors.Row r : rows) {
            BigInteger[] xp = CurveStableSwapMath.xp(r.bigs("balances"), r.bigs("precision_mul"));
            assertEquals(r.big("D"), CurveStableSwapMath.getD(xp, amp(r)), r.cells().toString());
            assertEquals(r.big("virtual_price"), CurveStableSwapMath.virtualPrice(r.bigs("balances"), r.bigs("precision_mul"),
                    r.big("supply"), amp(r)));
        }
    }

    @Test
    void exchangesMatch() {
        List<Vectors.Row> rows = Vectors.read("curve_get_dy.csv");
        assertTrue(rows.size() >= 150);
        for (Vectors.Row r : rows) {
            assertEquals(r.big("dy"), CurveStableSwapMath.getDy(r.i("i"), r.i("j"), r.big("dx"), r.bigs("balances"),
                    r.bigs("precision_mul"), amp(r), r.big("fee")), r.cells().toString());
        }
    }

    @Test
    void singleSidedAndMixedDepositsMatch() {
        List<Vectors.Row> rows = Vectors.read("curve_add_liquidity.csv");
        assertTrue(rows.size() >= 100);
        for (Vectors.Row r : rows) {
            CurveStableSwapMath.Deposit d = CurveStableSwapMath.addLiquidity(r.bigs("amounts"), r.bigs("balances"),
                    r.bigs("precision_mul"), r.big("supply"), amp(r), r.big("fee"));
            assertEquals(r.big("mint"), d.minted(), r.cells().toString());
            assertArrayEquals(r.bigs("fees"), d.fees());
        }
    }

    @Test
    void oneCoinWithdrawalsMatch() {
        List<Vectors.Row> rows = Vectors.read("curve_remove_one_coin.csv");
        assertTrue(rows.size() >= 100);
        for (Vectors.Row r : rows) {
            BigInteger[] out = CurveStableSwapMath.withdrawOneCoin(r.big("burn"), r.i("i"), r.bigs("balances"),
                    r.bigs("precision_mul"), r.big("supply"), amp(r), r.big("fee"));
            assertEquals(r.big("dy"), out[0], r.cells().toString());
            assertEquals(r.big("dy_fee"), out[1], r.cells().toString());
        }
    }

    /** The invariant does not fall across swaps: the fee stays in the pool, so D grows. */
    @Test
    void invariantGrowsAcrossSwapsWithFee() {
        BigInteger[] pmul = {BigInteger.ONE, BigInteger.TEN.pow(12)};
        BigInteger[] bal = {new BigInteger("50000000000000000000000000"), new BigInteger("30000000000000")};
        BigInteger amp = BigInteger.valueOf(200 * 100);
        BigInteger fee = BigInteger.valueOf(4_000_000);
        BigInteger d = CurveStableSwapMath.getD(CurveStableSwapMath.xp(bal, pmul), amp);
        for (int s = 0; s < 50; s++) {
            int i = s % 2;
            int j = 1 - i;
            BigInteger dx = bal[i].divide(BigInteger.valueOf(5 + s));
            BigInteger dy = CurveStableSwapMath.getDy(i, j, dx, bal, pmul, amp, fee);
            bal[i] = bal[i].add(dx);
            bal[j] = bal[j].subtract(dy);
            BigInteger d1 = CurveStableSwapMath.getD(CurveStableSwapMath.xp(bal, pmul), amp);
            assertTrue(d1.compareTo(d) > 0, "D must grow at swap " + s + ": " + d + " -> " + d1);
            d = d1;
        }
    }

    /** Doubles agree with the contract's integers to 1e-12 relative. */
    @Test
    void doubleInvariantAgreesWithIntegers() {
        for (Vectors.Row r : Vectors.read("curve_get_d.csv")) {
            BigInteger[] xp = CurveStableSwapMath.xp(r.bigs("balances"), r.bigs("precision_mul"));
            double[] x = new double[xp.length];
            for (int k = 0; k < x.length; k++) {
                x[k] = xp[k].doubleValue() / 1e18;
            }
            double d = StableSwap.invariant(x, r.i("A"));
            assertEquals(r.big("D").doubleValue() / 1e18, d, 1e-12 * d);
        }
    }
}
