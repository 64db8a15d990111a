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
    void withTwoRootsThereIsNoIrr() {
        // -100 + 230 x - 132 x^2 = 0 with x = e^{-y}: x = 1/1.1 or 1/1.2, so y = ln 1.1 and ln 1.2 (the classic
        // two-root cash flow of textbook capital budgeting). Two rates make the flows worth zero and neither is
        // their return (they even lose 2 undiscounted): no IRR.
        assertThat(InternalRateOfReturn.npv(new double[] {-100, 230, -132}, 1.0, Math.log(1.1))).isCloseTo(0.0, offset(1e-9));
        assertThat(InternalRateOfReturn.npv(new double[] {-100, 230, -132}, 1.0, Math.log(1.2))).isCloseTo(0.0, offset(1e-9));
        assertThat(InternalRateOfReturn.of(new double[] {-100, 230, -132}, 1.0)).isNaN();
    }

    @Test
    void aRootThatContradictsTheGainIsNoIrr() {
        // A layer bought, sold at a large gain within days, bought again and sold at a loss, on one path: it
        // gains 10 undiscounted, yet the only rate in range that zeroes its flows is negative (about -0.52 a
        // year, where the late loss weighs most). No IRR, not a negative one.
        double[] flows = new double[60];
        flows[0] = -100;
        flows[2] = 250;
        flows[40] = -160;
        flows[59] = 20;
        double dt = 1.0 / 252;
        assertThat(InternalRateOfReturn.npv(flows, dt, 0.0)).isEqualTo(10.0);
        assertThat(InternalRateOfReturn.npv(flows, dt, -0.51) * InternalRateOfReturn.npv(flows, dt, -0.52)).isNegative();
        assertThat(InternalRateOfReturn.of(flows, dt)).isNaN();
        // One purchase and one sale two days later: one root, above zero.
        double[] once = new double[60];
        once[0] = -100;
        once[2] = 102;
        assertThat(InternalRateOfReturn.of(once, dt)).isCloseTo(Math.log(1.02) / (2 * dt), offset(1e-9));
    }
}
