package com.alvh.workbench.ui.sweep;

import com.alvh.workbench.chart.ChartTheme;
import com.alvh.workbench.chart.FrontierChart;
import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.scenario.ScenarioResolver;
import com.alvh.workbench.scenario.ScenarioSamples;
import com.alvh.workbench.scenario.ScenarioSpec;
import com.alvh.workbench.sweep.SweepRow;
import com.alvh.workbench.ui.common.DirectJobRunner;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SweepViewModelTest {

    private final ScenarioSpec scenario = ScenarioSamples.baseCondorAlvh();
    private final List<AlvhPolicy> opened = new ArrayList<>();

    private SweepViewModel model(DirectJobRunner runner) {
        return new SweepViewModel(runner, () -> scenario, new ScenarioResolver(Path.of("sample-data")), opened::add,
                ChartTheme.LIGHT);
    }

    @Test
    void offersTheNumericFieldsOfThePolicy() {
        SweepViewModel m = model(new DirectJobRunner(DirectJobRunner.Mode.NOW));
        assertThat(m.fields()).extracting(f -> f.field().path())
                .contains("$.policy.layers[1].entry.of[0].level", "$.policy.layers[2].size.fraction",
                        "$.policy.reserve.capital", "$.policy.layers[0].tenorDays")
                .doesNotContain("$.policy.name");
        assertThat(m.addAxis(null, 1, 2, 3)).isEqualTo("Pick a field");
        var level = m.fields().stream().filter(f -> f.field().path().endsWith("layers[1].entry.of[0].level")).findFirst().orElseThrow();
        assertThat(m.addAxis(level, 30, 20, 3)).contains("from < to");
        assertThat(m.addAxis(level, 18, 30, 3)).isNull();
        assertThat(m.addAxis(level, 18, 26, 2)).isNull(); // replaces the axis over the same field
        assertThat(m.axes()).singleElement().extracting(SweepViewModel.AxisChoice::count).isEqualTo(2);
    }

    @Test
    void runsASweepShowsTheFrontierAndOpensAClickedPolicy() {
        DirectJobRunner runner = new DirectJobRunner(DirectJobRunner.Mode.NOW);
        SweepViewModel m = model(runner);
        m.pathsProperty().set(150);
        var size = m.fields().stream().filter(f -> f.field().path().endsWith("layers[2].size.fraction")).findFirst().orElseThrow();
        assertThat(m.addAxis(size, 0.01, 0.05, 3)).isNull();
        m.run();
        assertThat(m.runningProperty().get()).isFalse();
        assertThat(m.resultProperty().get()).isNotNull();
        assertThat(m.resultProperty().get().rows()).hasSize(2 + 3);
        assertThat(m.chartProperty().get().getXYPlot().getDataset()).isInstanceOf(FrontierChart.Points.class);
        FrontierChart.Points points = (FrontierChart.Points) m.chartProperty().get().getXYPlot().getDataset();
        int baseRow = points.rowAt(FrontierChart.BASE, 0);
        assertThat(m.resultProperty().get().rows().get(baseRow).role()).isEqualTo(SweepRow.Role.BASE);
        assertThat(m.statusProperty().get()).startsWith("Done: 5 policies x 150 paths");
        assertThat(m.open(4)).isTrue();
        assertThat(opened).singleElement().satisfies(p ->
                assertThat(p.layers().get(2).size().toString()).contains("0.05"));
        assertThat(m.open(99)).isFalse();
        assertThat(runner.progress).isNotEmpty();
    }

    @Test
    void aCancelledSweepKeepsThePreviousFrontier() {
        DirectJobRunner runner = new DirectJobRunner(DirectJobRunner.Mode.HELD);
        SweepViewModel m = model(runner);
        var size = m.fields().get(0);
        m.addAxis(size, SweepViewModel.defaultRange(size.field())[0], SweepViewModel.defaultRange(size.field())[1], 2);
        m.pathsProperty().set(100);
        m.run();
        assertThat(m.runningProperty().get()).isTrue();
        m.cancel();
        runner.runHeld();
        assertThat(m.runningProperty().get()).isFalse();
        assertThat(m.resultProperty().get()).isNull();
        assertThat(m.statusProperty().get()).contains("cancelled");
    }
}
