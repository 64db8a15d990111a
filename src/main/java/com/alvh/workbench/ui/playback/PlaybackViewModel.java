package com.alvh.workbench.ui.playback;

import com.alvh.workbench.chart.ChartTheme;
import com.alvh.workbench.market.HistoricalEpisode;
import com.alvh.workbench.scenario.ModelSpec;
import com.alvh.workbench.scenario.Scenario;
import com.alvh.workbench.scenario.ScenarioResolver;
import com.alvh.workbench.scenario.ScenarioSpec;
import com.alvh.workbench.scenario.SimulationEngine;
import com.alvh.workbench.scenario.SimulationResult;
import com.alvh.workbench.scenario.SimulationSpec;
import com.alvh.workbench.ui.common.Formats;
import com.alvh.workbench.ui.common.Freshness;
import com.alvh.workbench.ui.common.JobListener;
import com.alvh.workbench.ui.common.JobRunner;
import com.alvh.workbench.ui.common.ScenarioSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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

/**
 * State of the Playback tab, the educator's demo: the scenario being edited, its policy under study
 * and its unhedged baseline, replayed on an episode of real history (one path on the real SPX, VIX
 * and VIX3M closes), then stepped through day by day with the layers' entries and exits called out.
 *
 * <p>Loading makes the replay scenario from the spec being edited (the episode's window, one path)
 * and runs it through the one entry point ({@link SimulationEngine}) on the {@link JobRunner}; an
 * edit of the scenario afterwards marks the playback "inputs changed - load again". Playing is a clock the view drives: it calls
 * {@link #advance(double)} with the seconds elapsed (from an animation timer) and the position
 * moves {@link #speedProperty() speed} trading days per second. Everything else is plain state:
 * the position (clamped to the episode), and the day's date, SPX, VIX, equity and which layers
 * are on.
 */
public final class PlaybackViewModel {

    /** The speeds offered (trading days per second). */
    public static final List<Double> SPEEDS = List.of(1.0, 2.0, 5.0, 10.0, 20.0);

    /** One layer (or the condor) on a given day. */
    public record LayerState(String name, boolean on) {
    }

    /** Smallest and largest presentation scale of the chart's type. */
    public static final double MIN_SCALE = 0.8;
    public static final double MAX_SCALE = 2.5;

    private final JobRunner runner;
    private final ScenarioSource<ScenarioSpec> source;
    private final ScenarioResolver resolver;
    private final Freshness<ScenarioSpec> freshness;
    private final DoubleProperty textScale = new SimpleDoubleProperty(this, "textScale", 1.0);
    private final ObservableList<PlaybackData.Callout> calloutsSoFar = FXCollections.observableArrayList();
    private final ObservableList<PlaybackData.Callout> calloutsView = FXCollections.unmodifiableObservableList(calloutsSoFar);

