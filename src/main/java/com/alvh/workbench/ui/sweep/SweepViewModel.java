package com.alvh.workbench.ui.sweep;

import com.alvh.workbench.chart.ChartTheme;
import com.alvh.workbench.chart.FrontierChart;
import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.scenario.PolicyTemplate;
import com.alvh.workbench.scenario.ScenarioResolver;
import com.alvh.workbench.scenario.ScenarioSpec;
import com.alvh.workbench.scenario.SweepAxis;
import com.alvh.workbench.scenario.SweepObjective;
import com.alvh.workbench.scenario.SweepSampling;
import com.alvh.workbench.scenario.SweepSpec;
import com.alvh.workbench.sweep.LocalSweepExecutor;
import com.alvh.workbench.sweep.SweepExecutor;
import com.alvh.workbench.sweep.SweepResult;
import com.alvh.workbench.sweep.SweepRow;
import com.alvh.workbench.sweep.Sweeps;
import com.alvh.workbench.ui.common.JobListener;
import com.alvh.workbench.ui.common.JobRunner;
import javafx.beans.property.BooleanProperty;
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
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jfree.chart.JFreeChart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * State of the Sweep tab. The axes are picked among the numeric fields of the scenario's policy
 * ({@link PolicyTemplate#numericFields}), each with a range and a number of grid values; Run takes
 * the scenario as it is at that moment, builds the sweep and runs it through the {@link JobRunner}
 * ({@link Sweeps#run} on all cores, progress and cancel); the result is the frontier chart and its
 * rows. {@link #open} hands a row's policy to the Scenario editor. Nothing here touches the scene graph.
 */
public final class SweepViewModel {

    /** Accepted paths per policy. */
    public static final int MIN_PATHS = 100;
    public static final int MAX_PATHS = 200_000;

    /** How the policies are picked. */
    public enum Sampling {
        GRID("Grid"), LATIN_HYPERCUBE("Latin hypercube");

        private final String label;

        Sampling(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * One numeric field of the policy, offered as an axis.
     *
     * @param field the field (path, base value, whether whole numbers)
     */
    public record FieldChoice(PolicyTemplate.Field field) {
        @Override
        public String toString() {
            return field.path().substring(PolicyTemplate.ROOT.length() + 1) + " = "
                    + String.format(Locale.ROOT, field.integer() ? "%.0f" : "%.4g", field.value());
        }
    }

    /** An axis the user added: the field, its range and grid count. */
    public record AxisChoice(PolicyTemplate.Field field, double from, double to, int count) {
        public AxisChoice {
            Objects.requireNonNull(field, "field");
            if (!(from < to) || !Double.isFinite(from) || !Double.isFinite(to)) {
                throw new IllegalArgumentException("the range needs from < to, was " + from + " .. " + to);
            }
            if (count < 2 || count > 50) {
                throw new IllegalArgumentException("values per axis must be in [2, 50], was " + count);
            }
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: %.4g .. %.4g (%d values)",
                    field.path().substring(PolicyTemplate.ROOT.length() + 1), from, to, count);
        }
    }

    private final JobRunner runner;
    private final Supplier<ScenarioSpec> scenario;
    private final ScenarioResolver resolver;
    private final Consumer<AlvhPolicy> openPolicy;
    private ChartTheme theme;

    private final ObservableList<FieldChoice> fields = FXCollections.observableArrayList();
    private final ObservableList<AxisChoice> axes = FXCollections.observableArrayList();
    private final ObjectProperty<Sampling> sampling = new SimpleObjectProperty<>(this, "sampling", Sampling.GRID);
    private final IntegerProperty points = new SimpleIntegerProperty(this, "points", 40);
    private final IntegerProperty paths = new SimpleIntegerProperty(this, "paths", 2_000);
    private final ObjectProperty<SweepObjective.Tail> tail = new SimpleObjectProperty<>(this, "tail", SweepObjective.Tail.CVAR95);
    private final BooleanProperty limitTail = new SimpleBooleanProperty(this, "limitTail", false);
    private final DoubleProperty tailAtMost = new SimpleDoubleProperty(this, "tailAtMost", 150_000);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "Add axes (fields of the scenario's policy), then Run: every policy runs on the same paths as the unhedged condor");
    private final ReadOnlyObjectWrapper<SweepResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<JFreeChart> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private JobRunner.Handle handle;

    /**
     * @param runner where the sweep runs
     * @param scenario the scenario being edited, read when fields are listed and when Run is pressed
     * @param resolver resolves the scenario (the market history's folder)
     * @param openPolicy puts a policy into the Scenario editor (an undoable edit there)
     * @param theme the frontier chart's colours
     */
    public SweepViewModel(JobRunner runner, Supplier<ScenarioSpec> scenario, ScenarioResolver resolver,
                          Consumer<AlvhPolicy> openPolicy, ChartTheme theme) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.openPolicy = Objects.requireNonNull(openPolicy, "openPolicy");
        this.theme = Objects.requireNonNull(theme, "theme");
        paths.addListener((obs, old, now) -> {
            int v = Math.max(MIN_PATHS, Math.min(MAX_PATHS, now.intValue()));
            if (v != now.intValue()) {
                paths.set(v);
            }
        });
        refreshFields();
    }

    /** Lists the numeric fields of the scenario's policy again (after the scenario changed). */
    public void refreshFields() {
        List<FieldChoice> out = new ArrayList<>();
        try {
            for (PolicyTemplate.Field f : PolicyTemplate.numericFields(scenario.get())) {
                out.add(new FieldChoice(f));
            }
        } catch (RuntimeException e) {
            status.set("The scenario's policy cannot be listed: " + e.getMessage());
        }
        fields.setAll(out);
        // Axes whose field is gone (a layer removed) go too.
        axes.removeIf(a -> out.stream().noneMatch(f -> f.field().path().equals(a.field().path())));
    }

    /**
     * Adds an axis over {@code field}, or replaces the one over the same field.
     *
     * @return null if added, else why not (shown to the user)
     */
    public String addAxis(FieldChoice field, double from, double to, int count) {
        if (field == null) {
            return "Pick a field";
        }
        AxisChoice a;
        try {
            a = new AxisChoice(field.field(), from, to, count);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        axes.removeIf(x -> x.field().path().equals(field.field().path()));
        axes.add(a);
        return null;
    }

    /** A default range around a field's base value: half to one and a half times it (0 .. 1 for 0). */
    public static double[] defaultRange(PolicyTemplate.Field f) {
        double v = f.value();
        double lo = v == 0 ? 0 : 0.5 * v;
        double hi = v == 0 ? 1 : 1.5 * v;
        if (f.integer()) {
            lo = Math.floor(lo);
            hi = Math.max(lo + 1, Math.ceil(hi));
        }
        return new double[] {Math.min(lo, hi), Math.max(lo, hi)};
    }

    /** The sweep Run would start now (the scenario as it is, the axes, sampling and objective). */
    public SweepSpec spec() {
        ScenarioSpec base = scenario.get();
        base = base.withSimulation(base.simulation().withPaths(paths.get()));
        List<SweepAxis> list = new ArrayList<>();
        for (AxisChoice a : axes) {
            String name = a.field().path().substring(PolicyTemplate.ROOT.length() + 1);
            list.add(new SweepAxis(name, a.field().path(), List.of(), a.from(), a.to(), a.count(), a.field().integer()));
        }
        SweepSampling s = sampling.get() == Sampling.GRID ? new SweepSampling.Grid()
                : new SweepSampling.LatinHypercube(points.get(), 1L);
        SweepObjective o = limitTail.get()
                ? new SweepObjective(SweepObjective.Cost.NET_COST, tail.get(), SweepObjective.Goal.LEAST_COST, tailAtMost.get(), Double.NaN)
                : new SweepObjective(SweepObjective.Cost.NET_COST, tail.get(), SweepObjective.Goal.NONE, Double.NaN, Double.NaN);
        return new SweepSpec(1, "Sweep of '" + scenario.get().name() + "'", "", base, "workbench", list, s, o, null);
    }

    /** Starts the sweep, unless one runs or no axis is set. */
    public void run() {
        if (running.get()) {
            return;
        }
        if (axes.isEmpty()) {
            status.set("Add at least one axis");
            return;
        }
        SweepSpec spec;
        try {
            spec = spec();
        } catch (RuntimeException e) {
            status.set("Cannot sweep: " + e.getMessage());
            return;
        }
        ChartTheme t = theme;
        running.set(true);
        progress.set(0);
        status.set(String.format(Locale.US, "Running the sweep on %,d paths per policy\u2026", spec.base().simulation().paths()));
        record Outcome(SweepResult result, JFreeChart chart) {
        }
        handle = runner.submit("Sweep", (sink, cancel) -> {
            try (SweepExecutor executor = LocalSweepExecutor.allCores()) {
                SweepResult r = Sweeps.run(spec, resolver, executor, sink::progress, cancel);
                return new Outcome(r, FrontierChart.create(r, spec.name(), t));
            }
        }, new JobListener<>() {
            @Override
            public void progress(double fraction, String message) {
                progress.set(fraction);
            }

            @Override
            public void succeeded(Outcome o) {
                result.set(o.result());
                chart.set(o.chart());
                SweepResult r = o.result();
                String best = r.bestRow().map(b -> "; best within the limit: " + b.label()).orElse("");
                finish(String.format(Locale.US, "Done: %d policies x %,d paths in %.1f s; %d on the frontier%s."
                        + " Click a point to open its policy in the Scenario tab.", r.rows().size(), r.paths(),
                        r.elapsedSeconds(), r.frontier().size(), best));
                progress.set(1);
            }

            @Override
            public void failed(Throwable error) {
                String m = error.getMessage() == null ? error.toString() : error.getMessage();
                finish("Sweep failed: " + m.lines().limit(3).reduce((a, b) -> a + " " + b.strip()).orElse(m));
            }

            @Override
            public void cancelled() {
                finish("Sweep cancelled; the previous frontier is kept");
            }
        });
    }

    private void finish(String text) {
        running.set(false);
        handle = null;
        status.set(text);
    }

    /** Cancels the running sweep. */
    public void cancel() {
        if (handle != null) {
            status.set("Cancelling\u2026");
            handle.cancel();
        }
    }

    /**
     * Opens row {@code row} of the last result in the Scenario editor.
     *
     * @return whether there was such a row
     */
    public boolean open(int row) {
        SweepResult r = result.get();
        if (r == null || row < 0 || row >= r.rows().size()) {
            return false;
        }
        SweepRow x = r.rows().get(row);
        openPolicy.accept(x.policy());
        status.set("Opened " + x.label() + " in the Scenario tab (undo there to go back)");
        return true;
    }

    /** New colours for the frontier chart. */
    public void setChartTheme(ChartTheme newTheme) {
        theme = Objects.requireNonNull(newTheme, "theme");
        SweepResult r = result.get();
        if (r != null) {
            chart.set(FrontierChart.create(r, r.spec().name(), theme));
        }
    }

    public ObservableList<FieldChoice> fields() {
        return fields;
    }

    public ObservableList<AxisChoice> axes() {
        return axes;
    }

    public ObjectProperty<Sampling> samplingProperty() {
        return sampling;
    }

    /** Points of a Latin hypercube. */
    public IntegerProperty pointsProperty() {
        return points;
    }

    /** Paths per policy. */
    public IntegerProperty pathsProperty() {
        return paths;
    }

    public ObjectProperty<SweepObjective.Tail> tailProperty() {
        return tail;
    }

    /** Whether "best" means the least net cost within {@link #tailAtMostProperty()}. */
    public BooleanProperty limitTailProperty() {
        return limitTail;
    }

    public DoubleProperty tailAtMostProperty() {
        return tailAtMost;
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

    public ReadOnlyObjectProperty<SweepResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<JFreeChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }
}
