package com.alvh.workbench.ui.defi;

import com.alvh.workbench.ui.common.DirectJobRunner;
import com.alvh.workbench.ui.common.EditorField;
import com.alvh.workbench.ui.common.FieldText;
import com.alvh.workbench.ui.common.NamedChart;
import com.alvh.workbench.ui.common.PolicyRow;

import com.alvh.workbench.chart.ChartTheme;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The DeFi tab's state without a toolkit. */
class DefiViewModelTest {

    private static DefiViewModel model() {
        return new DefiViewModel(new DirectJobRunner(DirectJobRunner.Mode.NOW), ChartTheme.LIGHT,
                new DefiEditorViewModel(Path.of("sample-data")));
    }

    @Test
    void awayFromTheLpQuestionTheSlidersExploreAndFullRangeIsAtTheEnds() {
        DefiViewModel m = model();
        assertThat(m.rangeIsThePosition()).isFalse();
        var p = m.payoff();
        assertThat(p.lower()).isCloseTo(0.8 * DefiViewModel.ENTRY_PRICE, within(1e-9));
        assertThat(p.upper()).isCloseTo(1.25 * DefiViewModel.ENTRY_PRICE, within(1e-9));
        var before = m.payoffChartProperty().get();
        m.rangeLowerPercentProperty().set(-100);
        m.rangeUpperPercentProperty().set(400);
        assertThat(m.payoffChartProperty().get()).isNotSameAs(before);
        assertThat(m.payoff().lower()).isZero();
        assertThat(m.payoff().upper()).isInfinite();
        m.commitRangeToPosition();
        assertThat(m.editor().dirtyProperty().get()).as("exploring is not an edit").isFalse();
    }

    @Test
    void onTheLpQuestionThePayoffIsThePositionAndTheSlidersEditIt() {
        DefiViewModel m = model();
        m.editor().chooseSample(DefiViewModel.LP_SAMPLE);
        double lower = m.editor().parameter("rangeLower");
        double upper = m.editor().parameter("rangeUpper");
        assertThat(m.payoff().lower()).isCloseTo(lower * DefiViewModel.ENTRY_PRICE, within(1e-9));
        assertThat(m.payoff().upper()).isCloseTo(upper * DefiViewModel.ENTRY_PRICE, within(1e-9));
        assertThat(m.rangeLowerPercentProperty().get()).isCloseTo(100 * (lower - 1), within(1e-9));

        m.rangeLowerPercentProperty().set(-25);
        m.rangeUpperPercentProperty().set(50);
        m.commitRangeToPosition();
        assertThat(m.editor().parameter("rangeLower")).isEqualTo(0.75);
        assertThat(m.editor().parameter("rangeUpper")).isEqualTo(1.5);
        assertThat(m.editor().undoTextProperty().get()).isEqualTo("Undo LP range");

        // An edit of the capital in the form redraws the payoff at the new deposit.
        EditorField<com.alvh.workbench.scenario.DefiScenarioSpec> capital = m.editor().fields().stream()
                .filter(f -> f.label().startsWith("Capital")).findFirst().orElseThrow();
        double deposit = m.editor().parameter("capital");
        double[] before = m.payoff().value();
        capital.textProperty().set(FieldText.number(2 * deposit));
        assertThat(m.editor().commit(capital)).isTrue();
        double[] after = m.payoff().value();
        for (int i = 0; i < before.length; i++) {
            assertThat(after[i]).as("LP value is linear in the deposit").isCloseTo(2 * before[i], within(1e-6 * before[i]));
        }
        assertThat(m.payoffChartProperty().get().getTitle().getText()).contains(String.format(java.util.Locale.US, "%,.0f", 2 * deposit));

        m.editor().undo();
        m.editor().undo();
        assertThat(m.rangeLowerPercentProperty().get()).isCloseTo(100 * (lower - 1), within(1e-9));
    }

    @Test
    void aRunIsMarkedStaleAfterAnEditOrAnotherQuestionAndRefusedWhileAFieldIsRed() {
        DefiViewModel m = model();
        m.editor().chooseSample("stable-lp-depeg");
        EditorField<com.alvh.workbench.scenario.DefiScenarioSpec> paths = m.editor().field("paths");
        paths.textProperty().set("100");
        m.editor().commit(paths);
        m.run();
        assertThat(m.freshness().isStale()).isFalse();
        assertThat(m.tiles()).hasSize(6);
        EditorField<com.alvh.workbench.scenario.DefiScenarioSpec> seed = m.editor().field("seed");
        seed.textProperty().set("99");
        m.editor().commit(seed);
        assertThat(m.freshness().textProperty().get()).startsWith("Inputs changed \u2013 run again: seed ");
        m.editor().chooseSample("tail-risk");
        assertThat(m.freshness().textProperty().get())
                .contains("question Stable LP through depegs \u2192 Smart-contract tail risk");
        // Two fields red: Run is refused and names them; the last valid values are not used silently.
        m.editor().field("paths").textProperty().set("many");
        m.editor().commit(m.editor().field("paths"));
        m.editor().field("days").textProperty().set("-");
        m.editor().commit(m.editor().field("days"));
        assertThat(m.runBlockedProperty().get()).startsWith("Fix 2 fields first: paths").contains("days");
        var before = m.resultProperty().get();
        m.run();
        assertThat(m.resultProperty().get()).isSameAs(before);
        assertThat(m.statusProperty().get()).startsWith("Cannot run: Fix 2 fields first");
    }

    @Test
    void runRunsTheEditedScenarioHedgedAgainstUnhedgedWithTheReportsCharts() {
        DefiViewModel m = model();
        m.editor().chooseSample("stable-lp-depeg");
        EditorField<com.alvh.workbench.scenario.DefiScenarioSpec> paths = m.editor().field("paths");
        paths.textProperty().set("200");
        m.editor().commit(paths);
        m.run();
        assertThat(m.runningProperty().get()).isFalse();
        assertThat(m.statusProperty().get()).startsWith("Done: Stable LP through depegs, 200 paths");
        assertThat(m.rows()).extracting(PolicyRow::policy).containsExactly("Unhedged", "Peg layers");
        assertThat(m.chartsProperty().get()).extracting(NamedChart::title)
                .anyMatch(t -> t.startsWith("USDC price path and layer triggers")); // a stable LP's path is its coin's price
        // DeFi steps are calendar days, not trading days.
        assertThat(m.chartsProperty().get()).filteredOn(c -> c.chart().getPlot() instanceof org.jfree.chart.plot.XYPlot)
                .extracting(c -> ((org.jfree.chart.plot.XYPlot) c.chart().getPlot()).getDomainAxis().getLabel())
                .doesNotContain("Trading day").contains("Day");
    }
}
