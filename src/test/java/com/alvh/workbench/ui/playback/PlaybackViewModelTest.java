package com.alvh.workbench.ui.playback;

import com.alvh.workbench.ui.common.DirectJobRunner;

import static org.assertj.core.api.Assertions.assertThat;

import com.alvh.workbench.chart.ChartTheme;
import com.alvh.workbench.market.HistoricalEpisode;
import com.alvh.workbench.market.MarketHistory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The playback view model on the real March 2020 history, without a display. */
class PlaybackViewModelTest {

    private static final Path DATA = Path.of("sample-data");
    private static MarketHistory covid;

    @BeforeAll
    static void load() throws IOException {
        covid = MarketHistory.load(DATA).between(HistoricalEpisode.COVID_2020.from(), HistoricalEpisode.COVID_2020.to());
    }

    private static PlaybackViewModel loaded() {
        PlaybackViewModel model = new PlaybackViewModel(new DirectJobRunner(DirectJobRunner.Mode.NOW), DATA,
                ChartTheme.LIGHT);
        model.episodeProperty().set(HistoricalEpisode.COVID_2020);
        model.load();
        return model;
    }

    @Test
    void loadReplaysTheRealClosesWithTheSteward() {
        PlaybackViewModel model = loaded();
        PlaybackData d = model.getData();
        assertThat(d.days()).isEqualTo(covid.size());
        assertThat(d.dates()[0]).isEqualTo(LocalDate.of(2020, 2, 19));
        assertThat(d.dates()[d.days() - 1]).isEqualTo(LocalDate.of(2020, 3, 23));
        assertThat(d.spx()).containsExactly(covid.spxCloses());
        assertThat(d.vix()).containsExactly(covid.vixCloses());
        assertThat(d.policyName()).isEqualTo("Steward");
        assertThat(d.layerNames()).hasSize(4).last().isEqualTo("Reserve VIX calls");
        assertThat(d.condorOpen()[0]).isTrue();
        // The reserve deploys in the crash (VIX above 40 from early March).
        boolean reserveOn = false;
        for (boolean on : d.layerOpen()[3]) {
            reserveOn |= on;
        }
        assertThat(reserveOn).isTrue();
        assertThat(model.getPosition()).isZero();
        assertThat(model.layers()).hasSize(5);
        assertThat(model.layers().get(0).name()).isEqualTo("Iron condor");
        assertThat(model.getStatus()).contains("Mar 2020 COVID crash").contains("24 trading days");
        assertThat(model.getChart()).isNotNull();
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
        PlaybackViewModel model = new PlaybackViewModel(new DirectJobRunner(DirectJobRunner.Mode.NOW), DATA,
                ChartTheme.LIGHT);
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
        PlaybackViewModel model = new PlaybackViewModel(new DirectJobRunner(DirectJobRunner.Mode.NOW),
                Path.of("no-such-folder"), ChartTheme.LIGHT);
        model.load();
        assertThat(model.getData()).isNull();
        assertThat(model.getStatus()).startsWith("Replay failed").contains("no-such-folder");
        assertThat(model.loadingProperty().get()).isFalse();
    }
}
