package com.alvh.workbench.ui.results;

import com.alvh.workbench.ui.common.DirectJobRunner;
import com.alvh.workbench.ui.common.NamedChart;
import com.alvh.workbench.ui.common.PolicyRow;
import com.alvh.workbench.ui.common.SampleSetup;

import static org.assertj.core.api.Assertions.assertThat;

import com.alvh.workbench.chart.ChartTheme;
import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.hedge.PolicyPresets;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/** The Results view model with a runner that needs no toolkit. */
class SimulationViewModelTest {

    private static SimulationViewModel small(DirectJobRunner runner) {
        SimulationViewModel model = SimulationViewModel.sample(runner, ChartTheme.LIGHT);
        model.pathsProperty().set(SimulationViewModel.MIN_PATHS);
        model.tradingDaysProperty().set(SimulationViewModel.MIN_DAYS);
        return model;
    }

    @Test
    void aRunFillsOneRowPerPolicyInOrderAndReportsProgress() {
        DirectJobRunner runner = new DirectJobRunner(DirectJobRunner.Mode.NOW);
        SimulationViewModel model = small(runner);
        model.run();
        assertThat(model.isRunning()).isFalse();
        assertThat(model.rows()).extracting(PolicyRow::policy)
                .containsExactly("Steward", "Unhedged", "Promoter", "Static ratio", "VXTH");
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(runner.progress).isNotEmpty().allMatch(p -> p >= 0 && p <= 1);
        assertThat(model.getStatus()).startsWith("Done: 100 paths x 21 days x 5 policies");
        PolicyRow unhedged = model.rows().get(1);
        assertThat(unhedged.meanHedgeCost()).isZero();
        assertThat(unhedged.reserveDeploymentRate()).isZero();
        PolicyRow steward = model.rows().get(0);
        assertThat(steward.meanHedgeCost()).isPositive();
        assertThat(steward.expectedShortfall95()).isGreaterThanOrEqualTo(steward.valueAtRisk95());
        assertThat(steward.valueAtRisk99()).isGreaterThanOrEqualTo(steward.valueAtRisk95());
        // The Steward's three layers and the reserve's deployment.
        assertThat(model.layers("Steward")).hasSize(4);
        assertThat(model.layers("nobody")).isEmpty();
        // Same seed, same result.
        double mean = steward.meanPnl();
        model.run();
        assertThat(model.rows().get(0).meanPnl()).isEqualTo(mean);
    }

    @Test
    void cancelBeforeTheEngineRunsKeepsThePreviousResults() {
        DirectJobRunner runner = new DirectJobRunner(DirectJobRunner.Mode.HELD);
        SimulationViewModel model = small(runner);
        model.run();
        assertThat(model.isRunning()).isTrue();
        model.run(); // ignored while running
        model.cancel();
        runner.runHeld();
        assertThat(model.isRunning()).isFalse();
        assertThat(model.getStatus()).contains("cancelled");
        assertThat(model.rows()).isEmpty();
        assertThat(model.resultProperty().get()).isNull();
    }

    @Test
    void aFailureIsReportedAndTheModelIsReadyAgain() {
        DirectJobRunner runner = new DirectJobRunner(DirectJobRunner.Mode.NOW);
        SimulationViewModel model = new SimulationViewModel(runner, () -> {
            throw new IllegalStateException("no market");
        }, SampleSetup.campaign(AlvhPolicy.unhedged()), List.of(AlvhPolicy.unhedged()), ChartTheme.LIGHT);
        model.run();
        // The setup is taken when Run is pressed; its failure is reported and nothing runs.
        assertThat(model.isRunning()).isFalse();
        assertThat(model.getStatus()).contains("Cannot run: no market");
    }

    @Test
    void settingsAreClamped() {
        SimulationViewModel model = small(new DirectJobRunner(DirectJobRunner.Mode.NOW));
        model.pathsProperty().set(5);
        assertThat(model.pathsProperty().get()).isEqualTo(SimulationViewModel.MIN_PATHS);
        model.pathsProperty().set(50_000_000);
        assertThat(model.pathsProperty().get()).isEqualTo(SimulationViewModel.MAX_PATHS);
        model.tradingDaysProperty().set(1);
        assertThat(model.settings().steps()).isEqualTo(SimulationViewModel.MIN_DAYS);
    }

    @Test
    void resultChartsArePluggedInAndRebuiltOnThemeChange() {
        DirectJobRunner runner = new DirectJobRunner(DirectJobRunner.Mode.NOW);
        SimulationViewModel model = small(runner);
        ResultCharts oneChart = (result, theme) -> {
            JFreeChart chart = new JFreeChart(new XYPlot());
            chart.setBackgroundPaint(theme.background());
            return List.of(new NamedChart(result.entries().size() + " policies", "test", chart));
        };
        model.setResultCharts(oneChart);
        assertThat(model.chartsProperty().get()).isEmpty(); // no result yet
        model.run();
        assertThat(model.chartsProperty().get()).singleElement()
                .satisfies(c -> assertThat(c.title()).isEqualTo("5 policies"));
        model.setChartTheme(ChartTheme.DARK);
        assertThat(model.chartsProperty().get().get(0).chart().getBackgroundPaint())
                .isEqualTo(ChartTheme.DARK.background());
        assertThat(PolicyPresets.steward(SampleSetup.CAPITAL).name()).isEqualTo(model.rows().get(0).policy());
    }
}
