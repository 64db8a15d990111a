package com.alvh.workbench.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import com.alvh.workbench.analytics.PayoffProfile;
import com.alvh.workbench.analytics.SampleScenarios;
import org.junit.jupiter.api.Test;

/** The Explore numbers: identities between the curves, the P&L now and the greeks. */
class ExploreCalculatorTest {

    /** Round-off of sums of a few USD 10^4-10^5 Black-Scholes values. */
    private static final double USD_TOL = 1e-6;

    private static ExploreCalculator calculator() {
        return new ExploreCalculator(SampleScenarios.baseCondor(), SampleScenarios.baseMarket(),
                SampleScenarios.baseSkew(), SampleScenarios.baseProfile().spots());
    }

    @Test
    void pnlNowLiesOnTheHorizonCurveAtAGridPoint() {
        ExploreCalculator calc = calculator();
        double[] grid = calc.grid();
        for (int i : new int[] {40, 200, 333}) {
            for (int days : new int[] {0, 14, 44}) {
                ExploreCalculator.Result r = calc.compute(new ExploreCalculator.Inputs(grid[i], 5.0, days));
                assertThat(r.pnlNow()).as("spot %s, day %d", grid[i], days)
                        .isCloseTo(r.profile().pnlAtHorizon()[i], offset(USD_TOL));
            }
        }
    }

    @Test
    void atEntryThePnlNowIsZeroAndTheCurvesMatchTheSampleProfile() {
        ExploreCalculator calc = calculator();
        ExploreCalculator.Result r = calc.compute(new ExploreCalculator.Inputs(SampleScenarios.SPOT, 0.0,
                SampleScenarios.HORIZON_DAYS));
        PayoffProfile base = SampleScenarios.baseProfile();
        assertThat(r.profile().pnlAtHorizon()).containsExactly(base.pnlAtHorizon());
        assertThat(r.profile().breakEvens()).containsExactly(base.breakEvens());
        ExploreCalculator.Result entry = calc.compute(new ExploreCalculator.Inputs(SampleScenarios.SPOT, 0.0, 0));
        assertThat(entry.pnlNow()).isCloseTo(0.0, offset(USD_TOL));
        assertThat(entry.total().value()).isCloseTo(calc.entryValue(), offset(USD_TOL));
    }

    @Test
    void spotMarkerFollowsTheInputWhileTheGridStays() {
        ExploreCalculator calc = calculator();
        ExploreCalculator.Result r = calc.compute(new ExploreCalculator.Inputs(5123.0, 0.0, 10));
        assertThat(r.profile().spot()).isEqualTo(5123.0);
        assertThat(r.profile().spots()).containsExactly(calc.grid());
    }

    @Test
    void deltaAndGammaMatchCentralDifferencesOfThePnlNow() {
        // Sticky strike: the surface does not move with spot, so the position's delta is the exact
        // spot derivative of the P&L now. h = 0.5 pt: O(h^2) error far below the tolerance.
        ExploreCalculator calc = calculator();
        double s = 4900.0;
        double h = 0.5;
        int days = 10;
        double vix = 3.0;
        ExploreCalculator.Result mid = calc.compute(new ExploreCalculator.Inputs(s, vix, days));
        double up = calc.compute(new ExploreCalculator.Inputs(s + h, vix, days)).pnlNow();
        double down = calc.compute(new ExploreCalculator.Inputs(s - h, vix, days)).pnlNow();
        assertThat(mid.total().delta()).isCloseTo((up - down) / (2 * h), offset(1e-3));
        assertThat(mid.total().gamma()).isCloseTo((up - 2 * mid.pnlNow() + down) / (h * h), offset(1e-3));
    }

    @Test
    void legsAddUpToThePositionAndCarryTheirLabels() {
        ExploreCalculator.Result r = calculator().compute(new ExploreCalculator.Inputs(5050, -2, 7));
        assertThat(r.legs()).hasSize(4);
        assertThat(r.legs().stream().mapToDouble(ExploreCalculator.GreekRow::vega).sum())
                .isCloseTo(r.total().vega(), offset(1e-9));
        assertThat(r.legs().stream().mapToDouble(ExploreCalculator.GreekRow::theta).sum())
                .isCloseTo(r.total().theta(), offset(1e-9));
        assertThat(r.legs().get(0).label()).startsWith("Long 10 Put");
        assertThat(r.legs().get(1).label()).startsWith("Short 10 Put");
        // A short condor near the money is short vega and short gamma, long theta.
        assertThat(r.total().vega()).isNegative();
        assertThat(r.total().gamma()).isNegative();
        assertThat(r.total().theta()).isPositive();
    }

    @Test
    void atExpiryTheGreeksAreIntrinsicAndThePnlIsThePayoff() {
        ExploreCalculator calc = calculator();
        double[] grid = calc.grid();
        ExploreCalculator.Result r = calc.compute(new ExploreCalculator.Inputs(grid[100], 0.0, calc.daysToExpiry()));
        assertThat(r.pnlNow()).isCloseTo(r.profile().pnlAtExpiry()[100], offset(USD_TOL));
        assertThat(r.total().gamma()).isZero();
        assertThat(r.total().vega()).isZero();
    }

    @Test
    void tableHasARowPerFiveDaysAndThirteenPrices() {
        ExploreCalculator.Result r = calculator().compute(new ExploreCalculator.Inputs(5000, 0, 0));
        assertThat(r.table().days()).containsExactly(0, 5, 10, 15, 20, 25, 30, 35, 40, 45);
        assertThat(r.table().spots()).hasSize(ExploreCalculator.TABLE_COLUMNS);
        assertThat(r.table().spots()[6]).isEqualTo(SampleScenarios.SPOT);
        assertThat(r.table().pnlAt(0, 6)).isCloseTo(0.0, offset(USD_TOL)); // day 0 at entry spot
    }

    @Test
    void inputsAreValidated() {
        assertThatThrownBy(() -> new ExploreCalculator.Inputs(0, 0, 0)).hasMessageContaining("spot");
        assertThatThrownBy(() -> new ExploreCalculator.Inputs(5000, Double.NaN, 0)).hasMessageContaining("vixShift");
        assertThatThrownBy(() -> new ExploreCalculator.Inputs(5000, 0, -1)).hasMessageContaining("daysForward");
    }
}
