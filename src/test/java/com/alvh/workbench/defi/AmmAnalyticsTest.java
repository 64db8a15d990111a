package com.alvh.workbench.defi;

import com.alvh.workbench.math.GaussLegendre;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Identities of the double AMM analytics: closed forms, continuity at range edges, finite differences. */
class AmmAnalyticsTest {

    private static final double TOL = 1e-12;

    /** Published value: a 2x price move costs a 50/50 constant-product LP 5.72 % (2 sqrt 2 / 3 - 1). */
    @Test
    void constantProductImpermanentLossClosedForm() {
        assertEquals(-0.0571909584179366, ConstantProduct.impermanentLoss(2.0), TOL);
        assertEquals(-0.2, ConstantProduct.impermanentLoss(4.0), TOL); // 2*2/5 - 1
        assertEquals(0.0, ConstantProduct.impermanentLoss(1.0), TOL);
        // Direct: LP value over hold value.
        double l = 1000;
        double p0 = 2000;
        double p1 = 2900;
        double hold = ConstantProduct.reserve0(l, p0) * p1 + ConstantProduct.reserve1(l, p0);
        assertEquals(ConstantProduct.value(l, p1) / hold - 1.0, ConstantProduct.impermanentLoss(p1 / p0), TOL);
    }

    /** The double swap formula equals the integer contract's to rounding. */
    @Test
    void constantProductSwapAgreesWithContract() {
        double out = ConstantProduct.amountOut(1e18, 1e21, 1e21, ConstantProduct.V2_FEE);
        assertEquals(996006981039903216.0, out, 1.0e3); // uniswap_v2_swaps.csv row 1
    }

    /** A range wide enough to cover all prices reduces to constant product. */
    @Test
    void fullRangeIsConstantProduct() {
        double l = 500;
        for (double p : new double[]{0.5, 1, 1700, 3000}) {
            assertEquals(ConstantProduct.value(l, p), ConcentratedLiquidity.value(l, p, 1e-30, 1e30), 1e-9 * ConstantProduct.value(l, p));
        }
        assertEquals(ConstantProduct.impermanentLoss(1.5), ConcentratedLiquidity.impermanentLoss(2000, 3000, 1e-30, 1e30), 1e-9);
    }

    @Test
    void valueIsContinuousAtRangeEdges() {
        double l = 1234.5;
        double pa = 1500;
        double pb = 2500;
        double eps = 1e-9;
        // Across a gap of 2 eps P the value may move by at most |delta| x gap (delta <= L/sqrt(Pa) ~ 32 here).
        double gapA = 2 * eps * pa * ConcentratedLiquidity.amount0(l, pa, pa, pb);
        assertEquals(ConcentratedLiquidity.value(l, pa * (1 - eps), pa, pb), ConcentratedLiquidity.value(l, pa * (1 + eps), pa, pb), 1.01 * gapA + 1e-9);
        assertEquals(ConcentratedLiquidity.value(l, pb * (1 - eps), pa, pb), ConcentratedLiquidity.value(l, pb * (1 + eps), pa, pb), 1e-9);
        // At the edges the position is all one token.
        assertEquals(0.0, ConcentratedLiquidity.amount1(l, pa, pa, pb), TOL);
        assertEquals(0.0, ConcentratedLiquidity.amount0(l, pb, pa, pb), TOL);
        // Delta (dV/dP) is continuous too: it equals the token-0 amount.
        double h = 1e-3;
        for (double p : new double[]{1000, pa, 1800, 2000, pb, 4000}) {
            double fd = (ConcentratedLiquidity.value(l, p + h, pa, pb) - ConcentratedLiquidity.value(l, p - h, pa, pb)) / (2 * h);
            // At a kink of V'' the central difference is off by at most h |jump V''| / 4 = h L / (8 P^1.5).
            assertEquals(ConcentratedLiquidity.amount0(l, p, pa, pb), fd, 1e-8 + h * l / (8 * Math.pow(p, 1.5)), "delta at " + p);
        }
    }

