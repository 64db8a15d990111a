package com.alvh.workbench.scenario;

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
import com.alvh.workbench.market.MarketHistory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The shipped event calendars, and event triggers refused on replays their calendar does not cover. */
class EventCoverageTest {

    private static final ScenarioResolver RESOLVER = new ScenarioResolver(Path.of("sample-data"));

    /** Counts as stated in the shared data's SOURCES.md, section 8. */
    @Test
    void theShippedCalendarsHoldEveryScheduledFomcDecisionAndEveryRelease() throws IOException {
        EventCalendar c = MarketHistory.load(Path.of("sample-data")).events();
        assertThat(c.kinds()).containsExactlyInAnyOrder("FOMC", "CPI", "PPI", "NFP");
        assertThat(c.dates("FOMC")).hasSize(263);
        assertThat(c.dates("CPI")).hasSize(323);
        assertThat(c.dates("PPI")).hasSize(323);
        assertThat(c.dates("NFP")).hasSize(323);
        // Unscheduled actions (the emergency cuts of 2020-03-03 and 2020-03-15) were not known ahead.
        assertThat(c.dates("FOMC")).doesNotContain(LocalDate.of(2020, 3, 3), LocalDate.of(2020, 3, 15))
                .contains(LocalDate.of(2020, 4, 29), LocalDate.of(2024, 7, 31), LocalDate.of(1994, 2, 4));
        assertThat(c.coverage("fomc")).hasToString("1994-01-01 .. 2026-12-31");
        assertThat(c.coverage("CPI")).hasToString("2000-01-01 .. 2026-12-31");
        assertThat(c.coverage("NFP").covers(LocalDate.of(2008, 9, 2), LocalDate.of(2008, 12, 31))).isTrue();
        assertThat(c.coverage("CPI").covers(LocalDate.of(1999, 12, 1), LocalDate.of(2000, 3, 1))).isFalse();
        assertThat(c.nextOnOrAfter("NFP", LocalDate.of(2024, 8, 1))).isEqualTo(LocalDate.of(2024, 8, 2));
        assertThat(c.coverage("OTHER")).isNull();
    }

    private static HedgeLayer layer(String name, Trigger entry) {
        return new HedgeLayer(name, HedgeInstrumentKind.VIX_CALL, new StrikeRule.Delta(0.3), 0, 30,
                new SizeRule.Contracts(1), entry, ExitRule.HOLD, false, 0);
    }

    private static ScenarioSpec replay(LocalDate from, LocalDate to, AlvhPolicy policy) {
        return ScenarioSamples.baseCondorAlvh()
                .withModel(new ModelSpec.Replay(from, to, null))
                .withSimulation(new SimulationSpec(1, RESOLVER.replaySteps(from, to), 1, 1))
                .withPolicy(new PolicySpec.Custom(policy))
                .withCompare(List.of());
    }

    @Test
    void anEventTriggerOutsideItsCalendarIsRefusedWithItsPathAndTheCoveredRange() {
        AlvhPolicy policy = new AlvhPolicy("Events", List.of(
                layer("Plain", new Trigger.VixAbove(30)),
                layer("CPI calls", new Trigger.AnyOf(List.of(new Trigger.VixAbove(40),
                        new Trigger.AllOf(List.of(new Trigger.VixAbove(20), new Trigger.EventWithin(EventKind.CPI, 2))))))),
                new Reserve(50_000, 0.05, new Trigger.EventWithin(EventKind.FOMC, 1),
                        layer("Reserve calls", new Trigger.Always())));
        // 1998-1999: FOMC dates exist (1994 on), CPI releases do not (2000 on).
        ScenarioException e = catchThrowableOfType(() -> RESOLVER.resolve(replay(LocalDate.of(1998, 1, 2),
                LocalDate.of(1999, 12, 31), policy)), ScenarioException.class);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.policy.layers[1].entry.of[1].of[1]");
            assertThat(p.message()).contains("CPI within 2 days", "covers 2000-01-01 .. 2026-12-31",
                    "replay runs 1998-01-02 .. 1999-12-31");
        });
        // 1991: the reserve's FOMC trigger is refused too.
        ScenarioException early = catchThrowableOfType(() -> RESOLVER.resolve(replay(LocalDate.of(1991, 1, 2),
                LocalDate.of(1991, 6, 28), policy)), ScenarioException.class);
        assertThat(early.problems()).extracting(ScenarioProblem::path)
                .containsExactlyInAnyOrder("$.policy.layers[1].entry.of[1].of[1]", "$.policy.reserve.breach");
        // Inside the calendars' range the same scenario resolves.
        assertThat(RESOLVER.resolve(replay(LocalDate.of(2008, 9, 2), LocalDate.of(2008, 12, 31), policy)).isReplay())
                .isTrue();
        // Model paths use the recurring US cadence, which covers every step: the bootstrap of 1990-1999 is fine.
        ScenarioSpec bootstrap = replay(LocalDate.of(2008, 9, 2), LocalDate.of(2008, 12, 31), policy)
                .withModel(new ModelSpec.Bootstrap(LocalDate.of(1990, 1, 2), LocalDate.of(1999, 12, 31), 10, 50))
                .withSimulation(new SimulationSpec(20, 30, 1, 1));
        assertThat(RESOLVER.resolve(bootstrap).isReplay()).isFalse();
    }

    @Test
    void aComparedPolicysEventTriggerIsNamedUnderCompare() {
        ScenarioSpec spec = replay(LocalDate.of(1996, 1, 2), LocalDate.of(1996, 12, 31), AlvhPolicy.unhedged())
                .withCompare(List.of(new PolicySpec.Preset(PolicySpec.PresetName.STEWARD),
                        new PolicySpec.Custom(new AlvhPolicy("NFP", List.of(layer("NFP calls",
                                new Trigger.Not(new Trigger.EventWithin(EventKind.NFP, 0)))), Reserve.NONE))));
        ScenarioException e = catchThrowableOfType(() -> RESOLVER.resolve(spec), ScenarioException.class);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.compare[1].layers[0].entry.of");
            assertThat(p.message()).contains("NFP", "covers 2000-01-01 .. 2026-12-31");
        });
    }
}
