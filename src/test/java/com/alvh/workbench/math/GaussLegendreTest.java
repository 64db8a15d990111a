package com.alvh.workbench.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

class GaussLegendreTest {

    private static final double TOL = 1e-14;

    @Test
    void nodesAndWeightsOfTheTwoAndThreePointRulesAreTheTextbookOnes() {
        // Abramowitz and Stegun 25.4.29: n = 2: x = +-1/sqrt(3), w = 1; n = 3: x = 0, +-sqrt(3/5), w = 8/9, 5/9.
        GaussLegendre two = GaussLegendre.of(2);
        assertThat(two.nodes()[1]).isCloseTo(1.0 / Math.sqrt(3.0), offset(TOL));
        assertThat(two.weights()[0]).isCloseTo(1.0, offset(TOL));
        GaussLegendre three = GaussLegendre.of(3);
        assertThat(three.nodes()[0]).isCloseTo(-Math.sqrt(0.6), offset(TOL));
        assertThat(three.nodes()[1]).isCloseTo(0.0, offset(TOL));
        assertThat(three.weights()[1]).isCloseTo(8.0 / 9.0, offset(TOL));
        assertThat(three.weights()[2]).isCloseTo(5.0 / 9.0, offset(TOL));
    }

    @Test
    void weightsSumToTwoAndPolynomialsOfDegreeTwoNMinusOneAreExact() {
        for (int n : new int[] {1, 5, 10, 20, 64}) {
            GaussLegendre rule = GaussLegendre.of(n);
            double sum = 0.0;
            for (double w : rule.weights()) {
                sum += w;
            }
            assertThat(sum).as("n=%d", n).isCloseTo(2.0, offset(1e-13));
            int degree = 2 * n - 1;
            // int_0^2 x^degree dx = 2^{degree+1}/(degree+1)
            double expected = Math.pow(2.0, degree + 1) / (degree + 1);
            double actual = rule.integrate(x -> Math.pow(x, degree), 0.0, 2.0);
            assertThat(actual / expected).as("n=%d", n).isCloseTo(1.0, offset(1e-12));
        }
    }

    @Test
    void adaptiveHandlesAnEndPointSingularityAndAnOscillatingIntegrand() {
        GaussLegendre rule = GaussLegendre.of(10);
        // int_0^1 x^{-1/2} dx = 2: integrable singularity at 0.
        assertThat(rule.integrateAdaptive(x -> 1.0 / Math.sqrt(x), 0.0, 1.0, 1e-10)).isCloseTo(2.0, offset(1e-8));
        // int_0^{20 pi} cos(x) e^{-x/10} dx = (1/10)(1 - e^{-2 pi}) / (1 + 1/100)
        double expected = 0.1 * (1.0 - Math.exp(-2.0 * Math.PI)) / 1.01;
        assertThat(rule.integrateAdaptive(x -> Math.cos(x) * Math.exp(-x / 10.0), 0.0, 20.0 * Math.PI, 1e-13))
                .isCloseTo(expected, offset(1e-12));
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> GaussLegendre.of(0)).hasMessageContaining("n must be");
        assertThatThrownBy(() -> GaussLegendre.of(10).integrateAdaptive(x -> x, 0, 1, 0.0))
                .hasMessageContaining("absoluteTolerance");
    }
}