    @Test
    void gammaInsideTheRangeIsMinusLOverTwoPToTheThreeHalves() {
        double l = 800;
        double pa = 1500;
        double pb = 2500;
        double p = 2100;
        double h = 0.5;
        double fd = (ConcentratedLiquidity.value(l, p + h, pa, pb) - 2 * ConcentratedLiquidity.value(l, p, pa, pb)
                + ConcentratedLiquidity.value(l, p - h, pa, pb)) / (h * h);
        assertEquals(-l / (2 * Math.pow(p, 1.5)), fd, 1e-6);
    }

    @Test
    void liquidityFromAmountsRoundTrips() {
        double pa = 1500;
        double pb = 2500;
        double p = 1900;
        double l = 321.0;
        double x = ConcentratedLiquidity.amount0(l, p, pa, pb);
        double y = ConcentratedLiquidity.amount1(l, p, pa, pb);
        assertEquals(l, ConcentratedLiquidity.liquidity(x, y, p, pa, pb), 1e-9 * l);
        // With extra token 1, the token-0 side binds.
        assertEquals(l, ConcentratedLiquidity.liquidity(x, 10 * y, p, pa, pb), 1e-9 * l);
        assertEquals(1e6, ConcentratedLiquidity.value(ConcentratedLiquidity.liquidityForValue(1e6, p, pa, pb), p, pa, pb), 1e-6);
    }

    /** Short-put equivalence: V(P) = V(Pb) - int L/(2K^1.5)(K-P)^+ dK, at prices below, inside and above the range. */
    @Test
    void positionIsCashMinusAStripOfShortPuts() {
        double l = 1000;
        double pa = 1600;
        double pb = 2400;
        GaussLegendre gl = GaussLegendre.of(32);
        for (double p : new double[]{500, 1600, 1700, 2000, 2399, 2400, 3000}) {
            double closed = ConcentratedLiquidity.putStripValue(l, p, pa, pb);
            double quad = l * (Math.sqrt(pb) - Math.sqrt(pa))
                    - gl.integrate(k -> l / (2 * Math.pow(k, 1.5)) * Math.max(k - p, 0.0), Math.max(pa, Math.min(p, pb)), pb);
            double v = ConcentratedLiquidity.value(l, p, pa, pb);
            assertEquals(v, closed, 1e-9 * v, "closed form at " + p);
            assertEquals(v, quad, 1e-8 * v, "quadrature at " + p);
        }
        // Discrete strip converges at second order in the number of strikes.
        double[][] strip = ConcentratedLiquidity.putStrip(l, pa, pb, 400);
        double p = 1850;
        double rep = l * (Math.sqrt(pb) - Math.sqrt(pa));
        double total = 0;
        for (int i = 0; i < strip[0].length; i++) {
            rep -= strip[1][i] * Math.max(strip[0][i] - p, 0.0);
            total += strip[1][i];
        }
        assertEquals(ConcentratedLiquidity.value(l, p, pa, pb), rep, 1e-3);
        // Total puts = token 0 held at the lower edge.
        assertEquals(ConcentratedLiquidity.amount0(l, pa, pa, pb), total, 1e-9);
    }

    @Test
    void impermanentLossIsNonPositiveAndLargerForNarrowerRanges() {
        double p0 = 2000;
        for (double p1 : new double[]{1000, 1500, 1900, 2100, 2600, 4000}) {
            double wide = ConcentratedLiquidity.impermanentLoss(p0, p1, 1000, 4000);
            double narrow = ConcentratedLiquidity.impermanentLoss(p0, p1, 1800, 2200);
            assertTrue(wide <= 1e-15 && narrow <= 1e-15);
            assertTrue(narrow <= wide + 1e-12, "narrower range loses more at " + p1);
        }
    }

    @Test
    void feesAccrueOnlyInRangeByShare() {
        assertEquals(0.003 * 1e6 * 0.25, ConcentratedLiquidity.feeIncome(1e6, 0.003, 1, 3, 2000, 1500, 2500), TOL);
        assertEquals(0.0, ConcentratedLiquidity.feeIncome(1e6, 0.003, 1, 3, 2600, 1500, 2500), TOL);
        assertEquals(0.0, ConcentratedLiquidity.feeIncome(1e6, 0.003, 1, 3, 1400, 1500, 2500), TOL);
    }

    // ---- StableSwap ----

