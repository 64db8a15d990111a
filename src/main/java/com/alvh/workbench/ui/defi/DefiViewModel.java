package com.alvh.workbench.ui.defi;

import com.alvh.workbench.ui.common.JobListener;
import com.alvh.workbench.ui.common.JobRunner;
import com.alvh.workbench.ui.common.NamedChart;
import com.alvh.workbench.ui.common.PolicyRow;

import com.alvh.workbench.chart.ChartTheme;
import com.alvh.workbench.chart.LpPayoffChart;
import com.alvh.workbench.chart.MarketLabels;
import com.alvh.workbench.defi.DefiSamples;
import com.alvh.workbench.defi.DefiSimulation;
import com.alvh.workbench.defi.LpPayoff;
import com.alvh.workbench.report.ReportChart;
import com.alvh.workbench.report.ReportCharts;
import com.alvh.workbench.report.ReportContent;
import com.alvh.workbench.scenario.DefiScenarioSpec;
import com.alvh.workbench.sim.PolicyComparison;
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
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "Pick a DeFi question and press Run");
    private JobRunner.Handle handle;
    private List<PolicyComparison.Entry> last = List.of();
    private MarketLabels lastLabels = MarketLabels.DEFI;
    private int lastRunPaths;

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
            editor.setParameters(java.util.Map.of("rangeLower", 1 + rangeLowerPercent.get() / 100.0,
                    "rangeUpper", 1 + rangeUpperPercent.get() / 100.0), "LP range");
        } catch (IllegalArgumentException e) {
            status.set("Range not applied: " + e.getMessage());
            followPosition();
        }
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
        if (!last.isEmpty()) {
            charts.set(buildCharts(last, theme, lastLabels));
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

    /** Runs the chosen sample's pairs on the same paths. */
    public void run() {
        if (running.get()) {
            return;
        }
        DefiSamples.DefiSample chosen;
        try {
            chosen = editor.resolve();
        } catch (RuntimeException e) {
            status.set("Cannot run: " + e.getMessage());
            return;
        }
        int n = chosen.settings().paths();
        running.set(true);
        progress.set(0);
        status.set(String.format(Locale.US, "Running %s: %,d paths x %d days x %d runs\u2026", chosen.key(), n,
                chosen.settings().steps(), chosen.runs().size()));
        long start = System.nanoTime();
        record Outcome(List<PolicyComparison.Entry> entries, List<NamedChart> charts) {
        }
        ChartTheme t = theme;
        // A stable LP's sample paths carry the coin's price and the LP's value (DefiPosition.chartsPeg).
        MarketLabels labels = chosen.runs().get(0).position().chartsPeg() ? MarketLabels.peg("USDC") : MarketLabels.DEFI;
        handle = runner.submit("DeFi " + chosen.key(), (sink, cancel) -> {
            List<DefiSimulation.Labelled> runs = chosen.run((done, total) -> sink.progress(done, total), cancel);
            List<PolicyComparison.Entry> entries = runs.stream().map(DefiSimulation.Labelled::entry).toList();
            return new Outcome(entries, buildCharts(entries, t, labels));
        }, new JobListener<>() {
            @Override
            public void progress(double fraction, String text) {
                progress.set(fraction);
            }

            @Override
            public void succeeded(Outcome o) {
                last = o.entries();
                lastLabels = labels;
                lastRunPaths = n;
                charts.set(o.charts());
                rows.setAll(o.entries().stream().map(e -> PolicyRow.of(e.summary())).toList());
                finish(String.format(Locale.US, "Done: %s, %,d paths in %.1f s", chosen.key(), n,
                        (System.nanoTime() - start) / 1e9));
            }

            @Override
            public void failed(Throwable error) {
                finish("Run failed: " + error.getMessage());
            }

            @Override
            public void cancelled() {
                finish("Run cancelled");
            }
        });
    }

    /** Paths of the last finished run (0 before any). */
    public int lastRunPaths() {
        return lastRunPaths;
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

    private static List<NamedChart> buildCharts(List<PolicyComparison.Entry> entries, ChartTheme theme, MarketLabels labels) {
        int primary = entries.size() > 1 ? 1 : 0;
        ReportContent content = ReportContent.forCharts(entries, primary, primary == 0 ? -1 : 0);
        return ReportCharts.build(content, theme, false, labels).stream()
                .map((ReportChart c) -> new NamedChart(c.title(), "defi-" + c.id(), c.chart())).toList();
    }
}
