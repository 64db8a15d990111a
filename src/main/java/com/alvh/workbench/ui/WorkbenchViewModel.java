package com.alvh.workbench.ui;

import com.alvh.workbench.ui.common.ReportResultCharts;

import com.alvh.workbench.ui.common.JobRunner;
import com.alvh.workbench.ui.defi.DefiEditorViewModel;
import com.alvh.workbench.ui.defi.DefiViewModel;
import com.alvh.workbench.ui.explore.ExploreCalculator;
import com.alvh.workbench.ui.explore.ExploreViewModel;
import com.alvh.workbench.ui.explore.PositionSummary;
import com.alvh.workbench.ui.explore.SamplePosition;
import com.alvh.workbench.ui.playback.PlaybackViewModel;
import com.alvh.workbench.ui.common.ReportResultCharts;
import com.alvh.workbench.ui.results.SimulationViewModel;
import com.alvh.workbench.ui.sweep.SweepViewModel;
import com.alvh.workbench.ui.scenario.ScenarioEditorViewModel;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.alvh.workbench.analytics.PayoffProfile;
import com.alvh.workbench.analytics.SampleScenarios;
import com.alvh.workbench.scenario.ScenarioCondor;
import com.alvh.workbench.scenario.ScenarioResolver;
import com.alvh.workbench.scenario.ScenarioSpec;
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
    private final ExploreViewModel explore;
    private final SimulationViewModel simulation;
    private final PlaybackViewModel playback;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Ready");
    /** Type size of the whole window relative to the theme's 14 px (Ctrl+plus/minus; presentation mode). */
    private final javafx.beans.property.DoubleProperty zoom = new javafx.beans.property.SimpleDoubleProperty(this, "zoom", 1.0);
    private final javafx.beans.property.BooleanProperty presenting =
            new javafx.beans.property.SimpleBooleanProperty(this, "presenting", false);
    private double zoomBeforePresenting = 1.0;

    /** Smallest and largest window zoom, and one Ctrl+plus step. */
    public static final double MIN_ZOOM = 0.8;
    public static final double MAX_ZOOM = 2.0;
    public static final double ZOOM_STEP = 0.1;
    /** The zoom presentation mode starts at. */
    public static final double PRESENTATION_ZOOM = 1.4;
    /** Whether developer timings (the redraw time) show in the status bar: {@code -Dalvh.debug=true}. */
    public static final boolean DEBUG = Boolean.getBoolean("alvh.debug");

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
        zoom.addListener((obs, old, now) -> {
            double v = now.doubleValue();
            double fixed = Double.isFinite(v) ? Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, Math.rint(v * 100) / 100)) : old.doubleValue();
            if (fixed != v) {
                zoom.set(fixed);
                return;
            }
            playback.textScaleProperty().set(fixed);
            status.set("Zoom " + Math.round(100 * fixed) + " %" + (fixed == MIN_ZOOM || fixed == MAX_ZOOM ? " (the limit)" : ""));
        });
        presenting.addListener((obs, was, now) -> {
            if (now) {
                zoomBeforePresenting = zoom.get();
                zoom.set(Math.max(zoom.get(), PRESENTATION_ZOOM));
            } else {
                zoom.set(zoomBeforePresenting);
            }
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
        ScenarioResolver resolver = new ScenarioResolver(dataDirectory);
        ScenarioSession session = new ScenarioSession(resolver, settingsDirectory);
        ScenarioSpec first = session.editor().specProperty().get();
        ExploreViewModel explore = new ExploreViewModel(calculatorFor(first), "SPX iron condor", light);
        PositionSummary summary = summaryFor(first);
        explore.openAt(SampleScenarios.HORIZON_DAYS); // opens on the T+14 curve, as before; Reset returns there
        // The Results and Playback tabs run the scenario being edited: no copy of its settings.
        var source = session.editor().source();
        SimulationViewModel simulation = new SimulationViewModel(runner, source, resolver, light);
        simulation.setResultCharts(ReportResultCharts.EQUITY);
        WorkbenchViewModel vm = new WorkbenchViewModel(summary, explore, simulation,
                new PlaybackViewModel(runner, source, resolver, light));
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

    /** Connects the scenario: the Explore tab shows its first condor at its starting market. */
    private void attach(ScenarioSession s) {
        this.session = s;
        ScenarioEditorViewModel editor = s.editor();
        Runnable position = () -> showScenarioPosition(editor.specProperty().get());
        // Explore was built on this very scenario (sample()): no second computation at start.
        editor.specProperty().addListener((obs, old, now) -> {
            if (old == null || !old.market().equals(now.market()) || !old.position().equals(now.position())) {
                position.run();
            } else if (!old.policy().equals(now.policy()) || old.capital() != now.capital()) {
                // Same condor and market, other layers: the sliders stay where they are.
                try {
                    explore.replaceLayers(calculatorFor(now));
                } catch (IllegalArgumentException e) {
                    status.set("Explore keeps the previous layers: " + e.getMessage());
                }
            }
        });
    }

    /** The Explore numbers of a scenario: its first condor at its starting market, with its policy's layers. */
    static ExploreCalculator calculatorFor(ScenarioSpec spec) {
        var market = ScenarioCondor.market(spec);
        var condor = ScenarioCondor.first(spec, market);
        return new ExploreCalculator(condor, market, spec.market().vix3m(), spec.market().skew(),
                spec.policy().resolve(spec.capital()), spec.capital());
    }

    private static PositionSummary summaryFor(ScenarioSpec spec) {
        var market = ScenarioCondor.market(spec);
        var condor = ScenarioCondor.first(spec, market);
        return SamplePosition.summary(condor, market, spec.market().skew(), ScenarioCondor.ruleText(spec),
                com.alvh.workbench.scenario.ScenarioPosition.days(spec));
    }

    private void showScenarioPosition(ScenarioSpec spec) {
        try {
            explore.reposition(calculatorFor(spec), "SPX iron condor");
            summary.set(summaryFor(spec));
        } catch (IllegalArgumentException e) {
            status.set("Explore keeps the previous condor: " + e.getMessage());
        }
    }

    /** Type size of the window, 1 = the theme's; clamped to [{@value #MIN_ZOOM}, {@value #MAX_ZOOM}]. */
    public javafx.beans.property.DoubleProperty zoomProperty() {
        return zoom;
    }

    /** Larger type (Ctrl+plus). */
    public void zoomIn() {
        zoom.set(zoom.get() + ZOOM_STEP);
    }

    /** Smaller type (Ctrl+minus). */
    public void zoomOut() {
        zoom.set(zoom.get() - ZOOM_STEP);
    }

    /** The theme's type size again. */
    public void zoomReset() {
        zoom.set(1.0);
    }

    /** Presentation mode: full screen and at least {@value #PRESENTATION_ZOOM} zoom; off restores the zoom. */
    public javafx.beans.property.BooleanProperty presentingProperty() {
        return presenting;
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