    @Test
    void balancedPoolHasDEqualToSumAndParPrices() {
        double[] x = {1e6, 1e6, 1e6};
        assertEquals(3e6, StableSwap.invariant(x, 2000), 1e-6);
        assertEquals(1.0, StableSwap.marginalPrice(x, 2000, 1, 0), TOL);
    }

    /** The marginal price equals minus the slope of the invariant curve: check by a tiny swap without fee. */
    @Test
    void marginalPriceMatchesFiniteDifference() {
        double[] x = {3e6, 1e6};
        for (double amp : new double[]{10, 100, 2000}) {
            // Central difference of x0 along the invariant curve as x1 moves by +-h.
            double d = StableSwap.invariant(x, amp);
            double h = 10; // truncation O(h^2 / x^2) ~ 1e-10, rounding ~ 1e-11
            double up = StableSwap.balanceFor(0, new double[]{0, x[1] + h}, d, amp);
            double down = StableSwap.balanceFor(0, new double[]{0, x[1] - h}, d, amp);
            assertEquals(StableSwap.marginalPrice(x, amp, 1, 0), (down - up) / (2 * h), 1e-9, "A = " + amp);
        }
    }

    @Test
    void depegRebalancesThePoolAndLpLosesLessThanTheDepeg() {
        double amp = 200;
        double p = 0.9;
        double[] x = StableSwap.depegBalances(1.0, amp, p);
        assertEquals(p, StableSwap.marginalPrice(x, amp, 1, 0), 1e-9);
        assertEquals(1.0, StableSwap.invariant(x, amp), 1e-9);
        assertTrue(x[1] > 0.8, "the depegged coin fills the pool: " + x[1]);
        double v = StableSwap.valuePerD(amp, p);
        assertTrue(v < 1.0 && v > p, "value per D " + v);
        // Higher A: the pool absorbs more of the bad coin, so the LP loses more.
        assertTrue(StableSwap.valuePerD(2000, p) < StableSwap.valuePerD(20, p));
        // At par nothing changes.
        assertEquals(1.0, StableSwap.valuePerD(amp, 1.0), 1e-9);
    }

    /** Deep depegs: the pool holds more than D of the bad coin and the LP keeps next to nothing. */
    @Test
    void deepDepegsPushTheBadCoinPastTheInvariant() {
        for (double amp : new double[] {1, 20, 200, 2000}) {
            for (double p : new double[] {0.3, 0.05, 0.0064, 1e-4}) {
                double[] x = StableSwap.depegBalances(1.0, amp, p);
                assertEquals(p, StableSwap.marginalPrice(x, amp, 1, 0), 1e-9 * p + 1e-12, "A " + amp + ", p " + p);
                assertEquals(1.0, StableSwap.invariant(x, amp), 1e-9);
            }
            // v(p) -> 0 as p -> 0: at p = 0.05 the LP keeps less than 15 % (A = 1: 13 %), at 1e-4 less than
            // 0.5 % (A = 1: 0.21 %). Capping x1 at D had kept 2.4 % + p at A = 200 and 18 % + p at A = 1.
            assertTrue(StableSwap.valuePerD(amp, 0.05) < 0.15, "A " + amp + ": " + StableSwap.valuePerD(amp, 0.05));
            assertTrue(StableSwap.valuePerD(amp, 1e-4) < 0.005, "A " + amp + ": " + StableSwap.valuePerD(amp, 1e-4));
        }
    }

    /** The double swap agrees with the contract integer swap (fee 0.04 %). */
    @Test
    void doubleSwapAgreesWithContract() {
        java.math.BigInteger[] bal = {new java.math.BigInteger("40000000000000000000000000"), new java.math.BigInteger("10000000000000000000000000")};
        java.math.BigInteger[] pmul = {java.math.BigInteger.ONE, java.math.BigInteger.ONE};
        java.math.BigInteger dx = new java.math.BigInteger("1000000000000000000000000");
        java.math.BigInteger dy = CurveStableSwapMath.getDy(0, 1, dx, bal, pmul, Amplification.of(100),
                java.math.BigInteger.valueOf(4_000_000));
        double dyD = StableSwap.amountOut(0, 1, 1e6, new double[]{4e7, 1e7}, 100, 4e-4);
        assertEquals(dy.doubleValue() / 1e18, dyD, 1e-9 * dyD);
    }
}
