package com.alvh.workbench.ui.playback;

import static org.assertj.core.api.Assertions.assertThat;

import com.alvh.workbench.chart.ChartTheme;
import com.alvh.workbench.market.HistoricalEpisode;
import com.alvh.workbench.market.MarketHistory;
import com.alvh.workbench.scenario.ScenarioResolver;
import com.alvh.workbench.ui.common.DirectJobRunner;
import com.alvh.workbench.ui.scenario.ScenarioEditorViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The playback view model on the real March 2020 history, without a display: it replays the scenario being edited. */
class PlaybackViewModelTest {

    private static final Path DATA = Path.of("sample-data");
    private static MarketHistory covid;

    @BeforeAll
    static void load() throws IOException {
        covid = MarketHistory.load(DATA).between(HistoricalEpisode.COVID_2020.from(), HistoricalEpisode.COVID_2020.to());
    }

    private static final ScenarioResolver RESOLVER = new ScenarioResolver(DATA);

    private static PlaybackViewModel model(ScenarioEditorViewModel editor, ScenarioResolver resolver) {
        return new PlaybackViewModel(new DirectJobRunner(DirectJobRunner.Mode.NOW), editor.source(), resolver,
                ChartTheme.LIGHT);
    }

    private static PlaybackViewModel loaded() {
        PlaybackViewModel model = model(ScenarioEditorViewModel.onSample(RESOLVER), RESOLVER);
        model.episodeProperty().set(HistoricalEpisode.COVID_2020);
        model.load();
        return model;
    }

    @Test
    void loadReplaysTheScenarioBeingEditedAgainstUnhedgedOnTheRealCloses() {
        PlaybackViewModel model = loaded();
        PlaybackData d = model.getData();
        assertThat(d.days()).isEqualTo(covid.size());
        assertThat(d.dates()[0]).isEqualTo(LocalDate.of(2020, 2, 19));
        assertThat(d.dates()[d.days() - 1]).isEqualTo(LocalDate.of(2020, 3, 23));
        assertThat(d.spx()).containsExactly(covid.spxCloses());
        assertThat(d.vix()).containsExactly(covid.vixCloses());
        assertThat(d.policyName()).isEqualTo("ALVH 3 layers");
        assertThat(d.layerNames()).containsExactly("Base call spread", "Regime VIX calls", "Tail SPX puts",
                "Reserve VIX calls");
        assertThat(d.condorOpen()[0]).isTrue();
        // The same condors unhedged on the same closes, for the line beside the hedged equity.
        assertThat(d.unhedgedEquity()[0]).isEqualTo(d.capital(), org.assertj.core.data.Offset.offset(50_000.0));
        assertThat(d.unhedgedPnl(d.days() - 1)).isNotEqualTo(d.pnl(d.days() - 1));
        // The VIX levels the triggers watch: regime 20, tail 30, reserve 40.
        assertThat(d.triggerLevels()).extracting(PlaybackData.TriggerLevel::vix).containsExactly(20.0, 30.0, 40.0);
        assertThat(d.triggerLevels().get(1).label()).isEqualTo("Tail SPX puts: VIX 30");
        // The named days of the window.
        assertThat(d.events()).extracting(e -> e.date().toString()).containsExactly("2020-03-16", "2020-03-23");
        assertThat(model.getPosition()).isZero();
        assertThat(model.layers()).hasSize(5);
        assertThat(model.layers().get(0).name()).isEqualTo("Iron condor");
        assertThat(model.getStatus()).contains("Mar 2020 COVID crash").contains("24 trading days").contains("unhedged");
        assertThat(model.getChart()).isNotNull();
    }

    @Test
    void everyEntryIsCalledOutWithTheReasonReadOffThatDaysMarket() {
        PlaybackData d = loaded().getData();
        // The base layer is on from the first day; the regime layer enters on the first close above 20
        // (2020-02-24: VIX 25.03) or on the term structure; the reserve on VIX above 40 or a 5 % drawdown.
        assertThat(d.calloutsOn(0)).extracting(PlaybackData.Callout::text).contains("always on: Base call spread on");
        int regime = d.layerNames().indexOf("Regime VIX calls");
        int firstEntry = d.layerOpen()[regime].length;
        for (int t = 0; t < d.days(); t++) {
            if (d.layerOpen()[regime][t]) {
                firstEntry = t;
                break;
            }
        }
        int day = firstEntry;
        PlaybackData.Callout c = d.callouts().stream().filter(x -> x.day() == day && x.text().endsWith("Regime VIX calls on"))
                .findFirst().orElseThrow();
        assertThat(c.on()).isTrue();
        // The reason quotes that day's close: "VIX 25 > 20" (one decimal at most) and/or the term structure.
        double close = Math.rint(d.vix()[day] * 10) / 10;
        String vix = close == Math.rint(close) ? String.valueOf((long) close) : String.valueOf(close);
        assertThat(c.text()).matches("(VIX " + java.util.regex.Pattern.quote(vix) + " > 20|VIX/VIX3M [0-9.]+ >= 0.95)"
                + "( and .*)?: Regime VIX calls on");
        // Every callout names a layer of the policy and a day of the window, in day order.
        assertThat(d.callouts()).allSatisfy(x -> assertThat(d.layerNames()).anyMatch(n -> x.text().contains(n)));
        assertThat(d.callouts()).isSortedAccordingTo(java.util.Comparator.comparingInt(PlaybackData.Callout::day));
    }

