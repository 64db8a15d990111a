package com.alvh.workbench.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import com.alvh.workbench.analytics.PayoffAnalytics;
import com.alvh.workbench.chart.PnlHeatMapChart;
import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.hedge.LayerWhatIf;
import com.alvh.workbench.scenario.ScenarioCondor;
import com.alvh.workbench.scenario.ScenarioSamples;
import com.alvh.workbench.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * The Explore numbers on the sample scenario's condor: identities between the curves, the P&amp;L now, the
 * table and the greeks, with and without the policy's layers, and the layers appearing as VIX crosses
 * their triggers.
 */
class ExploreCalculatorTest {

    /** Round-off of sums of a few USD 10^4-10^5 Black-Scholes values. */
    private static final double USD_TOL = 1e-6;
    private static final ScenarioSpec SPEC = ScenarioSamples.baseCondorAlvh();

    private static ExploreCalculator calculator(AlvhPolicy policy) {
        var market = ScenarioCondor.market(SPEC);
        return new ExploreCalculator(ScenarioCondor.first(SPEC, market), market, SPEC.market().vix3m(), SPEC.market().skew(), policy,
                SPEC.capital());
    }

    private static ExploreCalculator hedged() {
        return calculator(SPEC.policy().resolve(SPEC.capital()));
    }

    private static ExploreCalculator unhedged() {
        return calculator(AlvhPolicy.unhedged());
    }

    @Test
    void pnlNowLiesOnBothCurvesAtAGridPoint() {
        ExploreCalculator calc = hedged();
        double[] grid = calc.grid();
        for (int i : new int[] {5, 60, 110}) {
            for (int days : new int[] {0, 14, 44}) {
                ExploreCalculator.Result r = calc.compute(new ExploreCalculator.Inputs(grid[i], 2.0, days, 4.0));
                assertThat(r.pnlNow()).as("spot %s, day %d", grid[i], days)
                        .isCloseTo(r.curves().hedgedAtHorizon()[i], offset(USD_TOL));
                assertThat(r.positionPnlNow()).isCloseTo(r.profile().pnlAtHorizon()[i], offset(USD_TOL));
                assertThat(r.vixNow()).isCloseTo(r.curves().vix()[i], offset(1e-12));
            }
        }
    }

    @Test
    void withoutLayersAndWithVixStillTheCurvesAreTheAnalyticsProfile() {
        ExploreCalculator calc = unhedged();
        ExploreCalculator.Result r = calc.compute(new ExploreCalculator.Inputs(5000, 3.0, 14, 0.0));
        var market = ScenarioCondor.market(SPEC);
        var expected = PayoffAnalytics.profile(ScenarioCondor.first(SPEC, market), market, SPEC.market().skew(),
                calc.grid(), 14, 3.0);
        for (int i = 0; i < calc.grid().length; i++) {
            assertThat(r.profile().pnlAtHorizon()[i]).isCloseTo(expected.pnlAtHorizon()[i], offset(USD_TOL));
            assertThat(r.curves().hedgedAtHorizon()[i]).isEqualTo(r.curves().positionAtHorizon()[i]);
        }
        assertThat(r.profile().pnlAtExpiry()).containsExactly(expected.pnlAtExpiry());
        assertThat(r.layers()).isEmpty();
        assertThat(r.total().value()).isCloseTo(r.position().value(), offset(USD_TOL));
    }

    @Test
    void theSpotRangeRunsFromFortyPercentDownToTwentyUp() {
        double[] grid = hedged().grid();
        assertThat(grid[0]).isCloseTo(0.6 * 5000, offset(1e-9));
        assertThat(grid[grid.length - 1]).isCloseTo(1.2 * 5000, offset(1e-9));
    }

    @Test
    void atEntryThePnlNowIsZeroWithTheAlwaysOnLayerBoughtAtItsPrice() {
        ExploreCalculator.Result entry = hedged().compute(new ExploreCalculator.Inputs(5000, 0.0, 0, 4.0));
        assertThat(entry.pnlNow()).isCloseTo(0.0, offset(USD_TOL));
        assertThat(entry.layers()).filteredOn(LayerWhatIf.LayerValue::on).extracting(LayerWhatIf.LayerValue::name)
                .containsExactly("Base call spread");
    }

