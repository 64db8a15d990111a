package com.alvh.workbench.ui.playback;

import com.alvh.workbench.ui.common.Formats;
import com.alvh.workbench.ui.common.JobListener;
import com.alvh.workbench.ui.common.JobRunner;
import com.alvh.workbench.ui.common.SampleSetup;

import com.alvh.workbench.chart.ChartTheme;
import com.alvh.workbench.hedge.PolicyPresets;
import com.alvh.workbench.market.HistoricalEpisode;
import com.alvh.workbench.market.MarketHistory;
import com.alvh.workbench.sim.CampaignResult;
import com.alvh.workbench.sim.CampaignSimulation;
import com.alvh.workbench.sim.HistoricalReplayModel;
import com.alvh.workbench.sim.ProgressListener;
import com.alvh.workbench.sim.SimulationSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
 * State of the Playback tab, the educator's demo: an episode of real history replayed with the
 * scenario's policy (the Steward in the default constructor; one path on the real SPX and VIX closes),
 * then stepped through day by day.
 *
 * <p>Loading runs through the {@link JobRunner}. Playing is a clock the view drives: it calls
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

    private final JobRunner runner;
    private final Path dataDirectory;
    private MarketHistory history; // loaded once, on the worker thread, then only read
    private final java.util.function.Supplier<com.alvh.workbench.sim.CampaignSpec> campaign;

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
     * @param dataDirectory the sample-data folder ({@link MarketHistory#load})
     * @param chartTheme colours of the playback chart
     */
    public PlaybackViewModel(JobRunner runner, Path dataDirectory, ChartTheme chartTheme) {
        this(runner, dataDirectory, chartTheme, () -> SampleSetup.campaign(PolicyPresets.steward(SampleSetup.CAPITAL)));
    }

    /**
     * @param runner where loading runs
     * @param dataDirectory the sample-data folder
     * @param chartTheme colours of the playback chart
     * @param campaign the campaign and policy to replay, taken when an episode is loaded (the scenario
     *     being edited, so the demo shows the user's own layers)
     */
    public PlaybackViewModel(JobRunner runner, Path dataDirectory, ChartTheme chartTheme,
                             java.util.function.Supplier<com.alvh.workbench.sim.CampaignSpec> campaign) {
        this.campaign = Objects.requireNonNull(campaign, "campaign");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.dataDirectory = Objects.requireNonNull(dataDirectory, "dataDirectory");
        this.chartTheme = Objects.requireNonNull(chartTheme, "chartTheme");
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

    /** Replays the chosen episode on a worker; the result replaces the current one. */
    public void load() {
        if (loading.get()) {
            return;
        }
        HistoricalEpisode chosen = episode.get();
        com.alvh.workbench.sim.CampaignSpec spec;
        try {
            spec = campaign.get();
        } catch (RuntimeException e) {
            status.set("Cannot replay: " + e.getMessage().lines().findFirst().orElse("") + " (see the Scenario tab)");
            return;
        }
        playing.set(false);
        loading.set(true);
        status.set("Replaying " + chosen.label() + " with " + spec.policy().name() + "\u2026");
        runner.submit("Replay " + chosen.id(), (sink, cancel) -> replay(chosen, spec, cancel), new JobListener<>() {
            @Override
            public void succeeded(PlaybackData result) {
                loading.set(false);
                show(result);
            }

            @Override
            public void failed(Throwable error) {
                loading.set(false);
                status.set("Replay failed: " + error.getMessage());
            }

            @Override
            public void cancelled() {
                loading.set(false);
                status.set("Replay cancelled");
            }
        });
    }

    /** Runs on the worker: the campaign on the episode's real closes, one path. */
    private PlaybackData replay(HistoricalEpisode chosen, com.alvh.workbench.sim.CampaignSpec spec,
                                com.alvh.workbench.sim.CancellationToken cancel) {
        MarketHistory all;
        synchronized (this) {
            if (history == null) {
                try {
                    history = MarketHistory.load(dataDirectory);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read market history from " + dataDirectory.toAbsolutePath()
                            + ": " + e.getMessage(), e);
                }
            }
            all = history;
        }
        return replay(all, chosen, spec, cancel);
    }

    /**
     * The Steward campaign of {@link SampleSetup} replayed over {@code episode}'s dates: one path,
     * one sample path kept.
     *
     * @param history the full history
     * @param episode the episode
     * @param cancel stops the run
     * @return what the playback shows
     */
    public static PlaybackData replay(MarketHistory history, HistoricalEpisode episode,
                                      com.alvh.workbench.sim.CancellationToken cancel) {
        return replay(history, episode, SampleSetup.campaign(PolicyPresets.steward(SampleSetup.CAPITAL)), cancel);
    }

    /** {@code campaign} replayed over {@code episode}'s dates: one path, one sample path kept. */
    public static PlaybackData replay(MarketHistory history, HistoricalEpisode episode,
                                      com.alvh.workbench.sim.CampaignSpec campaign,
                                      com.alvh.workbench.sim.CancellationToken cancel) {
        MarketHistory slice = history.between(episode.from(), episode.to());
        HistoricalReplayModel model = new HistoricalReplayModel(slice);
        CampaignSimulation sim = new CampaignSimulation(model, campaign, model.steps(), 2, 1);
        CampaignResult r = com.alvh.workbench.sim.PathEngine.run(model,
                new SimulationSettings(1, model.steps(), 1.0 / SimulationSettings.TRADING_DAYS_PER_YEAR, 1L, 1, 1),
                sim, ProgressListener.NONE, cancel);
        CampaignResult.SamplePath p = r.samples().get(0);
        return new PlaybackData(episode, r.policyName(), r.capital(), slice.dates(), p.spot(), p.vix(), p.equity(),
                p.condorOpen(), r.layerNames(), p.layerOpen());
    }

    /** Shows {@code result} from its first day (on the UI thread). */
    void show(PlaybackData result) {
        playing.set(false);
        position.set(0);
        chart.set(PlaybackChart.create(result, 0, chartTheme));
        data.set(result); // position is 0 here; a listener may move it (refreshDay runs then)
        if (position.get() == 0) {
            refreshDay();
        }
        status.set(String.format(Locale.US, "%s: %d trading days, %s to %s, %s policy, P&L %s",
                result.episode().label(), result.days(), result.dates()[0], result.dates()[result.days() - 1],
                result.policyName(), Formats.usd(result.pnl(result.days() - 1))));
    }

    private void refreshDay() {
        PlaybackData d = data.get();
        if (d == null) {
            dayText.set("");
            layers.clear();
            return;
        }
        int i = position.get();
        if (chart.get() != null) {
            PlaybackChart.moveCursor(chart.get(), d.dates()[i]);
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
            chart.set(PlaybackChart.create(data.get(), position.get(), chartTheme));
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

    /** The outcome of the last load. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public String getStatus() {
        return status.get();
    }
}