    @Test
    void thePathGrowsDayByDayAndTheCalloutsFollowTheDay() {
        PlaybackViewModel model = loaded();
        assertThat(PlaybackChart.vixPointsShown(model.getChart())).as("day 0 only before Play").isEqualTo(1);
        assertThat(model.callouts()).allMatch(c -> c.day() == 0);
        model.positionProperty().set(10);
        assertThat(PlaybackChart.vixPointsShown(model.getChart())).isEqualTo(11);
        assertThat(model.callouts()).allMatch(c -> c.day() <= 10);
        assertThat(PlaybackChart.calloutsShown(model.getChart())).allSatisfy(text ->
                assertThat(model.getData().callouts()).anyMatch(c -> c.shortText().equals(text)
                        && c.day() > 10 - PlaybackChart.CALLOUT_DAYS));
        model.toEnd();
        assertThat(PlaybackChart.vixPointsShown(model.getChart())).isEqualTo(model.getData().days());
        assertThat(model.callouts()).hasSize(model.getData().callouts().size());
    }

    @Test
    void anEditOfTheScenarioMarksThePlaybackAndALoadPlaysTheEditedPolicy() {
        ScenarioEditorViewModel editor = ScenarioEditorViewModel.onSample(RESOLVER);
        PlaybackViewModel model = model(editor, RESOLVER);
        model.episodeProperty().set(HistoricalEpisode.COVID_2020);
        model.load();
        assertThat(model.freshness().isStale()).isFalse();
        editor.apply(s -> s.withPolicy(new com.alvh.workbench.scenario.PolicySpec.Preset(
                com.alvh.workbench.scenario.PolicySpec.PresetName.PROMOTER)), "policy");
        assertThat(model.freshness().isStale()).isTrue();
        assertThat(model.freshness().textProperty().get()).contains("load again").contains("Promoter");
        model.load();
        assertThat(model.getData().policyName()).isEqualTo("Promoter");
        assertThat(model.freshness().isStale()).isFalse();
    }

    @Test
    void presentationScaleRebuildsTheChartAndIsClamped() {
        PlaybackViewModel model = loaded();
        model.positionProperty().set(5);
        var before = model.getChart();
        model.textScaleProperty().set(1.5);
        assertThat(model.getChart()).isNotSameAs(before);
        assertThat(PlaybackChart.vixPointsShown(model.getChart())).as("kept the day").isEqualTo(6);
        model.textScaleProperty().set(9);
        assertThat(model.textScaleProperty().get()).isEqualTo(PlaybackViewModel.MAX_SCALE);
    }

    @Test
    void stepsMoveTheDayAndTheCursorAndStopAtTheEnds() {
        PlaybackViewModel model = loaded();
        PlaybackData d = model.getData();
        model.stepBack();
        assertThat(model.getPosition()).isZero();
        model.stepForward();
        model.stepForward();
        assertThat(model.getPosition()).isEqualTo(2);
        assertThat(model.dayTextProperty().get()).isEqualTo("Day 3 of 24");
        assertThat(PlaybackChart.cursor(model.getChart())).isEqualTo(PlaybackChart.millis(d.dates()[2]));
        for (int l = 0; l < d.layerNames().size(); l++) {
            assertThat(model.layers().get(l + 1).on()).isEqualTo(d.layerOpen()[l][2]);
        }
        model.toEnd();
        model.stepForward();
        assertThat(model.getPosition()).isEqualTo(d.days() - 1);
        model.toStart();
        assertThat(model.getPosition()).isZero();
    }

    @Test
    void playingAdvancesSpeedDaysPerSecondAndStopsAtTheLastDay() {
        PlaybackViewModel model = loaded();
        model.speedProperty().set(10);
        model.advance(1.0);
        assertThat(model.getPosition()).as("paused: the clock does nothing").isZero();
        model.togglePlay();
        assertThat(model.isPlaying()).isTrue();
        model.advance(0.25); // 2.5 days: two whole days, half a day carried
        assertThat(model.getPosition()).isEqualTo(2);
        model.advance(0.05); // +0.5 day carried = 3
        assertThat(model.getPosition()).isEqualTo(3);
        model.advance(100);
        assertThat(model.getPosition()).isEqualTo(model.getData().days() - 1);
        assertThat(model.isPlaying()).isFalse();
        model.togglePlay(); // at the end: plays again from the start
        assertThat(model.getPosition()).isZero();
        assertThat(model.isPlaying()).isTrue();
        model.stepForward();
        assertThat(model.isPlaying()).as("stepping pauses").isFalse();
    }

    @Test
    void nothingPlaysBeforeALoadAndBadSpeedsAreRefused() {
        PlaybackViewModel model = model(ScenarioEditorViewModel.onSample(RESOLVER), RESOLVER);
        model.togglePlay();
        model.playingProperty().set(true);
        assertThat(model.isPlaying()).isFalse();
        model.speedProperty().set(-1);
        assertThat(model.speedProperty().get()).isEqualTo(5.0);
        model.positionProperty().set(7);
        assertThat(model.getPosition()).isZero();
    }

    @Test
    void aMissingDataFolderIsReported() {
        ScenarioResolver nowhere = new ScenarioResolver(Path.of("no-such-folder"));
        PlaybackViewModel model = model(ScenarioEditorViewModel.onSample(nowhere), nowhere);
        model.load();
        assertThat(model.getData()).isNull();
        assertThat(model.getStatus()).startsWith("Cannot replay").contains("no-such-folder");
        assertThat(model.loadingProperty().get()).isFalse();
    }
}