    @Test
    void crossingATriggerBringsItsLayerInWithItsGreeks() {
        ExploreCalculator calc = hedged();
        // The regime layer waits for VIX > 20 or VIX/VIX3M >= 0.95. At SPX 5,000 the rule gives 16:
        // a shift of +3.5 leaves VIX at 19.5 (VIX3M 21.5 by the term-structure rule through the entry's 18:
        // ratio 0.91, below 0.95); +4.5 gives 20.5.
        ExploreCalculator.Result below = calc.compute(new ExploreCalculator.Inputs(5000, 3.5, 10, 4.0));
        ExploreCalculator.Result above = calc.compute(new ExploreCalculator.Inputs(5000, 4.5, 10, 4.0));
        LayerWhatIf.LayerValue regimeBelow = below.layers().get(1);
        LayerWhatIf.LayerValue regimeAbove = above.layers().get(1);
        assertThat(regimeBelow.name()).isEqualTo("Regime VIX calls");
        assertThat(regimeBelow.on()).isFalse();
        assertThat(regimeAbove.on()).isTrue();
        assertThat(regimeAbove.reason()).startsWith("VIX 20");
        assertThat(above.layerRows()).anyMatch(g -> g.label().startsWith("Regime VIX calls: VIX "));
        // The total adds the layers to the position, column by column.
        ExploreCalculator.GreekRow sum = above.position();
        for (ExploreCalculator.GreekRow g : above.layerRows()) {
            sum = sum.plus(g, "sum");
        }
        assertThat(above.total().vega()).isCloseTo(sum.vega(), offset(1e-9));
        assertThat(above.total().value()).isCloseTo(sum.value(), offset(1e-9));
        // A long VIX call has positive VIX vega; the short condor negative.
        assertThat(above.layerRows().stream().filter(g -> g.label().startsWith("Regime")).findFirst().orElseThrow().vega())
                .isPositive();
        assertThat(above.position().vega()).isNegative();
    }

    @Test
    void deltaAndGammaAtFixedVixMatchCentralDifferencesOfThePositionsPnl() {
        // Sticky strike, VIX held (elasticity 0): the position's delta is the exact spot derivative of
        // its P&L now. h = 0.5 pt: O(h^2) error far below the tolerance.
        ExploreCalculator calc = unhedged();
        double s = 4900.0;
        double h = 0.5;
        ExploreCalculator.Result mid = calc.compute(new ExploreCalculator.Inputs(s, 3.0, 10, 0.0));
        double up = calc.compute(new ExploreCalculator.Inputs(s + h, 3.0, 10, 0.0)).positionPnlNow();
        double down = calc.compute(new ExploreCalculator.Inputs(s - h, 3.0, 10, 0.0)).positionPnlNow();
        assertThat(mid.position().delta()).isCloseTo((up - down) / (2 * h), offset(1e-3));
        assertThat(mid.position().gamma()).isCloseTo((up - 2 * mid.positionPnlNow() + down) / (h * h), offset(1e-3));
    }

    @Test
    void theDeltaAlongTheRuleIsTheSlopeOfThePnlWithLayersAsVixFollowsSpx() {
        ExploreCalculator calc = hedged();
        double s = 4700;
        double h = 2.0;
        ExploreCalculator.Result mid = calc.compute(new ExploreCalculator.Inputs(s, 0.0, 10, 4.0));
        double up = calc.compute(new ExploreCalculator.Inputs(s + h, 0.0, 10, 4.0)).pnlNow();
        double down = calc.compute(new ExploreCalculator.Inputs(s - h, 0.0, 10, 4.0)).pnlNow();
        // Central differences of 1 and 2 points of a smooth curve agree to a few cents per point.
        assertThat(mid.deltaAlongRule()).isCloseTo((up - down) / (2 * h), offset(0.5));
    }

    @Test
    void legsAddUpToThePositionAndCarryTheirLabels() {
        ExploreCalculator.Result r = unhedged().compute(new ExploreCalculator.Inputs(5050, -2, 7, 0.0));
        assertThat(r.legs()).hasSize(4);
        assertThat(r.legs().stream().mapToDouble(ExploreCalculator.GreekRow::vega).sum())
                .isCloseTo(r.position().vega(), offset(1e-9));
        assertThat(r.legs().stream().mapToDouble(ExploreCalculator.GreekRow::theta).sum())
                .isCloseTo(r.position().theta(), offset(1e-9));
        assertThat(r.legs().get(0).label()).startsWith("Long 10 Put");
        assertThat(r.legs().get(1).label()).startsWith("Short 10 Put");
        // A short condor near the money is short VIX and gamma, long theta.
        assertThat(r.position().vega()).isNegative();
        assertThat(r.position().gamma()).isNegative();
        assertThat(r.position().theta()).isPositive();
    }

