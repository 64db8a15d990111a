package com.alvh.workbench.risk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DrawdownTest {

    @Test
    void peakToTroughByHand() {
        double[] equity = {100, 110, 90, 95, 120, 80, 130};
        assertThat(Drawdown.maxDrawdown(equity)).isEqualTo(40.0); // 120 -> 80
        assertThat(Drawdown.stepsUnderWater(equity)).isEqualTo(3); // 90, 95, 80
        assertThat(Drawdown.underwater(equity)).containsExactly(0, 0, -20, -15, 0, -40, 0);
    }

    @Test
    void risingCurveHasNoDrawdown() {
        assertThat(Drawdown.maxDrawdown(new double[] {1, 2, 3})).isZero();
        assertThat(Drawdown.stepsUnderWater(new double[] {5})).isZero();
    }
}
