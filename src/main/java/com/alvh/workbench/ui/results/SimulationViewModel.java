package com.alvh.workbench.ui.results;

import com.alvh.workbench.ui.common.JobListener;
import com.alvh.workbench.ui.common.JobRunner;
import com.alvh.workbench.ui.common.NamedChart;
import com.alvh.workbench.ui.common.PolicyRow;
import com.alvh.workbench.ui.common.SampleSetup;

import com.alvh.workbench.chart.ChartTheme;
import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.sim.CampaignSpec;
import com.alvh.workbench.sim.CampaignSummary;
import com.alvh.workbench.sim.MarketModel;
import com.alvh.workbench.sim.PolicyComparison;
import com.alvh.workbench.sim.SimulationSettings;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the Results tab: the run settings, the running comparison (progress, message,
 * cancel) and its outcome (a summary row per policy, per-layer lines, the dashboard's charts).
 *
 * <p>The run goes through a {@link JobRunner}: the job calls {@link PolicyComparison#run} on a
 * worker thread with a progress listener and a cancellation token, and its outcome comes back
 * through {@link JobListener} on the UI thread, where this class updates its properties. Nothing
 * here touches the scene graph.
 */
public final class SimulationViewModel {

    /** Accepted path counts. */
    public static final int MIN_PATHS = 100;
    public static final int MAX_PATHS = 1_000_000;
    /** Accepted horizons (trading days). */
    public static final int MIN_DAYS = 21;
    public static final int MAX_DAYS = 756;
    /** Defaults: 10,000 paths over half a year. */
    public static final int DEFAULT_PATHS = 10_000;
    public static final int DEFAULT_DAYS = 126;
    public static final long DEFAULT_SEED = 20_240_805L;

    /**
     * What a run needs, taken when Run is pressed (so edits to the scenario apply to the next run).
     *
     * @param model the market model
     * @param spec the campaign (its policy is replaced by each of {@code policies})
     * @param policies the policies compared, in table order
     * @param dt step length (years)
     * @param scenarioName the scenario's name, for the status line
     */
    public record RunSetup(MarketModel model, CampaignSpec spec, List<AlvhPolicy> policies, double dt, String scenarioName) {
        public RunSetup {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(spec, "spec");
            policies = List.copyOf(policies);
            if (policies.isEmpty()) {
                throw new IllegalArgumentException("policies must not be empty");
            }
        }
    }

    private final JobRunner runner;
    private final Supplier<RunSetup> setup;
    private ResultCharts resultCharts = ResultCharts.NONE;
    private ChartTheme chartTheme;

    private final IntegerProperty paths = new SimpleIntegerProperty(this, "paths", DEFAULT_PATHS);
    private final IntegerProperty tradingDays = new SimpleIntegerProperty(this, "tradingDays", DEFAULT_DAYS);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", DEFAULT_SEED);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0.0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "No run yet: press Run (Ctrl+R)");
    private final javafx.beans.property.StringProperty setupDescription = new javafx.beans.property.SimpleStringProperty(
            this, "setupDescription", "Sample setup: CNDR 20/5-delta 45-day condors, 10 lots, USD 1,000,000, Heston "
            + "paths from SPX 5,000 and VIX 16; each policy sees the same paths (common random numbers).");
    private final ReadOnlyObjectWrapper<ComparisonResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<List<NamedChart>> charts =
            new ReadOnlyObjectWrapper<>(this, "charts", List.of());
    private final ObservableList<PolicyRow> rows = FXCollections.observableArrayList();
    private final ObservableList<PolicyRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private JobRunner.Handle handle;

    /**
     * @param runner where the run goes
     * @param model a fresh market model per run (models are immutable; a supplier keeps it cheap)
     * @param spec the campaign (its policy is replaced by each of {@code policies})
     * @param policies the policies compared, in table order
     * @param chartTheme colours of the dashboard's charts
     */
    public SimulationViewModel(JobRunner runner, Supplier<MarketModel> model, CampaignSpec spec,
                               List<AlvhPolicy> policies, ChartTheme chartTheme) {
        this(runner, fixed(model, spec, policies), chartTheme);
    }

    private static Supplier<RunSetup> fixed(Supplier<MarketModel> model, CampaignSpec spec, List<AlvhPolicy> policies) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(spec, "spec");
        List<AlvhPolicy> fixedPolicies = List.copyOf(policies);
        if (fixedPolicies.isEmpty()) {
            throw new IllegalArgumentException("policies must not be empty");
        }
        return () -> new RunSetup(model.get(), spec, fixedPolicies, 1.0 / SimulationSettings.TRADING_DAYS_PER_YEAR,
                "Sample");
    }

    /**
     * A Results tab whose runs take their model, campaign and policies from {@code setup} at the
     * moment Run is pressed (the scenario being edited); a setup that fails (a scenario with
     * problems) is reported in the status line and nothing runs.
     *
     * @param runner where the run goes
     * @param setup what to run
     * @param chartTheme colours of the dashboard's charts
     */
    public SimulationViewModel(JobRunner runner, Supplier<RunSetup> setup, ChartTheme chartTheme) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.setup = Objects.requireNonNull(setup, "setup");
        this.chartTheme = Objects.requireNonNull(chartTheme, "chartTheme");
        clampOnChange(paths, MIN_PATHS, MAX_PATHS);
        clampOnChange(tradingDays, MIN_DAYS, MAX_DAYS);
    }

    /** The sample setup of {@link SampleSetup}. */
    public static SimulationViewModel sample(JobRunner runner, ChartTheme theme) {
        return new SimulationViewModel(runner, SampleSetup::marketModel, SampleSetup.campaign(AlvhPolicy.unhedged()),
                SampleSetup.comparedPolicies(), theme);
    }

    private static void clampOnChange(IntegerProperty p, int min, int max) {
        p.addListener((obs, old, now) -> {
            int v = Math.max(min, Math.min(max, now.intValue()));
            if (v != now.intValue()) {
                p.set(v);
            }
        });
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
        ComparisonResult r = result.get();
        charts.set(r == null ? List.of() : List.copyOf(resultCharts.charts(r, chartTheme)));
    }

    /** The settings the next run will use (all cores, default block size). */
    public SimulationSettings settings() {
        return SimulationSettings.daily(paths.get(), tradingDays.get(), seed.get());
    }

    /** Starts a run, unless one is running. */
    public void run() {
        if (running.get()) {
            return;
        }
        SimulationSettings settings = settings();
        RunSetup run;
        try {
            run = setup.get();
        } catch (RuntimeException e) {
            status.set("Cannot run: " + firstLine(e.getMessage()) + " (see the Scenario tab)");
            return;
        }
        MarketModel m = run.model();
        CampaignSpec spec = run.spec();
        List<AlvhPolicy> policies = run.policies();
        ResultCharts provider = resultCharts;
        ChartTheme theme = chartTheme;
        running.set(true);
        progress.set(0.0);
        String what = String.format(Locale.US, "%,d paths x %d days x %d policies", settings.paths(),
                settings.steps(), policies.size());
        message.set("Starting " + what);
        status.set("Running " + what + "\u2026");
        record Outcome(ComparisonResult result, List<NamedChart> charts) {
        }
        handle = runner.submit("Policy comparison", (sink, cancel) -> {
            long start = System.nanoTime();
            List<PolicyComparison.Entry> entries = PolicyComparison.run(m, spec, policies, settings,
                    (done, total) -> {
                        sink.progress(done, total);
                        int k = (int) Math.min(policies.size() - 1, done / settings.paths());
                        sink.message(String.format(Locale.US, "%s: %,d of %,d paths", policies.get(k).name(),
                                done - (long) k * settings.paths(), settings.paths()));
                    }, cancel);
            ComparisonResult r = new ComparisonResult(entries, settings, (System.nanoTime() - start) / 1_000_000);
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
                ComparisonResult r = outcome.result();
                result.set(r);
                charts.set(outcome.charts());
                rows.setAll(r.entries().stream().map(e -> PolicyRow.of(e.summary())).toList());
                finish(String.format(Locale.US, "Done: %,d paths x %d days x %d policies in %.1f s",
                        r.settings().paths(), r.settings().steps(), r.entries().size(), r.elapsedMillis() / 1000.0));
                progress.set(1.0);
            }

            @Override
            public void failed(Throwable error) {
                finish("Run failed: " + error.getMessage());
            }

            @Override
            public void cancelled() {
                finish("Run cancelled; the previous results are kept");
            }
        });
    }

    private static String firstLine(String s) {
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
        ComparisonResult r = result.get();
        if (r == null) {
            return List.of();
        }
        return r.entries().stream().filter(e -> e.summary().policyName().equals(policy)).findFirst()
                .map(e -> e.summary().layers()).orElse(List.of());
    }

    /** One line saying what Run runs (the scenario, its model and policies). */
    public javafx.beans.property.StringProperty setupDescriptionProperty() {
        return setupDescription;
    }

    /** Paths per policy, clamped to [{@value #MIN_PATHS}, {@value #MAX_PATHS}]. */
    public IntegerProperty pathsProperty() {
        return paths;
    }

    /** Horizon in trading days, clamped to [{@value #MIN_DAYS}, {@value #MAX_DAYS}]. */
    public IntegerProperty tradingDaysProperty() {
        return tradingDays;
    }

    /** Root seed; the same seed gives the same result. */
    public LongProperty seedProperty() {
        return seed;
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

    /** The last finished comparison, or null. */
    public ReadOnlyObjectProperty<ComparisonResult> resultProperty() {
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
}
