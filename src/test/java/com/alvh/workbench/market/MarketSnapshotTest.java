package com.alvh.workbench.market;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MarketSnapshotTest {

    private static final double TOL = 1e-12;

    @Test
    void vixCurveStartsAtSpotAndBendsTowardTheLongRunLevel() {
        VixTermStructure curve = new VixTermStructure(20.0, 3.0);
        assertThat(curve.futureLevel(14.0, 0.0)).isCloseTo(14.0, within(TOL));
        // F(tau) = L + (VIX - L) e^{-kappa tau}, by hand at tau = 0.5: 20 - 6 e^{-1.5}
        assertThat(curve.futureLevel(14.0, 0.5)).isCloseTo(20.0 - 6.0 * Math.exp(-1.5), within(TOL));
        assertThat(curve.futureLevel(14.0, 50.0)).isCloseTo(20.0, within(1e-9));
        // contango below L, backwardation above
        assertThat(curve.contangoRatio(14.0, 1.0 / 12)).isGreaterThan(1.0);
        assertThat(curve.contangoRatio(35.0, 1.0 / 12)).isLessThan(1.0);
        assertThat(curve.futureLevel(14.0, -1.0)).isEqualTo(14.0);
        assertThat(curve.withMeanReversion(0.0).futureLevel(14.0, 2.0)).isEqualTo(14.0);
    }

    @Test
    void snapshotForwardAndVixFuture() {
        MarketSnapshot m = MarketSnapshot.of(5000.0, 16.0, 0.04, 0.013);
        assertThat(m.forward(0.5)).isCloseTo(5000.0 * Math.exp(0.027 * 0.5), within(1e-9));
        assertThat(m.vixFuture(0.25)).isEqualTo(VixTermStructure.DEFAULT.futureLevel(16.0, 0.25));
        assertThat(m.vixOptionVol()).isEqualTo(MarketSnapshot.DEFAULT_VIX_OPTION_VOL);
        assertThat(m.withSpot(4000.0).spot()).isEqualTo(4000.0);
        assertThat(m.withVix(30.0).vix()).isEqualTo(30.0);
        assertThat(m.withRate(0.05).rate()).isEqualTo(0.05);
        assertThat(m.withDividendYield(0.02).dividendYield()).isEqualTo(0.02);
    }

    @Test
    void vixShiftIsFlooredSoASliderCannotBreakTheSnapshot() {
        MarketSnapshot m = MarketSnapshot.of(5000.0, 16.0, 0.04, 0.013);
        assertThat(m.withVixShift(4.0).vix()).isEqualTo(20.0);
        assertThat(m.withVixShift(-30.0).vix()).isEqualTo(MarketSnapshot.VIX_FLOOR);
    }

    @Test
    void validationNamesTheFieldAndValue() {
        assertThatThrownBy(() -> MarketSnapshot.of(-1.0, 16.0, 0.04, 0.01))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spot").hasMessageContaining("-1.0");
        assertThatThrownBy(() -> MarketSnapshot.of(5000.0, 0.0, 0.04, 0.01))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vix").hasMessageContaining("0.0");
        assertThatThrownBy(() -> MarketSnapshot.of(5000.0, 16.0, Double.NaN, 0.01))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rate").hasMessageContaining("NaN");
        assertThatThrownBy(() -> MarketSnapshot.of(5000.0, 16.0, 0.04, 0.01).withVixOptionVol(-0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vixOptionVol");
        assertThatThrownBy(() -> new VixTermStructure(0.0, 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longRunLevel");
        assertThatThrownBy(() -> new VixTermStructure(20.0, -1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("meanReversion").hasMessageContaining("-1.0");
    }

    @Test
    void act365CountsCalendarDaysOver365() {
        assertThat(Act365.yearFraction(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1))).isCloseTo(366.0 / 365.0, within(TOL));
        assertThat(Act365.yearFraction(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 15))).isCloseTo(45.0 / 365.0, within(TOL));
        assertThat(Act365.days(Act365.years(45))).isCloseTo(45.0, within(TOL));
    }
}