    private final ObjectProperty<HistoricalEpisode> episode =
            new SimpleObjectProperty<>(this, "episode", HistoricalEpisode.COVID_2020);
    private final ReadOnlyObjectWrapper<PlaybackData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final IntegerProperty position = new SimpleIntegerProperty(this, "position", 0);
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing", false);
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 5.0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "Pick an episode and press Load");
    private final ReadOnlyStringWrapper dayText = new ReadOnlyStringWrapper(this, "dayText", "");
    private final ObservableList<LayerState> layers = FXCollections.observableArrayList();
    private final ObservableList<LayerState> layersView = FXCollections.unmodifiableObservableList(layers);
    private final ReadOnlyObjectWrapper<JFreeChart> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private ChartTheme chartTheme;
    private double clock; // fractional days accumulated while playing

    /**
     * @param runner where loading runs
     * @param source the scenario being edited (its spec, what changed, why it cannot run)
     * @param resolver resolves the replay scenario (reads the shipped history)
     * @param chartTheme colours of the playback chart
     */
    public PlaybackViewModel(JobRunner runner, ScenarioSource<ScenarioSpec> source, ScenarioResolver resolver,
                             ChartTheme chartTheme) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.source = Objects.requireNonNull(source, "source");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.chartTheme = Objects.requireNonNull(chartTheme, "chartTheme");
        this.freshness = new Freshness<>(source, "load again");
        textScale.addListener((obs, old, now) -> {
            double v = now.doubleValue();
            double fixed = Double.isFinite(v) ? Math.max(MIN_SCALE, Math.min(MAX_SCALE, v)) : old.doubleValue();
            if (fixed != v) {
                textScale.set(fixed);
            } else if (data.get() != null) {
                chart.set(PlaybackChart.create(data.get(), position.get(), this.chartTheme, fixed));
            }
        });
        position.addListener((obs, old, now) -> {
            int clamped = clamp(now.intValue());
            if (clamped != now.intValue()) {
                position.set(clamped);
            } else {
                refreshDay();
            }
        });
        speed.addListener((obs, old, now) -> {
            if (!(now.doubleValue() > 0.0) || !Double.isFinite(now.doubleValue())) {
                speed.set(old.doubleValue() > 0.0 ? old.doubleValue() : 5.0);
            }
        });
        playing.addListener((obs, old, now) -> {
            if (now && data.get() == null) {
                playing.set(false); // nothing to play yet
            }
            clock = 0.0;
        });
    }

    private int clamp(int i) {
        PlaybackData d = data.get();
        return d == null ? 0 : Math.max(0, Math.min(d.days() - 1, i));
    }

    /** Replays the scenario being edited on the chosen episode, on a worker; the result replaces the current one. */
    public void load() {
        if (loading.get()) {
            return;
        }
        String problem = source.problem();
        if (!problem.isEmpty()) {
            status.set("Cannot replay: " + problem);
            return;
        }
        HistoricalEpisode chosen = episode.get();
        ScenarioSpec spec = source.current();
        playing.set(false);
        loading.set(true);
        status.set("Replaying " + chosen.label() + " with " + spec.policy().resolve(spec.capital()).name() + "\u2026");
        runner.submit("Replay " + chosen.id(), (sink, cancel) -> {
            Scenario scenario = resolver.resolve(replayOf(spec, chosen, resolver));
            SimulationResult result = SimulationEngine.run(scenario, (done, total) -> sink.progress(done, total), cancel);
            double[] vix3m = resolver.history().between(chosen.from(), chosen.to()).vix3mCloses();
            return PlaybackData.of(chosen, scenario, result, vix3m);
        }, new JobListener<PlaybackData>() {
            @Override
            public void succeeded(PlaybackData result) {
                loading.set(false);
                freshness.resultFrom(spec);
                show(result);
            }

            @Override
            public void failed(Throwable error) {
                loading.set(false);
                status.set("Cannot replay: " + String.valueOf(error.getMessage()).lines().findFirst().orElse("")
                        + " (see the Scenario tab)");
            }

            @Override
            public void cancelled() {
                loading.set(false);
                status.set("Replay cancelled");
            }
        });
    }

    /**
     * The scenario {@code spec} replayed on {@code episode}: the same campaign, policies and seed on the
     * episode's real closes, one path of the episode's trading days.
     *
     * @param spec the scenario
     * @param episode the window of history
     * @param resolver the shipped history (to count the trading days)
     * @return the replay's spec
     */
    public static ScenarioSpec replayOf(ScenarioSpec spec, HistoricalEpisode episode, ScenarioResolver resolver) {
        int steps = resolver.replaySteps(episode.from(), episode.to());
        return spec.withModel(ModelSpec.Replay.of(episode))
                .withSimulation(new SimulationSpec(1, steps, spec.simulation().seed(), 1));
    }

    /** Shows {@code result} from its first day (on the UI thread). */
    void show(PlaybackData result) {
        playing.set(false);
        position.set(0);
        chart.set(PlaybackChart.create(result, 0, chartTheme, textScale.get()));
        data.set(result); // position is 0 here; a listener may move it (refreshDay runs then)
        if (position.get() == 0) {
            refreshDay();
        }
        status.set(String.format(Locale.US, "%s: %s, %s to %s, %s: P&L %s hedged, %s unhedged",
                result.episode().label(), Formats.count(result.days(), "trading day", "trading days"), result.dates()[0],
                result.dates()[result.days() - 1], result.policyName(), Formats.usd(result.pnl(result.days() - 1)),
                Formats.usd(result.unhedgedPnl(result.days() - 1))));
    }

    private void refreshDay() {
        PlaybackData d = data.get();
        if (d == null) {
            dayText.set("");
            layers.clear();
            calloutsSoFar.clear();
            return;
        }
        int i = position.get();
        if (chart.get() != null) {
            PlaybackChart.moveTo(chart.get(), d, i, chartTheme, textScale.get());
        }
        List<PlaybackData.Callout> sofar = d.callouts().stream().filter(c -> c.day() <= i).toList();
        if (!sofar.equals(calloutsSoFar)) {
            calloutsSoFar.setAll(sofar);
        }
        dayText.set(String.format(Locale.US, "Day %d of %d", i + 1, d.days()));
        List<LayerState> now = new ArrayList<>();
        now.add(new LayerState("Iron condor", d.condorOpen()[i]));
        for (int l = 0; l < d.layerNames().size(); l++) {
            now.add(new LayerState(d.layerNames().get(l), d.layerOpen()[l][i]));
        }
        layers.setAll(now);
    }

    /** New colours: the chart is rebuilt (a new object) at the current day. */
    public void setChartTheme(ChartTheme theme) {
        chartTheme = Objects.requireNonNull(theme, "theme");
        if (data.get() != null) {
            chart.set(PlaybackChart.create(data.get(), position.get(), chartTheme, textScale.get()));
        }
    }

    /** The playback chart (SPX/VIX, equity, position lanes, cursor on the day shown), or null before a load. */
    public ReadOnlyObjectProperty<JFreeChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    public JFreeChart getChart() {
        return chart.get();
    }

    /**
     * Moves the clock on by {@code seconds} while playing: {@code speed} days per second,
     * whole days only; stops at the last day.
     *
     * @param seconds time since the previous call (s, &gt;= 0)
     */
    public void advance(double seconds) {
        PlaybackData d = data.get();
        if (!playing.get() || d == null || !(seconds > 0.0)) {
            return;
        }
        clock += seconds * speed.get();
        int whole = (int) Math.floor(clock);
        if (whole > 0) {
            clock -= whole;
            position.set(Math.min(d.days() - 1, position.get() + whole));
        }
        if (position.get() >= d.days() - 1) {
            playing.set(false);
        }
    }

    /** Play from here (or from the start when at the end) or pause. */
    public void togglePlay() {
        PlaybackData d = data.get();
        if (d == null) {
            return;
        }
        if (!playing.get() && position.get() >= d.days() - 1) {
            position.set(0);
        }
        playing.set(!playing.get());
    }

    /** One trading day on (pauses). */
    public void stepForward() {
        playing.set(false);
        position.set(position.get() + 1);
    }

    /** One trading day back (pauses). */
    public void stepBack() {
        playing.set(false);
        position.set(position.get() - 1);
    }

    /** To the first day (pauses). */
    public void toStart() {
        playing.set(false);
        position.set(0);
    }

    /** To the last day (pauses). */
    public void toEnd() {
        playing.set(false);
        PlaybackData d = data.get();
        position.set(d == null ? 0 : d.days() - 1);
    }

    /** The episode to load next. */
    public ObjectProperty<HistoricalEpisode> episodeProperty() {
        return episode;
    }

    /** The loaded replay, or null. */
    public ReadOnlyObjectProperty<PlaybackData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public PlaybackData getData() {
        return data.get();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The day shown (0-based), clamped to the episode. */
    public IntegerProperty positionProperty() {
        return position;
    }

    public int getPosition() {
        return position.get();
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    public boolean isPlaying() {
        return playing.get();
    }

    /** Trading days per second while playing (&gt; 0). */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /** "Day i of n". */
    public ReadOnlyStringProperty dayTextProperty() {
        return dayText.getReadOnlyProperty();
    }

    /** The condor and each layer, on or off on the day shown. */
    public ObservableList<LayerState> layers() {
        return layersView;
    }

    /** The callouts of the days up to the one shown, oldest first. */
    public ObservableList<PlaybackData.Callout> callouts() {
        return calloutsView;
    }

    /** Whether the replay shown still matches the scenario being edited, and what changed if not. */
    public Freshness<ScenarioSpec> freshness() {
        return freshness;
    }

    /** Type and line scale of the chart (1 normal; presentation mode and Ctrl+plus/minus raise it). */
    public DoubleProperty textScaleProperty() {
        return textScale;
    }

    /** The outcome of the last load. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public String getStatus() {
        return status.get();
    }
}
