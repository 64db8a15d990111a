package com.alvh.workbench.analytics;

import com.alvh.workbench.market.MarketSnapshot;
import com.alvh.workbench.pricing.SkewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ParityCheckTest {

    /** One vol per strike: C - P and S e^{-qT} - K e^{-rT} agree to rounding on prices of order 10^3. */
    private static final double PARITY_TOL = 1e-10;

    @ParameterizedTest
    @ValueSource(doubles = {10.0, 16.0, 35.0, 70.0})
    void skewedChainSatisfiesPutCallParity(double vix) {
        MarketSnapshot m = MarketSnapshot.of(5000.0, vix, 0.04, 0.013);
        double[] strikes = PayoffAnalytics.linearGrid(2500.0, 7500.0, 1001);
        PricedChain chain = PricedChain.price(m, SkewModel.DEFAULT, 45.0 / 365.0, strikes);
        ParityCheck.Report report = ParityCheck.check(chain);
        assertThat(report.maxAbsDeviation()).isLessThan(PARITY_TOL);
        assertThat(report.holds(PARITY_TOL)).isTrue();
        assertThat(report.deviations()).hasSize(1001);
        // the chain really is skewed: the vols differ across strikes
        assertThat(chain.vols()[0]).isGreaterThan(chain.vols()[1000] + 0.05);
    }

    @Test
    void aMispricedPutIsReportedAtItsStrike() {
        MarketSnapshot m = MarketSnapshot.of(5000.0, 16.0, 0.04, 0.013);
        double[] strikes = {4800, 4900, 5000, 5100};
        PricedChain good = PricedChain.price(m, SkewModel.DEFAULT, 0.1, strikes);
        double[] puts = good.puts();
        puts[1] += 0.25;
        PricedChain bad = new PricedChain(good.spot(), good.timeToExpiry(), good.rate(), good.dividendYield(),
                good.strikes(), good.vols(), good.calls(), puts);
        ParityCheck.Report report = ParityCheck.check(bad);
        assertThat(report.worstStrike()).isEqualTo(4900.0);
        assertThat(report.maxAbsDeviation()).isCloseTo(0.25, within(1e-9));
        assertThat(report.deviations()[1]).isCloseTo(-0.25, within(1e-9));
        assertThat(report.holds(PARITY_TOL)).isFalse();
    }
}
