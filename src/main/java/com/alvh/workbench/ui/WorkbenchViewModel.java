package com.alvh.workbench.ui;

import com.alvh.workbench.ui.common.JobRunner;
import com.alvh.workbench.ui.defi.DefiEditorViewModel;
import com.alvh.workbench.ui.defi.DefiViewModel;
import com.alvh.workbench.ui.explore.ExploreCalculator;
import com.alvh.workbench.ui.explore.ExploreViewModel;
import com.alvh.workbench.ui.explore.PositionSummary;
import com.alvh.workbench.ui.explore.SamplePosition;
import com.alvh.workbench.ui.playback.PlaybackViewModel;
import com.alvh.workbench.ui.results.ReportResultCharts;
import com.alvh.workbench.ui.results.SimulationViewModel;
import com.alvh.workbench.ui.sweep.SweepViewModel;
import com.alvh.workbench.ui.scenario.ScenarioEditorViewModel;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.alvh.workbench.analytics.PayoffProfile;
import com.alvh.workbench.analytics.SampleScenarios;
import com.alvh.workbench.scenario.ScenarioResolver;
import com.alvh.workbench.chart.ChartExport;
import com.alvh.workbench.chart.ChartTheme;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.jfree.chart.JFreeChart;

/**
 * State of the main window: the theme, the status line and the three tabs' view models (Explore,
 * Playback, Results). The view binds to these properties and forwards menu actions here; nothing
 * in this class touches the scene graph, so it is tested without a display.
 */
public final class WorkbenchViewModel {

    /** Size of exported charts in pixels. */
    public static final int EXPORT_WIDTH_PX = 1600;
    public static final int EXPORT_HEIGHT_PX = 1000;
    /** Layout scale of exports: text and lines as on a high-density screen (about 1067 x 667 layout). */
    public static final double EXPORT_SCALE = 1.5;

    /** The workbench's two looks: an AtlantaFX theme and the matching chart colours. */
    public enum Theme {
        LIGHT(ChartTheme.LIGHT),
        DARK(ChartTheme.DARK);

        private final ChartTheme chartTheme;

        Theme(ChartTheme chartTheme) {
            this.chartTheme = chartTheme;
        }

        /** Chart colours for this theme. */
        public ChartTheme chartTheme() {
            return chartTheme;
        }

        /** The AtlantaFX user-agent stylesheet for this theme. */
        public String userAgentStylesheet() {
            return this == LIGHT ? new PrimerLight().getUserAgentStylesheet()
                    : new PrimerDark().getUserAgentStylesheet();
        }
    }

