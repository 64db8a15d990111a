package com.alvh.workbench.defi;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;

import java.math.BigInteger;

/** jqwik properties of the AMM maths over random pools and trades. */
class AmmPropertiesTest {

    /** Uniswap v2: k grows over any swap (fee), and the output never reaches the reserve. */
    @Property(seed = "20240501", tries = 300)
    void v2KGrowsOverAnySwap(@ForAll @LongRange(min = 1_000_000L, max = Long.MAX_VALUE / 4) long r0,
                             @ForAll @LongRange(min = 1_000_000L, max = Long.MAX_VALUE / 4) long r1,
                             @ForAll @LongRange(min = 1_000L, max = Long.MAX_VALUE / 4) long in) {
        BigInteger x = BigInteger.valueOf(r0);
        BigInteger y = BigInteger.valueOf(r1);
        BigInteger a = BigInteger.valueOf(in);
        BigInteger out = UniswapV2Math.getAmountOut(a, x, y);
        assert out.compareTo(y) < 0;
        assert x.add(a).multiply(y.subtract(out)).compareTo(x.multiply(y)) >= 0;
    }

    /** Uniswap v3: sqrt price is strictly increasing in the tick and tickAtSqrtRatio inverts it. */
    @Property(seed = "20240501", tries = 300)
    void v3TickRoundTrip(@ForAll @IntRange(min = -887271, max = 887271) int tick) {
        BigInteger s = UniswapV3Math.sqrtRatioAtTick(tick);
        BigInteger s1 = UniswapV3Math.sqrtRatioAtTick(tick + 1);
        assert s1.compareTo(s) > 0;
        assert UniswapV3Math.tickAtSqrtRatio(s) == tick;
        assert UniswapV3Math.tickAtSqrtRatio(s1.subtract(BigInteger.ONE)) == tick;
    }

    /** Concentrated liquidity: value is concave, non-decreasing, and below holding the deposit. */
    @Property(seed = "20240501", tries = 500)
    void v3ValueIsConcaveAndBelowHold(@ForAll @DoubleRange(min = 100, max = 10000) double pa,
                                      @ForAll @DoubleRange(min = 1.01, max = 5) double width,
                                      @ForAll @DoubleRange(min = 0.2, max = 5) double m0,
                                      @ForAll @DoubleRange(min = 0.2, max = 5) double m1) {
        double pb = pa * width;
        double p0 = pa * m0;
        double p1 = pa * m1;
        double il = ConcentratedLiquidity.impermanentLoss(p0, p1, pa, pb);
        assert il <= 1e-12 : "IL must be <= 0, was " + il;
        double lo = Math.min(p0, p1);
        double hi = Math.max(p0, p1);
        double mid = 0.5 * (lo + hi);
        double vMid = ConcentratedLiquidity.value(1, mid, pa, pb);
        double chord = 0.5 * (ConcentratedLiquidity.value(1, lo, pa, pb) + ConcentratedLiquidity.value(1, hi, pa, pb));
        assert vMid >= chord - 1e-9 * vMid : "concavity";
        assert ConcentratedLiquidity.value(1, hi, pa, pb) >= ConcentratedLiquidity.value(1, lo, pa, pb) - 1e-12;
        double strip = ConcentratedLiquidity.putStripValue(1, p1, pa, pb);
        double v = ConcentratedLiquidity.value(1, p1, pa, pb);
        assert Math.abs(strip - v) <= 1e-9 * v : "put strip " + strip + " vs " + v;
    }

    /** StableSwap: a swap with fee never lowers the invariant, and a round trip loses. */
    @Property(seed = "20240501", tries = 200)
    void stableSwapInvariantNeverFalls(@ForAll @DoubleRange(min = 1e5, max = 1e8) double x0,
                                       @ForAll @DoubleRange(min = 1e5, max = 1e8) double x1,
                                       @ForAll @DoubleRange(min = 1, max = 5000) double amp,
                                       @ForAll @Scale(6) @DoubleRange(min = 1e-4, max = 0.5) double frac) {
        double[] x = {x0, x1};
        double d0 = StableSwap.invariant(x, amp);
        double dx = frac * x0;
        double dy = StableSwap.amountOut(0, 1, dx, x, amp, 4e-4);
        double[] after = {x0 + dx, x1 - dy};
        double d1 = StableSwap.invariant(after, amp);
        assert d1 >= d0 * (1 - 1e-12) : "D fell " + d0 + " -> " + d1;
        double back = StableSwap.amountOut(1, 0, dy, after, amp, 4e-4);
        assert back <= dx * (1 + 1e-12) : "round trip gained";
    }

    /** Curve integers: single-sided deposit then one-coin withdrawal of the minted LP never returns more. */
    @Property(seed = "20240501", tries = 60)
    void curveDepositWithdrawNeverGains(@ForAll @LongRange(min = 1_000_000L, max = 1_000_000_000L) long b0,
                                        @ForAll @LongRange(min = 1_000_000L, max = 1_000_000_000L) long b1,
                                        @ForAll @LongRange(min = 1L, max = 100_000_000L) long dep,
                                        @ForAll @IntRange(min = 1, max = 5000) int a) {
        BigInteger e18 = BigInteger.TEN.pow(18);
        BigInteger[] bal = {BigInteger.valueOf(b0).multiply(e18), BigInteger.valueOf(b1).multiply(e18)};
        BigInteger[] pmul = {BigInteger.ONE, BigInteger.ONE};
        Amplification amp = Amplification.of(a);
        BigInteger fee = BigInteger.valueOf(4_000_000);
        BigInteger supply = CurveStableSwapMath.getD(bal, amp);
        BigInteger amount = BigInteger.valueOf(dep).multiply(e18);
        CurveStableSwapMath.Deposit d = CurveStableSwapMath.addLiquidity(new BigInteger[]{amount, BigInteger.ZERO}, bal, pmul,
                supply, amp, fee);
        BigInteger[] nb = {bal[0].add(amount).subtract(d.fees()[0].divide(BigInteger.TWO)), bal[1].subtract(d.fees()[1].divide(BigInteger.TWO))};
        BigInteger[] out = CurveStableSwapMath.withdrawOneCoin(d.minted(), 0, nb, pmul, supply.add(d.minted()), amp, fee);
        assert out[0].compareTo(amount) <= 0 : "deposit " + amount + " withdrew " + out[0];
    }
}