    @Test
    void atExpiryTheGreeksAreIntrinsicAndThePositionsPnlIsThePayoff() {
        ExploreCalculator calc = unhedged();
        double[] grid = calc.grid();
        ExploreCalculator.Result r = calc.compute(new ExploreCalculator.Inputs(grid[70], 0.0, calc.daysToExpiry(), 0.0));
        assertThat(r.positionPnlNow()).isCloseTo(r.profile().pnlAtExpiry()[70], offset(USD_TOL));
        assertThat(r.position().gamma()).isZero();
        assertThat(r.position().vega()).isZero();
    }

    @Test
    void theTableIsThePnlWithLayersAtItsSpotsAndDays() {
        ExploreCalculator calc = hedged();
        ExploreCalculator.Result r = calc.compute(new ExploreCalculator.Inputs(5000, 1.0, 0, 4.0));
        assertThat(r.table().days()).containsExactly(0, 5, 10, 15, 20, 25, 30, 35, 40, 45);
        assertThat(r.table().spots()).hasSize(ExploreCalculator.TABLE_COLUMNS);
        assertThat(r.table().spots()[0]).isCloseTo(3000, offset(1e-9));
        assertThat(r.table().spots()[8]).isCloseTo(5000, offset(1e-9));
        assertThat(r.table().spots()[12]).isCloseTo(6000, offset(1e-9));
        for (int[] cell : new int[][] {{0, 8}, {2, 3}, {6, 11}}) {
            double spot = r.table().spots()[cell[1]];
            int day = r.table().days()[cell[0]];
            double direct = calc.compute(new ExploreCalculator.Inputs(spot, 1.0, day, 4.0)).pnlNow();
            assertThat(r.table().pnlAt(cell[0], cell[1])).isCloseTo(direct, offset(USD_TOL));
        }
        // The table follows the shift and the rule, and only them: the same object while they stay.
        assertThat(calc.compute(new ExploreCalculator.Inputs(4800, 1.0, 20, 4.0)).table()).isSameAs(r.table());
        assertThat(calc.compute(new ExploreCalculator.Inputs(4800, 2.0, 20, 4.0)).table()).isNotSameAs(r.table());
    }

    @Test
    void theHeatMapCellsAreThePnlWithLayersAtTheirOwnSpxAndVix() {
        ExploreCalculator calc = hedged();
        ExploreCalculator.Inputs in = new ExploreCalculator.Inputs(4800, 0.0, 14, 4.0);
        PnlHeatMapChart.Grid g = calc.heatMap(in);
        assertThat(g.movesPercent()).hasSize(25).startsWith(-40.0).endsWith(20.0);
        assertThat(g.vixLevels()).hasSize(17).startsWith(10.0).endsWith(90.0);
        // Cell (SPX -10 %, VIX 30): with elasticity 0 and a shift to VIX 30, the same point.
        int c = 12; // -40 + 12 x 2.5 = -10
        int row = 4; // 10 + 4 x 5 = 30
        double direct = calc.compute(new ExploreCalculator.Inputs(4500, 30 - 16, 14, 0.0)).pnlNow();
        assertThat(g.pnl()[row][c]).isCloseTo(direct, offset(USD_TOL));
        assertThat(g.nowMove()).isCloseTo(-4.0, offset(1e-9));
        assertThat(g.nowVix()).isCloseTo(16 * Math.pow(0.96, -4), offset(1e-9));
        assertThat(g.triggerLevels()).containsExactly(20.0, 30.0, 40.0);
        // Moving the spot keeps the cells (they depend on the days only) and moves the point.
        PnlHeatMapChart.Grid moved = calc.heatMap(new ExploreCalculator.Inputs(5100, 0.0, 14, 4.0), g);
        assertThat(moved.pnl()).isSameAs(g.pnl());
        assertThat(moved.nowMove()).isCloseTo(2.0, offset(1e-9));
    }

    @Test
    void inputsAreValidated() {
        assertThatThrownBy(() -> new ExploreCalculator.Inputs(0, 0, 0)).hasMessageContaining("spot");
        assertThatThrownBy(() -> new ExploreCalculator.Inputs(5000, Double.NaN, 0)).hasMessageContaining("vixShift");
        assertThatThrownBy(() -> new ExploreCalculator.Inputs(5000, 0, -1)).hasMessageContaining("daysForward");
        assertThatThrownBy(() -> new ExploreCalculator.Inputs(5000, 0, 0, -1)).hasMessageContaining("elasticity");
    }
}