    private final javafx.beans.property.ReadOnlyObjectWrapper<PositionSummary> summary =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "summary");
    private ScenarioSession session;
    private DefiViewModel defi;
    private SweepViewModel sweep;
    private boolean syncing;
    private final ExploreViewModel explore;
    private final SimulationViewModel simulation;
    private final PlaybackViewModel playback;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Ready");

    /**
     * @param summary the position's legs and headline numbers for the side panel
     * @param explore the Explore tab
     * @param simulation the Results tab
     * @param playback the Playback tab
     */
    public WorkbenchViewModel(PositionSummary summary, ExploreViewModel explore, SimulationViewModel simulation,
                              PlaybackViewModel playback) {
        this.summary.set(Objects.requireNonNull(summary, "summary"));
        this.explore = Objects.requireNonNull(explore, "explore");
        this.simulation = Objects.requireNonNull(simulation, "simulation");
        this.playback = Objects.requireNonNull(playback, "playback");
        theme.addListener((obs, old, now) -> {
            if (now == null) {
                theme.set(old); // a theme is always set
                return;
            }
            explore.setChartTheme(now.chartTheme());
            simulation.setChartTheme(now.chartTheme());
            playback.setChartTheme(now.chartTheme());
        });
        // The status line shows the latest outcome from any tab.
        simulation.statusProperty().addListener((obs, old, now) -> status.set(now));
        playback.statusProperty().addListener((obs, old, now) -> status.set(now));
    }

    /**
     * The workbench on the sample condor, the sample campaign and the real history in
     * {@code dataDirectory}.
     *
     * @param runner where long jobs run
     * @param dataDirectory the sample-data folder
     */
    public static WorkbenchViewModel sample(JobRunner runner, Path dataDirectory) {
        return sample(runner, dataDirectory, ScenarioSession.defaultSettingsDirectory());
    }

    /**
     * The workbench on the ready sample scenario: the Scenario tab edits it, the Results tab runs it.
     *
     * @param runner where long jobs run
     * @param dataDirectory the sample-data folder
     * @param settingsDirectory where recent files and the autosave live
     */
    public static WorkbenchViewModel sample(JobRunner runner, Path dataDirectory, Path settingsDirectory) {
        ChartTheme light = Theme.LIGHT.chartTheme();
        ScenarioSession session = new ScenarioSession(new ScenarioResolver(dataDirectory), settingsDirectory);
        ExploreCalculator calculator = new ExploreCalculator(SampleScenarios.baseCondor(), SampleScenarios.baseMarket(),
                SampleScenarios.baseSkew(), SampleScenarios.baseProfile().spots());
        PositionSummary summary = SamplePosition.summary();
        ExploreViewModel explore = new ExploreViewModel(calculator, summary.name(), light);
        explore.daysForwardProperty().set(SampleScenarios.HORIZON_DAYS); // opens on the T+14 curve, as before
        SimulationViewModel simulation = new SimulationViewModel(runner, session::runSetup, light);
        simulation.setResultCharts(new ReportResultCharts());
        WorkbenchViewModel vm = new WorkbenchViewModel(summary, explore, simulation,
                new PlaybackViewModel(runner, dataDirectory, light, () -> session.scenario().campaign()));
        vm.attach(session);
        vm.defi = new DefiViewModel(runner, light, new DefiEditorViewModel(dataDirectory));
        session.attachDefi(vm.defi.editor());
        vm.theme.addListener((obs, old, now) -> vm.defi.setChartTheme(now.chartTheme()));
        vm.defi.statusProperty().addListener((obs, old, now) -> vm.status.set(now));
        vm.sweep = new SweepViewModel(runner, () -> session.editor().specProperty().get(),
                new ScenarioResolver(dataDirectory), policy -> session.editor().apply(
                        spec -> spec.withPolicy(new com.alvh.workbench.scenario.PolicySpec.Custom(policy)),
                        "policy " + policy.name() + " from the sweep"), light);
        vm.theme.addListener((obs, old, now) -> vm.sweep.setChartTheme(now.chartTheme()));
        vm.sweep.statusProperty().addListener((obs, old, now) -> vm.status.set(now));
        session.editor().specProperty().addListener((obs, old, now) -> {
            if (old == null || !old.policy().equals(now.policy())) {
                vm.sweep.refreshFields();
            }
        });
        return vm;
    }

    /**
     * Connects the scenario: the Results tab's paths, days and seed are the scenario's (an edit in
     * either place is an undoable edit of the scenario).
     */
    private void attach(ScenarioSession s) {
        this.session = s;
        ScenarioEditorViewModel editor = s.editor();
        Runnable fromSpec = () -> {
            var spec = editor.specProperty().get();
            var sim = spec.simulation();
            simulation.setupDescriptionProperty().set("Scenario '" + spec.name() + "': " + spec.model().describe()
                    + "; " + spec.policy().resolve(spec.capital()).name() + " against unhedged"
                    + (spec.compare().isEmpty() ? "" : " and " + spec.compare().size() + " more")
                    + ", all on the same paths (common random numbers). Edit it on the Scenario tab.");
            syncing = true;
            try {
                simulation.pathsProperty().set(sim.paths());
                simulation.tradingDaysProperty().set(sim.steps());
                simulation.seedProperty().set(sim.seed());
            } finally {
                syncing = false;
            }
        };
        fromSpec.run();
        editor.specProperty().addListener((obs, old, now) -> fromSpec.run());
        // The Explore tab shows the scenario's first condor at its starting market.
        Runnable position = () -> showScenarioPosition(editor.specProperty().get());
        position.run();
        editor.specProperty().addListener((obs, old, now) -> {
            if (old == null || !old.market().equals(now.market()) || !old.position().equals(now.position())) {
                position.run();
            }
        });
        simulation.pathsProperty().addListener((obs, old, now) -> toSpec("paths",
                sp -> sp.withPaths(now.intValue())));
        simulation.tradingDaysProperty().addListener((obs, old, now) -> toSpec("steps",
                sp -> sp.withSteps(now.intValue())));
        simulation.seedProperty().addListener((obs, old, now) -> toSpec("seed", sp -> sp.withSeed(now.longValue())));
    }

    private void showScenarioPosition(com.alvh.workbench.scenario.ScenarioSpec spec) {
        try {
            var market = com.alvh.workbench.scenario.ScenarioCondor.market(spec);
            var condor = com.alvh.workbench.scenario.ScenarioCondor.first(spec, market);
            var skew = spec.market().skew();
            double[] grid = com.alvh.workbench.analytics.PayoffAnalytics.spotGrid(market.spot(),
                    SampleScenarios.GRID_FRACTION, SampleScenarios.GRID_POINTS);
            explore.reposition(new ExploreCalculator(condor, market, skew, grid), "SPX iron condor");
            summary.set(SamplePosition.summary(condor, market, skew,
                    com.alvh.workbench.scenario.ScenarioCondor.ruleText(spec),
                    com.alvh.workbench.scenario.ScenarioPosition.days(spec)));
        } catch (IllegalArgumentException e) {
            status.set("Explore keeps the previous condor: " + e.getMessage());
        }
    }

    private void toSpec(String label, java.util.function.UnaryOperator<com.alvh.workbench.scenario.SimulationSpec> edit) {
        if (syncing || session == null) {
            return;
        }
        try {
            session.editor().apply(spec -> spec.withSimulation(edit.apply(spec.simulation())), label);
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
        }
    }

    /** The Sweep tab; null for a workbench built without a scenario session. */
    public SweepViewModel sweep() {
        return sweep;
    }

    /** The DeFi tab; null for a workbench built without one. */
    public DefiViewModel defi() {
        return defi;
    }

    /** The scenario being edited, its files and autosave; null for a workbench built without one. */
    public ScenarioSession session() {
        return session;
    }

    public ExploreViewModel explore() {
        return explore;
    }

    public SimulationViewModel simulation() {
        return simulation;
    }

    public PlaybackViewModel playback() {
        return playback;
    }

    /** The payoff now shown on the Explore tab. */
    public PayoffProfile profile() {
        return explore.getResult().profile();
    }

    public PositionSummary summary() {
        return summary.get();
    }

    /** The position the Explore tab shows (the scenario's first condor); replaced when the scenario changes. */
    public javafx.beans.property.ReadOnlyObjectProperty<PositionSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The current theme (never null). */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Theme getTheme() {
        return theme.get();
    }

    public void setTheme(Theme value) {
        theme.set(Objects.requireNonNull(value, "theme"));
    }

    /** Switches between light and dark. */
    public void toggleTheme() {
        setTheme(getTheme() == Theme.LIGHT ? Theme.DARK : Theme.LIGHT);
    }

    /** The payoff chart in the current theme; replaced (not mutated) when the theme changes. */
    public ReadOnlyObjectProperty<JFreeChart> chartProperty() {
        return explore.chartProperty();
    }

    public JFreeChart getChart() {
        return explore.getChart();
    }

    /** Puts {@code text} on the status line (for outcomes of view actions such as a copy). */
    public void report(String text) {
        status.set(Objects.requireNonNull(text, "text"));
    }

    /** One line for the status bar: the outcome of the last action. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public String getStatus() {
        return status.get();
    }

    /** Exports the payoff chart; see {@link #exportChart(JFreeChart, Path, ChartExport.Format)}. */
    public void exportChart(Path target, ChartExport.Format format) throws IOException {
        exportChart(getChart(), target, format);
    }

    /**
     * Exports {@code chart} to {@code target} at {@value #EXPORT_WIDTH_PX} x
     * {@value #EXPORT_HEIGHT_PX} pixels (layout scale {@value #EXPORT_SCALE}) and reports the outcome in the status line.
     *
     * @throws IOException if the file cannot be written (message names the path)
     */
    public void exportChart(JFreeChart chart, Path target, ChartExport.Format format) throws IOException {
        try {
            ChartExport.write(chart, format, target, EXPORT_WIDTH_PX, EXPORT_HEIGHT_PX, EXPORT_SCALE);
            status.set("Exported " + format + " to " + target.toAbsolutePath());
        } catch (IOException e) {
            status.set("Export failed: " + e.getMessage());
            throw e;
        }
    }
}
