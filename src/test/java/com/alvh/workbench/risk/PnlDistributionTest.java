package com.alvh.workbench.risk;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

class PnlDistributionTest {

    private static final double TOL = 1e-12;

    @Test
    void smallSampleByHand() {
        // 20 outcomes -10..9: at 95 % the tail is ceil(0.05 * 20) = 1 outcome, at 90 % it is 2.
        double[] pnl = new double[20];
        for (int i = 0; i < 20; i++) {
            pnl[i] = 9 - i; // descending on purpose: the input order must not matter
        }
        PnlDistribution d = PnlDistribution.of(pnl);
        assertThat(d.mean()).isEqualTo(-0.5, offset(TOL));
        assertThat(d.valueAtRisk(0.95)).isEqualTo(10.0, offset(TOL));
        assertThat(d.expectedShortfall(0.95)).isEqualTo(10.0, offset(TOL));
        assertThat(d.valueAtRisk(0.90)).isEqualTo(9.0, offset(TOL));
        assertThat(d.expectedShortfall(0.90)).isEqualTo(9.5, offset(TOL));
        assertThat(d.probabilityOfLoss()).isEqualTo(10.0 / 20, offset(TOL));
        assertThat(d.fractionBelow(-5)).isEqualTo(5.0 / 20, offset(TOL));
        assertThat(d.quantile(0.5)).isEqualTo(-1.0, offset(TOL));
        assertThat(d.min()).isEqualTo(-10.0);
        assertThat(d.max()).isEqualTo(9.0);
        assertThat(pnl[0]).as("input untouched").isEqualTo(9.0);
    }

    @Test
    void normalSampleMatchesClosedFormWithinSamplingError() {
        // For N(0,1): VaR95 = 1.6448536269514722, ES95 = phi(1.6449)/0.05 = 2.0627128075074256.
        // With n = 400,000 the quantile's standard error is about sqrt(p(1-p)/n)/phi(q) = 0.0034
        // and the ES's about 0.006, so 0.02 is more than 3 standard errors of each.
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(11L);
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] x = new double[400_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = normal.sample();
        }
        PnlDistribution d = PnlDistribution.of(x);
        assertThat(d.valueAtRisk(0.95)).isEqualTo(1.6448536269514722, offset(0.02));
        assertThat(d.expectedShortfall(0.95)).isEqualTo(2.0627128075074256, offset(0.02));
        assertThat(d.probabilityOfLoss()).isEqualTo(0.5, offset(3 * Math.sqrt(0.25 / x.length)));
        assertThat(d.expectedShortfall(0.99)).isGreaterThan(d.valueAtRisk(0.99));
    }

    @Test
    void rejectsBadInputNamingIt() {
        assertThatThrownBy(() -> PnlDistribution.of(new double[0])).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> PnlDistribution.of(new double[] {1.0, Double.NaN}))
                .hasMessage("pnl[1] is not finite: NaN");
        PnlDistribution d = PnlDistribution.of(new double[] {1, 2, 3});
        assertThatThrownBy(() -> d.valueAtRisk(1.0)).hasMessageContaining("alpha");
    }

    @Test
    void aSinglePathIsItsOwnDistribution() {
        // A replay of history is one path: its VaR and CVaR are minus its P&L, its spread is undefined.
        PnlDistribution d = PnlDistribution.of(new double[] {-1234.5});
        assertThat(d.mean()).isEqualTo(-1234.5);
        assertThat(d.valueAtRisk(0.95)).isEqualTo(1234.5);
        assertThat(d.expectedShortfall(0.99)).isEqualTo(1234.5);
        assertThat(d.standardDeviation()).isNaN();
        assertThat(d.probabilityOfLoss()).isEqualTo(1.0);
    }
}
