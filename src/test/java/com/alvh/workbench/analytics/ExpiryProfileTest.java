package com.alvh.workbench.analytics;

import com.alvh.workbench.pricing.OptionType;
import com.alvh.workbench.product.IronCondor;
import com.alvh.workbench.product.MultiLegStrategy;
import com.alvh.workbench.product.OptionLeg;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExpiryProfileTest {

    /** USD; P&amp;L values are sums of a few products of exact-ish doubles of order 10^5. */
    private static final double USD_TOL = 1e-7;
    private static final double POINT_TOL = 1e-9;
    private static final double T = 45.0 / 365.0;

    @Test
    void condorByHand() {
        // 2 condors 4800/4900/5100/5200 sold for 20 points each: credit 2 x 100 x 20 = 4,000 USD.
        IronCondor c = IronCondor.ofStrikes(4800, 4900, 5100, 5200, T, 2);
        ExpiryProfile p = new ExpiryProfile(c, -4000.0);
        assertThat(p.maxProfit()).isCloseTo(4000.0, within(USD_TOL));
        // widest wing 100 points x 2 x 100 = 20,000, less the credit
        assertThat(p.maxLoss()).isCloseTo(16000.0, within(USD_TOL));
        // break-evens: short strikes moved out by the credit per unit, 20 points
        assertThat(p.breakEvens()).containsExactly(new double[] {4880.0, 5120.0}, within(POINT_TOL));
        assertThat(p.pnl(5000.0)).isCloseTo(4000.0, within(USD_TOL));
        assertThat(p.pnl(4850.0)).isCloseTo(4000.0 - 50.0 * 200.0, within(USD_TOL));
        assertThat(p.pnl(4000.0)).isCloseTo(-16000.0, within(USD_TOL));
        assertThat(p.pnl(9000.0)).isCloseTo(-16000.0, within(USD_TOL));
        assertThat(p.tailSlope()).isZero();
    }

    @Test
    void unequalWingsLoseTheWiderWing() {
        // 1 condor 4600/4900/5100/5150 for 30 points: put wing 300, call wing 50.
        IronCondor c = IronCondor.ofStrikes(4600, 4900, 5100, 5150, T, 1);
        ExpiryProfile p = new ExpiryProfile(c, -3000.0);
        assertThat(p.maxLoss()).isCloseTo(300.0 * 100.0 - 3000.0, within(USD_TOL));
        assertThat(p.pnl(6000.0)).isCloseTo(3000.0 - 50.0 * 100.0, within(USD_TOL));
        assertThat(p.breakEvens()).containsExactly(new double[] {4870.0, 5130.0}, within(POINT_TOL));
    }

    @Test
    void unboundedStrategiesReportInfinity() {
        MultiLegStrategy shortCall = MultiLegStrategy.of("short call", OptionLeg.spx(OptionType.CALL, 5000, T, -1));
        ExpiryProfile p = new ExpiryProfile(shortCall, -5000.0);
        assertThat(p.maxLoss()).isInfinite();
        assertThat(p.maxProfit()).isCloseTo(5000.0, within(USD_TOL));
        assertThat(p.breakEvens()).containsExactly(new double[] {5050.0}, within(POINT_TOL));
        MultiLegStrategy longCall = MultiLegStrategy.of("long call", OptionLeg.spx(OptionType.CALL, 5000, T, 1));
        assertThat(new ExpiryProfile(longCall, 5000.0).maxProfit()).isInfinite();
        MultiLegStrategy longPut = MultiLegStrategy.of("long put", OptionLeg.spx(OptionType.PUT, 5000, T, 1));
        ExpiryProfile put = new ExpiryProfile(longPut, 5000.0);
        // a put is worth at most K at S_T = 0
        assertThat(put.maxProfit()).isCloseTo(5000.0 * 100.0 - 5000.0, within(USD_TOL));
        assertThat(put.breakEvens()).containsExactly(new double[] {4950.0}, within(POINT_TOL));
    }

    @Test
    void probabilityOfProfitAddsTheProfitableIntervals() {
        IronCondor c = IronCondor.ofStrikes(4800, 4900, 5100, 5200, T, 2);
        ExpiryProfile p = new ExpiryProfile(c, -4000.0);
        // a made-up distribution: P(S_T > K) = 1 - K/10000 (uniform on [0, 10000])
        double pop = p.probabilityOfProfit(k -> Math.max(0.0, 1.0 - k / 10000.0));
        assertThat(pop).isCloseTo((5120.0 - 4880.0) / 10000.0, within(1e-12));
    }

    @Property(tries = 500)
    void ironCondorPnlIsBoundedByMaxLossAndMaxProfit(@ForAll("condors") IronCondor condor,
                                                     @ForAll @DoubleRange(min = 0.0, max = 1.0) double creditFraction,
                                                     @ForAll @DoubleRange(min = 1.0, max = 20000.0) double settlement) {
        double widest = Math.max(condor.putWingWidth(), condor.callWingWidth());
        double credit = creditFraction * widest * condor.contracts() * condor.multiplier();
        ExpiryProfile p = new ExpiryProfile(condor, -credit);
        double pnl = p.pnl(settlement);
        double slack = 1e-9 * (1.0 + widest * condor.contracts() * condor.multiplier());
        assertThat(pnl).isBetween(-p.maxLoss() - slack, p.maxProfit() + slack);
        assertThat(p.maxProfit()).isCloseTo(credit, within(slack));
        assertThat(p.maxLoss()).isCloseTo(widest * condor.contracts() * condor.multiplier() - credit, within(slack));
        // flat at the credit between the short strikes
        double inside = 0.5 * (condor.shortPutStrike() + condor.shortCallStrike());
        assertThat(p.pnl(inside)).isCloseTo(credit, within(slack));
    }

    @Property(tries = 300)
    void extremesAreAttainedAndBreakEvensAreZeros(@ForAll("strategies") MultiLegStrategy strategy,
                                                   @ForAll @DoubleRange(min = -50000, max = 50000) double entry) {
        ExpiryProfile p = new ExpiryProfile(strategy, entry);
        double scale = 1.0 + Math.abs(entry) + strategy.legs().stream()
                .mapToDouble(l -> Math.abs(l.scale()) * l.strike()).sum();
        double slack = 1e-9 * scale;
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (double s = 0.0; s <= 15000.0; s += 5.0) {
            double v = p.pnl(s);
            max = Math.max(max, v);
            min = Math.min(min, v);
            assertThat(v).isLessThanOrEqualTo(p.maxProfit() + slack).isGreaterThanOrEqualTo(-p.maxLoss() - slack);
        }
        // strikes are on the 5-point grid used above, so finite extremes are attained on it
        if (Double.isFinite(p.maxProfit())) {
            assertThat(max).isCloseTo(p.maxProfit(), within(slack));
        }
        if (Double.isFinite(p.maxLoss())) {
            assertThat(-min).isCloseTo(p.maxLoss(), within(slack));
        }
        for (double be : p.breakEvens()) {
            assertThat(p.pnl(be)).isCloseTo(0.0, within(slack));
        }
    }

    @Provide
    Arbitrary<IronCondor> condors() {
        Arbitrary<Integer> base = Arbitraries.integers().between(200, 1600);
        Arbitrary<Integer> gap = Arbitraries.integers().between(1, 100);
        Arbitrary<Integer> mid = Arbitraries.integers().between(0, 100);
        Arbitrary<Integer> n = Arbitraries.integers().between(1, 50);
        return Combinators.combine(base, gap, mid, gap, n).as((b, w1, m, w2, contracts) -> {
            double lp = 5.0 * b;
            double sp = lp + 5.0 * w1;
            double sc = sp + 5.0 * m;
            double lc = sc + 5.0 * w2;
            return IronCondor.ofStrikes(lp, sp, sc, lc, T, contracts);
        });
    }

    @Provide
    Arbitrary<MultiLegStrategy> strategies() {
        Arbitrary<OptionLeg> leg = Combinators.combine(
                Arbitraries.of(OptionType.CALL, OptionType.PUT),
                Arbitraries.integers().between(100, 2800),
                Arbitraries.integers().between(-5, 5)).as((type, k, q) -> OptionLeg.spx(type, 5.0 * k, T, q));
        return leg.list().ofMinSize(1).ofMaxSize(6).map(legs -> new MultiLegStrategy("random", new ArrayList<>(legs)));
    }

    @Property(tries = 50)
    void quantityZeroLegsAreHarmless(@ForAll @IntRange(min = 1, max = 10) int n) {
        List<OptionLeg> legs = List.of(OptionLeg.spx(OptionType.CALL, 5000, T, 0), OptionLeg.spx(OptionType.PUT, 4000, T, n));
        ExpiryProfile p = new ExpiryProfile(new MultiLegStrategy("x", legs), 0.0);
        assertThat(p.maxLoss()).isCloseTo(0.0, within(USD_TOL));
        assertThat(p.maxProfit()).isCloseTo(4000.0 * 100.0 * n, within(USD_TOL));
    }
}
