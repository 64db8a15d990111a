package com.alvh.workbench.analytics;

import com.alvh.workbench.product.IronCondor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SampleScenariosTest {

    @Test
    void baseCaseIsTheCndrCondorOnTheStatedMarket() {
        var m = SampleScenarios.baseMarket();
        assertThat(m.spot()).isEqualTo(5000.0);
        assertThat(m.vix()).isEqualTo(16.0);
        assertThat(m.rate()).isEqualTo(0.04);
        assertThat(m.dividendYield()).isEqualTo(0.013);
        IronCondor c = SampleScenarios.baseCondor();
        assertThat(c).isEqualTo(IronCondor.cndr(m, SampleScenarios.baseSkew(), 45.0 / 365.0, 10));
        assertThat(c.contracts()).isEqualTo(10.0);
        assertThat(c.expiry()).isCloseTo(45.0 / 365.0, within(1e-15));
    }

    @Test
    void baseProfileIsTheChartTheWorkbenchOpensOn() {
        PayoffProfile p = SampleScenarios.baseProfile();
        assertThat(p.spots()).hasSize(401);
        assertThat(p.spots()[0]).isCloseTo(4250.0, within(1e-9));
        assertThat(p.spots()[400]).isCloseTo(5750.0, within(1e-9));
        assertThat(p.horizonDays()).isEqualTo(14);
        assertThat(p.breakEvens()).hasSize(2);
        PositionSummary s = SampleScenarios.baseSummary();
        assertThat(p.breakEvens()).containsExactly(s.breakEvens(), within(1e-9));
        assertThat(s.credit()).isPositive();
        assertThat(SampleScenarios.baseProfile(14, 0.0)).isEqualTo(p);
    }
}
