package com.alvh.workbench.risk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class InternalRateOfReturnTest {

    @Test
    void oneOutlayOneProceedIsTheLogReturnPerYear() {
        // Pay 100 now, receive 121 after 2 years: y = ln(1.21)/2 = ln(1.1).
        double[] flows = {-100, 0, 121};
        assertThat(InternalRateOfReturn.of(flows, 1.0)).isCloseTo(Math.log(1.1), offset(1e-10));
        assertThat(InternalRateOfReturn.npv(flows, 1.0, Math.log(1.1))).isCloseTo(0.0, offset(1e-9));
    }

    @Test
    void dailyHedgeThatDoublesInAMonth() {
        double[] flows = new double[22];
        flows[0] = -1000;
        flows[21] = 2000;
        double y = InternalRateOfReturn.of(flows, 1.0 / 252);
        assertThat(y).isCloseTo(Math.log(2) / (21.0 / 252), offset(1e-8));
    }

    @Test
    void noSignChangeHasNoIrr() {
        assertThat(InternalRateOfReturn.of(new double[] {-10, -5, 0}, 1.0)).isNaN();
        assertThat(InternalRateOfReturn.of(new double[] {0, 0}, 1.0)).isNaN();
    }

    @Test
    void aTotalLossIsBelowTheBracket() {
        // Premium paid, nothing back: the IRR is -infinity, reported as NaN (no root in the bracket).
        assertThat(InternalRateOfReturn.of(new double[] {-100, 0, 0}, 1.0 / 252)).isNaN();
    }

    @Test
    void withTwoRootsTheOneNearestZeroIsTaken() {
        // -100 + 230 x - 132 x^2 = 0 with x = e^{-y}: x = 1/1.1 or 1/1.2, so y = ln 1.1 or ln 1.2 (the classic
        // two-root cash flow of textbook capital budgeting). The root nearest zero is ln 1.1.
        double irr = InternalRateOfReturn.of(new double[] {-100, 230, -132}, 1.0);
        org.assertj.core.api.Assertions.assertThat(irr).isCloseTo(Math.log(1.1), org.assertj.core.api.Assertions.within(1e-9));
        org.assertj.core.api.Assertions.assertThat(InternalRateOfReturn.npv(new double[] {-100, 230, -132}, 1.0, irr))
                .isCloseTo(0.0, org.assertj.core.api.Assertions.within(1e-7));
    }
}
