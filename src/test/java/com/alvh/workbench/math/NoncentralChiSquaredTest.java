package com.alvh.workbench.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NoncentralChiSquaredTest {

    private static final double CDF_TOL = 1e-10;
    private static final double INTEGRAL_TOL = 1e-9;
    private static final GaussLegendre RULE = GaussLegendre.of(10);

    /**
     * Reference CDF values from QuantLib 1.29 NonCentralCumulativeChiSquareDistribution (Ding's
     * series), printed with /usr/bin/python3 (see tools/quantlib_heston_peer.py for the set-up).
     * The cases cover d &lt; 1 (density unbounded at 0, the Heston Andersen case I regime), moderate d
     * and lambda, and large lambda.
     */
    @ParameterizedTest
    @CsvSource({
        "0.08, 0.5,   0.01,  0.6445980196987952",
        "0.08, 0.5,   1.0,   0.8359521834344671",
        "3.0,  5.0,   4.0,   0.2331914861101044",
        "3.0,  5.0,   20.0,  0.9726813581193112",
        "10.0, 200.0, 190.0, 0.24804336510080752",
        "10.0, 200.0, 260.0, 0.9539493057993712",
        "2.0,  0.0,   3.0,   0.7768698398508965",
        "0.7,  40.0,  35.0,  0.3505458509782125",
    })
    void cdfMatchesQuantLib(double d, double lambda, double x, double expected) {
        assertThat(new NoncentralChiSquared(d, lambda).cdf(x)).isCloseTo(expected, offset(CDF_TOL));
    }

    @Test
    void centralCaseMatchesCommonsMath() {
        for (double d : new double[] {0.5, 1.0, 3.0, 17.0}) {
            ChiSquaredDistribution central = new ChiSquaredDistribution(d);
            NoncentralChiSquared law = new NoncentralChiSquared(d, 0.0);
            for (double x : new double[] {0.01, 0.5, 2.0, 10.0, 40.0}) {
                assertThat(law.cdf(x)).as("d=%s x=%s", d, x).isCloseTo(central.cumulativeProbability(x), offset(1e-13));
                double expectedDensity = central.density(x);
                assertThat(law.density(x)).as("d=%s x=%s", d, x)
                        .isCloseTo(expectedDensity, offset(1e-13 * Math.max(1.0, expectedDensity)));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"2.5, 0.0", "4.0, 3.0", "10.0, 200.0", "2.0, 1500.0"})
    void densityIntegratesToOneWithMeanDPlusLambda(double d, double lambda) {
        NoncentralChiSquared law = new NoncentralChiSquared(d, lambda);
        double upper = law.mean() + 20.0 * Math.sqrt(law.variance()) + 60.0;
        double mass = RULE.integrateAdaptive(law::density, 0.0, upper, 1e-12);
        double mean = RULE.integrateAdaptive(x -> x * law.density(x), 0.0, upper, 1e-12 * law.mean());
        assertThat(mass).isCloseTo(1.0, offset(INTEGRAL_TOL));
        assertThat(mean / law.mean()).isCloseTo(1.0, offset(INTEGRAL_TOL));
    }

    @ParameterizedTest
    @CsvSource({"0.08, 0.3", "0.5, 8.0", "1.9, 0.0"})
    void survivalIntegratesToTheMeanEvenWhenTheDensityIsUnbounded(double d, double lambda) {
        // E[X] = int_0^inf P(X > x) dx holds for every d; for d < 2 the density blows up at 0
        // and this is the form the VIX pricer uses.
        NoncentralChiSquared law = new NoncentralChiSquared(d, lambda);
        double upper = law.mean() + 20.0 * Math.sqrt(law.variance()) + 80.0;
        double mean = RULE.integrateAdaptive(law::survival, 0.0, upper, 1e-13);
        assertThat(mean).isCloseTo(law.mean(), offset(INTEGRAL_TOL));
    }

    @Test
    void densityIsTheDerivativeOfTheCdf() {
        NoncentralChiSquared law = new NoncentralChiSquared(0.7, 12.0);
        double h = 1e-5;
        for (double x : new double[] {0.3, 5.0, 11.0, 30.0}) {
            double slope = (law.cdf(x + h) - law.cdf(x - h)) / (2.0 * h);
            assertThat(law.density(x)).as("x=%s", x).isCloseTo(slope, offset(1e-7));
        }
    }

    @Test
    void edgesAndValidation() {
        assertThat(new NoncentralChiSquared(1.0, 2.0).density(0.0)).isInfinite();
        assertThat(new NoncentralChiSquared(2.0, 2.0).density(0.0)).isCloseTo(0.5 * Math.exp(-1.0), offset(1e-15));
        assertThat(new NoncentralChiSquared(3.0, 2.0).density(0.0)).isZero();
        assertThat(new NoncentralChiSquared(3.0, 2.0).survival(-1.0)).isEqualTo(1.0);
        assertThat(new NoncentralChiSquared(3.0, 2.0).variance()).isEqualTo(14.0);
        assertThatThrownBy(() -> new NoncentralChiSquared(0.0, 1.0)).hasMessageContaining("degreesOfFreedom");
        assertThatThrownBy(() -> new NoncentralChiSquared(1.0, -1.0)).hasMessageContaining("noncentrality");
    }
}
