package com.alvh.workbench.ui.results;

import com.alvh.workbench.chart.ChartTheme;
import com.alvh.workbench.scenario.Scenario;
import com.alvh.workbench.scenario.ScenarioResolver;
import com.alvh.workbench.scenario.ScenarioSpec;
import com.alvh.workbench.scenario.SimulationEngine;
import com.alvh.workbench.scenario.SimulationResult;
import com.alvh.workbench.sim.CampaignSummary;
import com.alvh.workbench.ui.common.Formats;
import com.alvh.workbench.ui.common.Freshness;
import com.alvh.workbench.ui.common.JobListener;
import com.alvh.workbench.ui.common.JobRunner;
import com.alvh.workbench.ui.common.NamedChart;
import com.alvh.workbench.ui.common.PolicyRow;
import com.alvh.workbench.ui.common.ResultCharts;
import com.alvh.workbench.ui.common.ScenarioSource;
import com.alvh.workbench.ui.common.SummaryTile;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the Results tab: the scenario being edited run through the one entry point
 * ({@link SimulationEngine}), its progress and its outcome (a summary row per policy, per-layer
 * lines, the dashboard's charts), and whether that outcome still matches the scenario.
 *
 * <p>The tab keeps no copy of the scenario's settings: paths, days and seed are the scenario's,
 * edited on its fields. Run takes the spec being edited, resolves it and runs it on a worker
 * ({@link JobRunner}); the result comes back on the UI thread with the spec it was run on, so an
 * edit afterwards marks the result "inputs changed - run again" with what changed. Run is refused
 * (and its button disabled, with the reason) while a field of the scenario holds refused text.
 */
public final class SimulationViewModel {

    private final JobRunner runner;
    private final ScenarioSource<ScenarioSpec> source;
    private final ScenarioResolver resolver;
    private final Freshness<ScenarioSpec> freshness;
    private ResultCharts resultCharts = ResultCharts.NONE;
    private ChartTheme chartTheme;

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0.0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "No run yet: press Run (Ctrl+R)");
    private final ReadOnlyStringWrapper setupDescription = new ReadOnlyStringWrapper(this, "setupDescription");
    private final ReadOnlyObjectWrapper<SimulationResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<List<NamedChart>> charts = new ReadOnlyObjectWrapper<>(this, "charts", List.of());
    private final ObservableList<PolicyRow> rows = FXCollections.observableArrayList();
    private final ObservableList<PolicyRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<SummaryTile> tiles = FXCollections.observableArrayList();
    private final ObservableList<SummaryTile> tilesView = FXCollections.unmodifiableObservableList(tiles);
    private final StringBinding runBlocked;
    private JobRunner.Handle handle;

    /**
     * @param runner where runs go
     * @param source the scenario being edited (its spec, what changed, why it cannot run)
     * @param resolver resolves the spec when Run is pressed (loads history, fits models)
     * @param chartTheme colours of the dashboard's charts
     */
    public SimulationViewModel(JobRunner runner, ScenarioSource<ScenarioSpec> source, ScenarioResolver resolver,
                               ChartTheme chartTheme) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.source = Objects.requireNonNull(source, "source");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.chartTheme = Objects.requireNonNull(chartTheme, "chartTheme");
        this.freshness = new Freshness<>(source, "run again");
        this.runBlocked = Bindings.createStringBinding(() -> running.get() ? "A run is in progress (Esc cancels it)"
                : source.problem(), running, source.problems());
        describeSetup();
        source.spec().addListener((obs, old, now) -> describeSetup());
    }

    private void describeSetup() {
        ScenarioSpec spec = source.current();
        var sim = spec.simulation();
        int compared = spec.compare().size();
        setupDescription.set(String.format(Locale.US, "Runs '%s' (%s): %s against unhedged%s, %s x %s, seed %d, all "
                        + "on the same paths.", spec.name(), modelName(spec.model().describe()),
                spec.policy().resolve(spec.capital()).name(),
                compared == 0 ? "" : " and " + Formats.count(compared, "more policy", "more policies"),
                Formats.count(sim.paths(), "path", "paths"), Formats.count(sim.steps(), "trading day", "trading days"),
                sim.seed()));
    }

    /** A model's description without its parameters: "Heston" of "Heston (v0 0.0174, kappa 4.0, ...)". */
    private static String modelName(String description) {
        int paren = description.indexOf(" (");
        int colon = description.indexOf(": ");
        int cut = paren < 0 ? colon : colon < 0 ? paren : Math.min(paren, colon);
        return cut < 0 ? description : description.substring(0, cut);
    }

    /** Plugs in the dashboard's charts (see {@link ResultCharts}); rebuilds them for the current result. */
    public void setResultCharts(ResultCharts provider) {
        resultCharts = Objects.requireNonNull(provider, "provider");
        rebuildCharts();
    }

    /** New colours for the dashboard's charts. */
    public void setChartTheme(ChartTheme theme) {
        chartTheme = Objects.requireNonNull(theme, "theme");
        rebuildCharts();
    }

    private void rebuildCharts() {
        SimulationResult r = result.get();
        charts.set(r == null ? List.of() : List.copyOf(resultCharts.charts(r, chartTheme)));
    }

    /** Starts a run of the scenario being edited, unless one is running or a field holds refused text. */
    public void run() {
        if (running.get()) {
            return;
        }
        String problem = source.problem();
        if (!problem.isEmpty()) {
            status.set("Cannot run: " + problem);
            return;
        }
        ScenarioSpec spec = source.current();
        ResultCharts provider = resultCharts;
        ChartTheme theme = chartTheme;
        running.set(true);
        progress.set(0.0);
        String what = String.format(Locale.US, "%s x %s", Formats.count(spec.simulation().paths(), "path", "paths"),
                Formats.count(spec.simulation().steps(), "day", "days"));
        message.set("Preparing " + what);
        status.set("Running " + what + "\u2026");
        record Outcome(SimulationResult result, List<NamedChart> charts) {
        }
        handle = runner.submit("Scenario run", (sink, cancel) -> {
            Scenario scenario = resolver.resolve(spec);
            int paths = scenario.settings().paths();
            List<String> names = scenario.policies().stream().map(p -> p.name()).toList();
            SimulationResult r = SimulationEngine.run(scenario, (done, total) -> {
                sink.progress(done, total);
                int k = (int) Math.min(names.size() - 1, done / paths);
                sink.message(String.format(Locale.US, "%s: %,d of %,d paths", names.get(k), done - (long) k * paths,
                        paths));
            }, cancel);
            sink.message("Building charts");
            return new Outcome(r, List.copyOf(provider.charts(r, theme)));
        }, new JobListener<>() {
            @Override
            public void progress(double fraction, String text) {
                progress.set(fraction);
                if (text != null && !text.isEmpty()) {
                    message.set(text);
                }
            }

            @Override
            public void succeeded(Outcome outcome) {
                SimulationResult r = outcome.result();
                result.set(r);
                charts.set(outcome.charts());
                tiles.setAll(SummaryTile.of(r));
                rows.setAll(r.entries().stream().map(e -> PolicyRow.of(e.summary())).toList());
                freshness.resultFrom(spec);
                var s = r.scenario().settings();
                finish(String.format(Locale.US, "Done: %s x %s x %s in %s s", Formats.count(s.paths(), "path", "paths"),
                        Formats.count(s.steps(), "day", "days"), Formats.count(r.entries().size(), "policy", "policies"),
                        Formats.decimal(r.elapsedSeconds(), 1)));
                progress.set(1.0);
            }

            @Override
            public void failed(Throwable error) {
                finish("Cannot run: " + firstLines(error.getMessage()) + " (see the Scenario tab)");
            }

            @Override
            public void cancelled() {
                finish(result.get() == null ? "Run cancelled" : "Run cancelled; the previous results are kept");
            }
        });
    }

    private static String firstLines(String s) {
        if (s == null) {
            return "unknown problem";
        }
        String[] lines = s.split("\n");
        return lines.length > 1 ? lines[0] + ": " + lines[1].strip() : lines[0];
    }

    private void finish(String text) {
        running.set(false);
        handle = null;
        message.set("");
        status.set(text);
    }

    /** Cancels the running comparison, if any; it stops within a step. */
    public void cancel() {
        if (handle != null) {
            message.set("Cancelling\u2026");
            handle.cancel();
        }
    }

    /** The per-layer lines of one policy of the last result (empty if none or not found). */
    public List<CampaignSummary.LayerLine> layers(String policy) {
        SimulationResult r = result.get();
        if (r == null) {
            return List.of();
        }
        return r.entries().stream().filter(e -> e.summary().policyName().equals(policy)).findFirst()
                .map(e -> e.summary().layers()).orElse(List.of());
    }

    /** Whether the result shown still matches the scenario being edited, and what changed if not. */
    public Freshness<ScenarioSpec> freshness() {
        return freshness;
    }

    /** Why Run is disabled now ("" when it is enabled): a run in progress, or a field with refused text. */
    public StringBinding runBlockedProperty() {
        return runBlocked;
    }

    /** One line saying what Run runs (the scenario, its model, policies, paths, days and seed). */
    public ReadOnlyStringProperty setupDescriptionProperty() {
        return setupDescription.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    /** Fraction done in [0, 1]. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the run is doing now ("" when idle). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The outcome of the last run, for the status bar. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public String getStatus() {
        return status.get();
    }

    /** The last finished run, or null. */
    public ReadOnlyObjectProperty<SimulationResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The dashboard's charts for the last result (empty until {@link ResultCharts} is plugged in). */
    public ReadOnlyObjectProperty<List<NamedChart>> chartsProperty() {
        return charts.getReadOnlyProperty();
    }

    /** One summary row per policy of the last result. */
    public ObservableList<PolicyRow> rows() {
        return rowsView;
    }

    /** The headline numbers of the last result's policy under study, each against unhedged. */
    public ObservableList<SummaryTile> tiles() {
        return tilesView;
    }
}
