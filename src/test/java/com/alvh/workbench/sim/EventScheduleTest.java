package com.alvh.workbench.sim;

import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.hedge.EventKind;
import com.alvh.workbench.hedge.ExitRule;
import com.alvh.workbench.hedge.HedgeInstrumentKind;
import com.alvh.workbench.hedge.HedgeLayer;
import com.alvh.workbench.hedge.Reserve;
import com.alvh.workbench.hedge.SizeRule;
import com.alvh.workbench.hedge.StrikeRule;
import com.alvh.workbench.hedge.Trigger;
import com.alvh.workbench.market.EventCalendar;
import com.alvh.workbench.market.HistoricalEpisode;
import com.alvh.workbench.market.MarketHistory;
import com.alvh.workbench.market.VixTermStructure;
import com.alvh.workbench.pricing.SkewModel;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Scheduled events on a run's steps, and the EventWithin trigger firing on the right step. */
class EventScheduleTest {

    private static CampaignSpec spec(Trigger entry) {
        HedgeLayer layer = new HedgeLayer("Event calls", HedgeInstrumentKind.VIX_CALL, new StrikeRule.Delta(0.3), 0, 30,
                new SizeRule.Contracts(1), entry, ExitRule.HOLD, false, 200);
        return new CampaignSpec(new CondorRule.ByDistancePercent(0.05, 0.04), 45, 10, CondorManagement.STANDARD,
                TradingCosts.NONE, SkewModel.DEFAULT, 0.04, 0.013, 0.9, VixTermStructure.DEFAULT, 1_000_000,
                new AlvhPolicy("Events", List.of(layer), Reserve.NONE));
    }

    @Test
    void recurringRuleCountsTradingDaysToTheNextOccurrence() {
        EventSchedule.Recurrence r = new EventSchedule.Recurrence(7, 21);
        assertThat(r.tradingDaysFrom(0)).isEqualTo(7);
        assertThat(r.tradingDaysFrom(7)).isZero();
        assertThat(r.tradingDaysFrom(8)).isEqualTo(20);
        assertThat(r.tradingDaysFrom(28)).isZero();
        assertThat(r.tradingDaysFrom(30)).isEqualTo(19);
        EventSchedule us = EventSchedule.usRecurring();
        assertThat(us.tradingDaysToEvent(EventKind.FOMC, 0)).isEqualTo(16);
        assertThat(us.tradingDaysToEvent(EventKind.FOMC, 48)).isZero();
        assertThat(us.tradingDaysToEvent(EventKind.PPI, 8)).isZero();
    }

    @Test
    void datedScheduleCountsTradingDaysOnTheGridAndWeekdaysBeyondIt() {
        LocalDate[] days = {LocalDate.of(2024, 7, 29), LocalDate.of(2024, 7, 30), LocalDate.of(2024, 7, 31),
            LocalDate.of(2024, 8, 1), LocalDate.of(2024, 8, 2)};
        EventCalendar calendar = EventCalendar.of(Map.of("fomc", List.of(LocalDate.of(2024, 7, 31),
                LocalDate.of(2024, 8, 7)), "CPI", List.of(LocalDate.of(2024, 8, 14))));
        EventSchedule s = EventSchedule.dated(days, calendar);
        assertThat(s.tradingDaysToEvent(EventKind.FOMC, 0)).isEqualTo(2);
        assertThat(s.tradingDaysToEvent(EventKind.FOMC, 2)).isZero();
        // Next FOMC 2024-08-07 (a Wednesday) after the last step, Friday 2024-08-02: Mon..Wed = 3 weekdays.
        assertThat(s.tradingDaysToEvent(EventKind.FOMC, 3)).isEqualTo(1 + 3);
        assertThat(s.tradingDaysToEvent(EventKind.CPI, 4)).isEqualTo(8);
        assertThat(s.tradingDaysToEvent(EventKind.PPI, 0)).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void eventTriggerFiresTwoTradingDaysBeforeTheJuly2024FomcInTheReplay() throws IOException {
        MarketHistory history = MarketHistory.load(Path.of("sample-data"));
        assertThat(history.events().dates("FOMC")).contains(LocalDate.of(2024, 7, 31));
        MarketHistory episode = history.between(HistoricalEpisode.YEN_CARRY_2024.from(),
                HistoricalEpisode.YEN_CARRY_2024.to());
        HistoricalReplayModel replay = new HistoricalReplayModel(episode);
        CampaignResult result = CampaignSimulation.run(replay, spec(new Trigger.EventWithin(EventKind.FOMC, 2)),
                new SimulationSettings(1, replay.steps(), 1.0 / 252, 1L, 1, 1), ProgressListener.NONE,
                new CancellationToken());
        int entry = result.samples().get(0).layerEntrySteps().get(0).get(0);
        assertThat(episode.date(entry)).isEqualTo(LocalDate.of(2024, 7, 29)); // Monday; FOMC on Wednesday
        // BLS release days (sample-data/us_macro_releases_2000_2026.csv): CPI 2024-07-11, NFP 2024-08-02.
        CampaignResult cpi = CampaignSimulation.run(replay, spec(new Trigger.EventWithin(EventKind.CPI, 0)),
                new SimulationSettings(1, replay.steps(), 1.0 / 252, 1L, 1, 1), ProgressListener.NONE,
                new CancellationToken());
        assertThat(episode.date(cpi.samples().get(0).layerEntrySteps().get(0).get(0)))
                .isEqualTo(LocalDate.of(2024, 7, 11));
        CampaignResult nfp = CampaignSimulation.run(replay, spec(new Trigger.EventWithin(EventKind.NFP, 1)),
                new SimulationSettings(1, replay.steps(), 1.0 / 252, 1L, 1, 1), ProgressListener.NONE,
                new CancellationToken());
        assertThat(episode.date(nfp.samples().get(0).layerEntrySteps().get(0).get(0)))
                .isEqualTo(LocalDate.of(2024, 8, 1)); // Thursday before the July report
    }

    @Test
    void onModelPathsTheRecurringCpiReleaseFiresOnItsStep() {
        GeometricBrownianModel gbm = new GeometricBrownianModel(5000, 0.04, 0.013, 0.16);
        CampaignResult result = CampaignSimulation.run(gbm, spec(new Trigger.EventWithin(EventKind.CPI, 0)),
                new SimulationSettings(4, 30, 1.0 / 252, 1L, 1, 4), ProgressListener.NONE, new CancellationToken());
        assertThat(result.samples().get(0).layerEntrySteps().get(0)).containsExactly(7);
        assertThat(result.layerEntriesByStep()[0][7]).isEqualTo(4);
    }
}
