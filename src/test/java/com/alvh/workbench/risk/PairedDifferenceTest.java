package com.alvh.workbench.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PairedDifferenceTest {

    private static final double TOL = 1e-12;

    @Test
    void meanAndStandardErrorOfTheDifferences() {
        // Differences 1, 2, 3, 6: mean 3, sample variance ((-2)^2 + (-1)^2 + 0 + 3^2) / 3 = 14/3,
        // standard error sqrt(14/3 / 4) = sqrt(7/6).
        PairedDifference d = PairedDifference.of(new double[] {11, 22, 33, 46}, new double[] {10, 20, 30, 40});
        assertThat(d.mean()).isCloseTo(3.0, within(TOL));
        assertThat(d.standardError()).isCloseTo(Math.sqrt(7.0 / 6.0), within(TOL));
        assertThat(d.paths()).isEqualTo(4);
    }

    @Test
    void aConstantShiftHasNoErrorHoweverNoisyThePathsAre() {
        // Common random numbers: a policy that adds exactly 5 on every path differs with zero error.
        double[] b = {-900, 15, 3_000, -40_000, 12};
        double[] a = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            a[i] = b[i] + 5;
        }
        PairedDifference d = PairedDifference.of(a, b);
        assertThat(d.mean()).isCloseTo(5.0, within(TOL));
        assertThat(d.standardError()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void onePathHasNoErrorAndBadInputIsNamed() {
        assertThat(PairedDifference.of(new double[] {2}, new double[] {1}).standardError()).isNaN();
        assertThatThrownBy(() -> PairedDifference.of(new double[] {1, 2}, new double[] {1}))
                .hasMessageContaining("same positive length");
        assertThatThrownBy(() -> PairedDifference.of(new double[] {1, Double.NaN}, new double[] {1, 2}))
                .hasMessageContaining("path 1");
    }
}
