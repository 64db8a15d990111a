package com.alvh.workbench.ui.defi;

import com.alvh.workbench.ui.common.JobListener;
import com.alvh.workbench.ui.common.JobRunner;
import com.alvh.workbench.ui.common.NamedChart;
import com.alvh.workbench.ui.common.PolicyRow;

import com.alvh.workbench.chart.ChartTheme;
import com.alvh.workbench.chart.LpPayoffChart;
import com.alvh.workbench.defi.DefiSamples;
import com.alvh.workbench.defi.LpPayoff;
import com.alvh.workbench.scenario.DefiScenarioSpec;
import com.alvh.workbench.scenario.DefiRunResult;
import com.alvh.workbench.scenario.SimulationEngine;
import com.alvh.workbench.ui.common.Formats;
import com.alvh.workbench.ui.common.Freshness;
import com.alvh.workbench.ui.common.ReportResultCharts;
import com.alvh.workbench.ui.common.ResultCharts;
import com.alvh.workbench.ui.common.ScenarioSource;
import com.alvh.workbench.ui.common.SummaryTile;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jfree.chart.JFreeChart;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * State of the DeFi tab: the live payoff of an LP position (value against price with its range
 * marked, redrawn as the range and deposit change) and a run of one of the five DeFi samples
 * (hedged against unhedged on the same paths) whose results use the report's charts.
 */
public final class DefiViewModel {

    private final JobRunner runner;
    private final DefiEditorViewModel editor;
    private ChartTheme theme;

