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

    private static Amplification amp(Vectors.Row r) {
        return Amplification.of(r.i("A"));
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
        Amplification amp = Amplification.of(200);
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

    /**
     * One meaning of A: the exact contract arithmetic with {@code Amplification.of(A)} and the double
     * analytics with the same {@code A} solve the same invariant (3pool's A 2000 and a low-A two-coin pool),
     * and {@code A_precise} is the contract's stored value.
     */
    @Test
    void theExactAndTheDoubleStableSwapReadTheSameA() {
        Amplification a = Amplification.of(2000);
        assertEquals(BigInteger.valueOf(200_000), a.precise());
        assertEquals(2000.0, a.a(), 0.0);
        BigInteger e18 = BigInteger.TEN.pow(18);
        for (double[] x : new double[][] {{40e6, 35e6, 25e6}, {9e6, 1e6}}) {
            for (double amp : new double[] {2000, 5}) {
                BigInteger[] xp = new BigInteger[x.length];
                for (int k = 0; k < x.length; k++) {
                    xp[k] = BigInteger.valueOf((long) x[k]).multiply(e18);
                }
                double exact = new java.math.BigDecimal(CurveStableSwapMath.getD(xp, Amplification.of(amp)))
                        .movePointLeft(18).doubleValue();
                assertEquals(exact, StableSwap.invariant(x, Amplification.of(amp).a()), 1e-9 * exact,
                        "A " + amp + ", balances " + java.util.Arrays.toString(x));
            }
        }
    }
}
