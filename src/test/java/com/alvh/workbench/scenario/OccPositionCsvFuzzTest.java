package com.alvh.workbench.scenario;

import com.alvh.workbench.sim.CondorManagement;
import com.alvh.workbench.sim.EquityPosition;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz test of the OCC legs reader (Jazzer): whatever the text, {@link OccPositionCsv#read} either
 * returns one to twelve legs of one expiry, which make a position, or throws a {@link ScenarioException}
 * whose problems each name their line ({@code line N}) or the file ({@code $}); any other exception is
 * a finding. {@code ./mvnw verify} replays the seeds in
 * {@code src/test/resources/com/alvh/workbench/scenario/OccPositionCsvFuzzTestInputs/}; {@code .ci/fuzz}
 * fuzzes it for 45 s.
 */
class OccPositionCsvFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void anyTextIsReadOrRefusedCleanly(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        OccPositionCsv.Imported legs;
        try {
            legs = OccPositionCsv.read(text, "fuzz");
        } catch (ScenarioException e) {
            assertThat(e.problems()).isNotEmpty();
            assertThat(e.problems()).allSatisfy(p -> assertThat(p.path()).matches("\\$|line [0-9]+"));
            return;
        }
        assertThat(legs.legs()).hasSizeBetween(1, EquityPosition.MAX_LEGS);
        assertThat(legs.legs()).allSatisfy(l -> {
            assertThat(l.strike()).isPositive();
            assertThat(l.quantity()).isNotZero();
            assertThat(l.price()).isGreaterThanOrEqualTo(0.0);
        });
        // Held from 30 days before expiry, the legs make a valid position.
        EquityPosition p = legs.toPosition(legs.expiry().minusDays(30), "fuzz", CondorManagement.HOLD_TO_EXPIRY);
        assertThat(p.legCount()).isEqualTo(legs.legs().size());
    }
}