    private final DoubleProperty rangeLowerPercent = new SimpleDoubleProperty(this, "rangeLowerPercent", -20);
    private final DoubleProperty rangeUpperPercent = new SimpleDoubleProperty(this, "rangeUpperPercent", 25);
    private final ReadOnlyObjectWrapper<JFreeChart> payoffChart = new ReadOnlyObjectWrapper<>(this, "payoffChart");
    private final ReadOnlyObjectWrapper<List<NamedChart>> charts =
            new ReadOnlyObjectWrapper<>(this, "charts", List.of());
    private final ObservableList<PolicyRow> rows = FXCollections.observableArrayList();
    /** One read-only view, kept: a listener on a view that is dropped is lost with it (weakly held). */
    private final ObservableList<PolicyRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<SummaryTile> tiles = FXCollections.observableArrayList();
    private final ObservableList<SummaryTile> tilesView = FXCollections.unmodifiableObservableList(tiles);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "Pick a DeFi question and press Run");
    private JobRunner.Handle handle;
    private final ReadOnlyObjectWrapper<DefiRunResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ScenarioSource<DefiScenarioSpec> source;
    private final Freshness<DefiScenarioSpec> freshness;
    private final StringBinding runBlocked;
    private ResultCharts resultCharts = ReportResultCharts.DEFI;

    /** Entry price and deposit of the live LP payoff (USD per ETH, USD) when the question is not the LP one. */
    public static final double ENTRY_PRICE = 3000.0;
    public static final double DEPOSIT = 1_000_000.0;
    /** The LP question, whose range and capital the payoff shows and the range sliders edit. */
    static final String LP_SAMPLE = DefiScenarioSpec.REPLAYABLE_SAMPLE;

    /**
     * @param runner where runs go
     * @param theme chart colours
     * @param editor the DeFi scenario being edited (what Run runs)
     */
    public DefiViewModel(JobRunner runner, ChartTheme theme, DefiEditorViewModel editor) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.theme = Objects.requireNonNull(theme, "theme");
        this.editor = Objects.requireNonNull(editor, "editor");
        this.source = editor.source();
        this.freshness = new Freshness<>(source, "run again");
        this.runBlocked = Bindings.createStringBinding(() -> running.get() ? "A run is in progress (Esc cancels it)"
                : source.problem(), running, source.problems());
        rangeLowerPercent.addListener((o, a, b) -> redrawPayoff());
        rangeUpperPercent.addListener((o, a, b) -> redrawPayoff());
        editor.specProperty().addListener((o, a, b) -> followPosition());
        followPosition();
        redrawPayoff();
    }

    /** The scenario editor of this tab. */
    public DefiEditorViewModel editor() {
        return editor;
    }

    /** The keys of the five questions, in menu order. */
    public List<String> samples() {
        return DefiScenarioSpec.SAMPLES;
    }

    /** Short titles of the five questions, for menus and messages (the keys stay in files). */
    private static final java.util.Map<String, String> TITLES = java.util.Map.of(
            "insurance-pool", "Insurance fund with multi-sig payouts",
            "governance-farming", "Governance-token farming",
            "lp-layered-vs-diversified", "LP: layered hedges or diversification",
            "stable-lp-depeg", "Stable LP through depegs",
            "tail-risk", "Smart-contract tail risk");

    /** The title of a question (its key if it has none). */
    public static String title(String sampleKey) {
        return TITLES.getOrDefault(sampleKey, sampleKey);
    }

    /** The METHOD.md question a sample answers. */
    public static String question(String sampleKey) {
        return DefiSamples.keys().contains(sampleKey) ? DefiSamples.build(sampleKey, java.util.Map.of()).question() : "";
    }

    /** Whether the range sliders show and edit the scenario's LP position (the LP question) or explore freely. */
    public boolean rangeIsThePosition() {
        return editor.specProperty().get().sample().equals(LP_SAMPLE);
    }

    /** On the LP question, the sliders and the payoff follow the position's range and capital. */
    private void followPosition() {
        if (rangeIsThePosition()) {
            rangeLowerPercent.set(100 * (editor.parameter("rangeLower") - 1));
            rangeUpperPercent.set(100 * (editor.parameter("rangeUpper") - 1));
        }
        redrawPayoff();
    }

    /**
     * On the LP question, writes the sliders' range into the position (one undoable edit, when a drag
     * ends); elsewhere the sliders only explore. A range the position does not accept is reported and
     * the sliders go back to the position's.
     */
    public void commitRangeToPosition() {
        if (!rangeIsThePosition()) {
            return;
        }
        try {
            // A drag stops anywhere: the range is written to 0.1 % of the entry price (0.8421410579 reads 0.842).
            editor.setParameters(java.util.Map.of("rangeLower", tenthOfPercent(rangeLowerPercent.get()),
                    "rangeUpper", tenthOfPercent(rangeUpperPercent.get())), "LP range");
        } catch (IllegalArgumentException e) {
            status.set("Range not applied: " + e.getMessage());
            followPosition();
        }
    }

    /** 1 + {@code percent}/100 rounded to 0.1 %: a range edge as a multiple of the entry price. */
    static double tenthOfPercent(double percent) {
        return Math.rint(1000.0 + 10.0 * percent) / 1000.0;
    }

    /** Lower edge of the LP range, percent from the entry price (-99 .. -1; -100 = full range). */
    public DoubleProperty rangeLowerPercentProperty() {
        return rangeLowerPercent;
    }

    /** Upper edge of the LP range, percent above the entry price (1 .. 400; 400 = full range). */
    public DoubleProperty rangeUpperPercentProperty() {
        return rangeUpperPercent;
    }

    public ReadOnlyObjectProperty<JFreeChart> payoffChartProperty() {
        return payoffChart.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<NamedChart>> chartsProperty() {
        return charts.getReadOnlyProperty();
    }

    public ObservableList<PolicyRow> rows() {
        return rowsView;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** New chart colours. */
    public void setChartTheme(ChartTheme next) {
        theme = Objects.requireNonNull(next, "theme");
        redrawPayoff();
        if (result.get() != null) {
            charts.set(resultCharts.charts(result.get(), theme));
        }
    }

    /** The LP payoff for the current range: a concentrated position, or full range at the extremes. */
    public LpPayoff payoff() {
        double lo = rangeLowerPercent.get();
        double hi = rangeUpperPercent.get();
        boolean full = lo <= -99.5 && hi >= 399.5;
        double lower = full ? 0.0 : ENTRY_PRICE * (1 + Math.max(-99, Math.min(-1, lo)) / 100.0);
        double upper = full ? Double.POSITIVE_INFINITY : ENTRY_PRICE * (1 + Math.max(1, Math.min(400, hi)) / 100.0);
        return LpPayoff.of(deposit(), ENTRY_PRICE, lower, upper, 0.3 * ENTRY_PRICE, 2.0 * ENTRY_PRICE, 341);
    }

    private double deposit() {
        return rangeIsThePosition() ? editor.parameter("capital") : DEPOSIT;
    }

    private void redrawPayoff() {
        String what = rangeIsThePosition() ? "the scenario's LP position" : "an ETH/USDC LP";
        payoffChart.set(LpPayoffChart.create(payoff(), String.format(Locale.US, "LP value against price: %s (deposit USD %,.0f at 3,000)",
                what, deposit()), theme));
    }

    /**
     * Runs the scenario being edited through the one entry point ({@link SimulationEngine}): its
     * unhedged and hedged pairs on the same paths. Refused while a field holds refused text.
     */
    public void run() {
        if (running.get()) {
            return;
        }
        String problem = source.problem();
        if (!problem.isEmpty()) {
            status.set("Cannot run: " + problem);
            return;
        }
        DefiScenarioSpec spec = source.current();
        running.set(true);
        progress.set(0);
        String what = title(spec.sample());
        status.set(String.format(Locale.US, "Running %s: %s x %s\u2026", what,
                Formats.count(spec.simulation().paths(), "path", "paths"),
                Formats.count(spec.simulation().steps(), "day", "days")));
        record Outcome(DefiRunResult result, List<NamedChart> charts) {
        }
        ChartTheme t = theme;
        ResultCharts provider = resultCharts;
        java.nio.file.Path data = editor.dataDirectory();
        handle = runner.submit("DeFi " + spec.sample(), (sink, cancel) -> {
            DefiRunResult r = SimulationEngine.run(spec, data, (done, total) -> sink.progress(done, total), cancel);
            return new Outcome(r, provider.charts(r, t));
        }, new JobListener<>() {
            @Override
            public void progress(double fraction, String text) {
                progress.set(fraction);
            }

            @Override
            public void succeeded(Outcome o) {
                result.set(o.result());
                charts.set(o.charts());
                tiles.setAll(SummaryTile.of(o.result()));
                rows.setAll(o.result().entries().stream().map(e -> PolicyRow.of(e.summary())).toList());
                freshness.resultFrom(spec);
                finish(String.format(Locale.US, "Done: %s, %s in %s s", what,
                        Formats.count(spec.simulation().paths(), "path", "paths"),
                        Formats.decimal(o.result().elapsedSeconds(), 1)));
            }

            @Override
            public void failed(Throwable error) {
                finish("Cannot run: " + error.getMessage());
            }

            @Override
            public void cancelled() {
                finish("Run cancelled");
            }
        });
    }

    /** Paths of the last finished run (0 before any). */
    public int lastRunPaths() {
        DefiRunResult r = result.get();
        return r == null ? 0 : r.sample().settings().paths();
    }

    /** The last finished run, or null. */
    public ReadOnlyObjectProperty<DefiRunResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Whether the result shown still matches the DeFi scenario being edited, and what changed if not. */
    public Freshness<DefiScenarioSpec> freshness() {
        return freshness;
    }

    /** Why Run is disabled now ("" when it is enabled). */
    public StringBinding runBlockedProperty() {
        return runBlocked;
    }

    /** Cancels a running sample. */
    public void cancel() {
        if (handle != null) {
            handle.cancel();
        }
    }

    private void finish(String text) {
        running.set(false);
        handle = null;
        status.set(text);
    }

    /** The headline numbers of the last result's policy under study, each against unhedged. */
    public ObservableList<SummaryTile> tiles() {
        return tilesView;
    }
}
