package com.alvh.workbench.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.alvh.workbench.chart.ChartTheme;
import com.alvh.workbench.market.HistoricalEpisode;
import com.alvh.workbench.scenario.ModelSpec;
import com.alvh.workbench.scenario.ScenarioResolver;
import com.alvh.workbench.ui.common.DirectJobRunner;
import com.alvh.workbench.ui.common.NamedChart;
import com.alvh.workbench.ui.common.PolicyRow;
import com.alvh.workbench.ui.common.ResultCharts;
import com.alvh.workbench.ui.common.SummaryTile;
import com.alvh.workbench.ui.scenario.ScenarioEditorViewModel;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/**
 * The Results view model on the scenario editor's sample, with a runner that needs no toolkit: it runs
 * the scenario being edited through the simulation engine, keeps no copy of its settings, marks its
 * result stale after an edit, and refuses to run while a field holds refused text.
 */
class SimulationViewModelTest {

    private static final ScenarioResolver RESOLVER = new ScenarioResolver(Path.of("sample-data"));

    /** The sample scenario at 200 paths over 21 days, and a Results tab on it. */
    private record Fixture(ScenarioEditorViewModel editor, SimulationViewModel model, DirectJobRunner runner) {
        void set(String field, String text) {
            editor.field(field).textProperty().set(text);
            editor.commit(editor.field(field));
        }
    }

    private static Fixture small(DirectJobRunner.Mode mode) {
        ScenarioEditorViewModel editor = ScenarioEditorViewModel.onSample(RESOLVER);
        DirectJobRunner runner = new DirectJobRunner(mode);
        SimulationViewModel model = new SimulationViewModel(runner, editor.source(), RESOLVER, ChartTheme.LIGHT);
        Fixture f = new Fixture(editor, model, runner);
        f.set("paths", "200");
        f.set("steps (days)", "21");
        return f;
    }

    @Test
    void aRunOfTheScenarioBeingEditedFillsOneRowPerPolicyAndTheTiles() {
        Fixture f = small(DirectJobRunner.Mode.NOW);
        SimulationViewModel model = f.model();
        model.run();
        assertThat(model.isRunning()).isFalse();
        // The scenario's policy under study, the unhedged baseline and the four presets it compares with.
        assertThat(model.rows()).extracting(PolicyRow::policy)
                .containsExactly("ALVH 3 layers", "Unhedged", "Steward", "Promoter", "Static ratio", "VXTH");
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(f.runner().progress).isNotEmpty().allMatch(p -> p >= 0 && p <= 1);
        assertThat(model.getStatus()).startsWith("Done: 200 paths x 21 days x 6 policies in ");
        assertThat(model.resultProperty().get().scenario().settings().paths()).isEqualTo(200);
        PolicyRow unhedged = model.rows().get(1);
        assertThat(unhedged.meanHedgeCost()).isZero();
        assertThat(model.layers("ALVH 3 layers")).hasSize(4); // three layers and the reserve's deployment
        assertThat(model.layers("nobody")).isEmpty();
        // Headline tiles of the policy under study, each against unhedged on the same paths.
        assertThat(model.tiles()).hasSize(6);
        SummaryTile mean = model.tiles().get(0);
        assertThat(mean.title()).isEqualTo("Mean P&L, ALVH 3 layers");
        assertThat(mean.change()).contains("\u00b1").endsWith("vs unhedged");
        assertThat(model.tiles().get(1).title()).isEqualTo("VaR 95");
        // Same seed, same result.
        double first = model.rows().get(0).meanPnl();
        model.run();
        assertThat(model.rows().get(0).meanPnl()).isEqualTo(first);
    }

