package com.alvh.workbench.market;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The term structure of SPX vol from Cboe's indices: the quoted tenors give their own level, tenors
 * between them are linear in total variance, outside them flat; missing indices are skipped; the
 * mean-reverting stand-in gives the VIX at 30 days and tends to the long-run level.
 */
class VolIndexTermTest {

    private static final double TOL = 1e-12;
    // Closes of 2019-04-25 (sample-data): VIX9D 12.36, VIX 13.25, VIX3M 15.21, VIX6M 16.44.
    private static final double V9 = 12.36;
    private static final double V30 = 13.25;
    private static final double V93 = 15.21;
    private static final double V184 = 16.44;

    @Test
    void quotedTenorsGiveTheirOwnLevel() {
        assertThat(VolIndexTerm.interpolate(V9, V30, V93, V184, 9 / 365.0)).isCloseTo(V9, within(TOL));
        assertThat(VolIndexTerm.interpolate(V9, V30, V93, V184, 30 / 365.0)).isCloseTo(V30, within(TOL));
        assertThat(VolIndexTerm.interpolate(V9, V30, V93, V184, 93 / 365.0)).isCloseTo(V93, within(TOL));
        assertThat(VolIndexTerm.interpolate(V9, V30, V93, V184, 184 / 365.0)).isCloseTo(V184, within(TOL));
    }

    @Test
    void betweenTenorsTotalVarianceIsLinearAndOutsideTheVolIsFlat() {
        // 60 days: w = w30 + (w93 - w30) (60 - 30)/(93 - 30), level = 100 sqrt(w / T).
        double w30 = 0.1325 * 0.1325 * 30 / 365.0;
        double w93 = 0.1521 * 0.1521 * 93 / 365.0;
        double w60 = w30 + (w93 - w30) * 30.0 / 63.0;
        assertThat(VolIndexTerm.interpolate(V9, V30, V93, V184, 60 / 365.0))
                .isCloseTo(100 * Math.sqrt(w60 / (60 / 365.0)), within(1e-10));
        assertThat(VolIndexTerm.interpolate(V9, V30, V93, V184, 2 / 365.0)).isEqualTo(V9);
        assertThat(VolIndexTerm.interpolate(V9, V30, V93, V184, 1.0)).isEqualTo(V184);
    }

    @Test
    void missingIndicesAreLeftOut() {
        double nan = Double.NaN;
        // Before 2008 only the VIX exists: every tenor at the VIX.
        assertThat(VolIndexTerm.interpolate(nan, 25, nan, nan, 5 / 365.0)).isEqualTo(25);
        assertThat(VolIndexTerm.interpolate(nan, 25, nan, nan, 200 / 365.0)).isEqualTo(25);
        // 2008-01 .. 2009-09: VIX and VIX6M; 90 days between them.
        double w30 = 0.25 * 0.25 * 30 / 365.0;
        double w184 = 0.22 * 0.22 * 184 / 365.0;
        double w90 = w30 + (w184 - w30) * 60.0 / 154.0;
        assertThat(VolIndexTerm.interpolate(nan, 25, nan, 22, 90 / 365.0))
                .isCloseTo(100 * Math.sqrt(w90 / (90 / 365.0)), within(1e-10));
    }

    @Test
    void theMeanRevertingStandInGivesTheVixAt30DaysAndTendsToTheLongRunLevel() {
        assertThat(VolIndexTerm.meanReverting(9, 19.5, 2.5, 30 / 365.0)).isCloseTo(9, within(1e-12));
        assertThat(VolIndexTerm.meanReverting(40, 19.5, 2.5, 30 / 365.0)).isCloseTo(40, within(1e-12));
        assertThat(VolIndexTerm.meanReverting(9, 19.5, 2.5, 365 / 365.0)).isCloseTo(16.08, within(0.005));
        assertThat(VolIndexTerm.meanReverting(9, 19.5, 2.5, 50.0)).isCloseTo(19.5, within(0.2));
        assertThat(VolIndexTerm.meanReverting(40, 19.5, 2.5, 1.0)).isLessThan(40).isGreaterThan(19.5);
    }
}
