package com.alvh.workbench.ui;

import com.alvh.workbench.chart.ChartTheme;
import com.alvh.workbench.chart.LpPayoffChart;
import com.alvh.workbench.chart.MarketLabels;
import com.alvh.workbench.defi.DefiSamples;
import com.alvh.workbench.defi.DefiSimulation;
import com.alvh.workbench.defi.LpPayoff;
import com.alvh.workbench.report.ReportChart;
import com.alvh.workbench.report.ReportCharts;
import com.alvh.workbench.report.ReportContent;
import com.alvh.workbench.sim.PolicyComparison;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
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

    /** Samples offered, in menu order. */
    private final List<DefiSamples.DefiSample> samples = DefiSamples.all();
    private final JobRunner runner;
    private ChartTheme theme;

    private final ObjectProperty<DefiSamples.DefiSample> sample = new SimpleObjectProperty<>(this, "sample");
    private final IntegerProperty paths = new SimpleIntegerProperty(this, "paths", 2_000);
    private final DoubleProperty rangeLowerPercent = new SimpleDoubleProperty(this, "rangeLowerPercent", -20);
    private final DoubleProperty rangeUpperPercent = new SimpleDoubleProperty(this, "rangeUpperPercent", 25);
    private final ReadOnlyObjectWrapper<JFreeChart> payoffChart = new ReadOnlyObjectWrapper<>(this, "payoffChart");
    private final ReadOnlyObjectWrapper<List<ResultCharts.NamedChart>> charts =
            new ReadOnlyObjectWrapper<>(this, "charts", List.of());
    private final ObservableList<PolicyRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "Pick a DeFi question and press Run");
    private JobRunner.Handle handle;
    private List<PolicyComparison.Entry> last = List.of();

    /** Entry price and deposit of the live LP payoff (USD per ETH, USD). */
    public static final double ENTRY_PRICE = 3000.0;
    public static final double DEPOSIT = 1_000_000.0;

    /**
     * @param runner where runs go
     * @param theme chart colours
     */
    public DefiViewModel(JobRunner runner, ChartTheme theme) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.theme = Objects.requireNonNull(theme, "theme");
        sample.set(samples.get(0));
        rangeLowerPercent.addListener((o, a, b) -> redrawPayoff());
        rangeUpperPercent.addListener((o, a, b) -> redrawPayoff());
        redrawPayoff();
    }

    /** The five samples. */
    public List<DefiSamples.DefiSample> samples() {
        return samples;
    }

    public ObjectProperty<DefiSamples.DefiSample> sampleProperty() {
        return sample;
    }

    public IntegerProperty pathsProperty() {
        return paths;
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

    public ReadOnlyObjectProperty<List<ResultCharts.NamedChart>> chartsProperty() {
        return charts.getReadOnlyProperty();
    }

    public ObservableList<PolicyRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
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
            charts.set(buildCharts(last, theme));
        }
    }

    /** The LP payoff for the current range: a concentrated position, or full range at the extremes. */
    public LpPayoff payoff() {
        double lo = rangeLowerPercent.get();
        double hi = rangeUpperPercent.get();
        boolean full = lo <= -99.5 && hi >= 399.5;
        double lower = full ? 0.0 : ENTRY_PRICE * (1 + Math.max(-99, Math.min(-1, lo)) / 100.0);
        double upper = full ? Double.POSITIVE_INFINITY : ENTRY_PRICE * (1 + Math.max(1, Math.min(400, hi)) / 100.0);
        return LpPayoff.of(DEPOSIT, ENTRY_PRICE, lower, upper, 0.3 * ENTRY_PRICE, 2.0 * ENTRY_PRICE, 341);
    }

    private void redrawPayoff() {
        payoffChart.set(LpPayoffChart.create(payoff(), "LP value against price (deposit USD 1,000,000 at 3,000)", theme));
    }

    /** Runs the chosen sample's pairs on the same paths. */
    public void run() {
        if (running.get()) {
            return;
        }
        DefiSamples.DefiSample chosen = sample.get().withPaths(paths.get());
        int n = paths.get();
        running.set(true);
        progress.set(0);
        status.set(String.format(Locale.US, "Running %s: %,d paths x %d days x %d runs\u2026", chosen.key(), n,
                chosen.settings().steps(), chosen.runs().size()));
        long start = System.nanoTime();
        record Outcome(List<PolicyComparison.Entry> entries, List<ResultCharts.NamedChart> charts) {
        }
        ChartTheme t = theme;
        handle = runner.submit("DeFi " + chosen.key(), (sink, cancel) -> {
            List<DefiSimulation.Labelled> runs = chosen.run((done, total) -> sink.progress(done, total), cancel);
            List<PolicyComparison.Entry> entries = runs.stream().map(DefiSimulation.Labelled::entry).toList();
            return new Outcome(entries, buildCharts(entries, t));
        }, new JobListener<>() {
            @Override
            public void progress(double fraction, String text) {
                progress.set(fraction);
            }

            @Override
            public void succeeded(Outcome o) {
                last = o.entries();
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

    private static List<ResultCharts.NamedChart> buildCharts(List<PolicyComparison.Entry> entries, ChartTheme theme) {
        int primary = entries.size() > 1 ? 1 : 0;
        ReportContent content = ReportContent.forCharts(entries, primary, primary == 0 ? -1 : 0);
        return ReportCharts.build(content, theme, false, MarketLabels.DEFI).stream()
                .map((ReportChart c) -> new ResultCharts.NamedChart(c.title(), "defi-" + c.id(), c.chart())).toList();
    }
}