    @Test
    void anEditMarksTheResultStaleWithWhatChangedAndARunClearsIt() {
        Fixture f = small(DirectJobRunner.Mode.NOW);
        SimulationViewModel model = f.model();
        assertThat(model.freshness().isStale()).as("no result, nothing stale").isFalse();
        model.run();
        assertThat(model.freshness().isStale()).isFalse();
        f.set("VIX", "22");
        assertThat(model.freshness().isStale()).isTrue();
        assertThat(model.freshness().textProperty().get()).startsWith("Inputs changed \u2013 run again: VIX 16 \u2192 22");
        f.set("paths", "300");
        assertThat(model.freshness().textProperty().get()).contains("VIX 16 \u2192 22").contains("paths 200 \u2192 300");
        // Undo back to what was run: current again, without a run.
        f.editor().undo();
        f.editor().undo();
        assertThat(model.freshness().isStale()).isFalse();
        f.editor().redo();
        model.run();
        assertThat(model.freshness().isStale()).isFalse();
        assertThat(model.freshness().textProperty().get()).isEmpty();
        assertThat(model.setupDescriptionProperty().get()).contains("200 paths x 21 trading days");
    }

    @Test
    void runIsRefusedWhileAFieldHoldsRefusedTextAndNamesIt() {
        Fixture f = small(DirectJobRunner.Mode.NOW);
        SimulationViewModel model = f.model();
        assertThat(model.runBlockedProperty().get()).isEmpty();
        f.set("VIX", "abc");
        assertThat(f.editor().field("VIX").isInvalid()).isTrue();
        assertThat(model.runBlockedProperty().get()).isEqualTo("Fix the field first: VIX: 'abc' is not a number");
        // An edit elsewhere keeps the refused text and the refusal (nothing typed is dropped silently).
        f.set("seed", "7");
        assertThat(f.editor().field("VIX").textProperty().get()).isEqualTo("abc");
        assertThat(model.runBlockedProperty().get()).contains("VIX");
        model.run();
        assertThat(model.resultProperty().get()).isNull();
        assertThat(model.getStatus()).startsWith("Cannot run: Fix the field first: VIX");
        f.set("VIX", "18");
        assertThat(model.runBlockedProperty().get()).isEmpty();
        model.run();
        assertThat(model.resultProperty().get()).isNotNull();
    }

    @Test
    void cancelBeforeTheEngineRunsKeepsThePreviousResults() {
        Fixture f = small(DirectJobRunner.Mode.HELD);
        SimulationViewModel model = f.model();
        model.run();
        assertThat(model.isRunning()).isTrue();
        assertThat(model.runBlockedProperty().get()).contains("in progress");
        model.run(); // ignored while running
        model.cancel();
        f.runner().runHeld();
        assertThat(model.isRunning()).isFalse();
        assertThat(model.getStatus()).contains("cancelled");
        assertThat(model.rows()).isEmpty();
        assertThat(model.resultProperty().get()).isNull();
    }

    @Test
    void aScenarioTheResolverRefusesIsReportedAndTheModelIsReadyAgain() {
        Fixture f = small(DirectJobRunner.Mode.NOW);
        // A replay of history is one path; 200 paths is refused when the scenario is resolved.
        f.editor().apply(s -> s.withModel(ModelSpec.Replay.of(HistoricalEpisode.COVID_2020)), "model");
        f.model().run();
        assertThat(f.model().isRunning()).isFalse();
        assertThat(f.model().getStatus()).startsWith("Cannot run: ").contains("paths");
        assertThat(f.model().resultProperty().get()).isNull();
    }

    @Test
    void resultChartsArePluggedInAndRebuiltOnThemeChange() {
        Fixture f = small(DirectJobRunner.Mode.NOW);
        SimulationViewModel model = f.model();
        ResultCharts oneChart = (result, theme) -> {
            JFreeChart chart = new JFreeChart(new XYPlot());
            chart.setBackgroundPaint(theme.background());
            return List.of(new NamedChart(result.entries().size() + " policies", "test", chart));
        };
        model.setResultCharts(oneChart);
        assertThat(model.chartsProperty().get()).isEmpty(); // no result yet
        model.run();
        assertThat(model.chartsProperty().get()).singleElement()
                .satisfies(c -> assertThat(c.title()).isEqualTo("6 policies"));
        model.setChartTheme(ChartTheme.DARK);
        assertThat(model.chartsProperty().get().get(0).chart().getBackgroundPaint())
                .isEqualTo(ChartTheme.DARK.background());
    }
}
