package com.alvh.workbench.scenario;

import com.alvh.workbench.pricing.OptionType;
import com.alvh.workbench.sim.CondorManagement;
import com.alvh.workbench.sim.EquityPosition;
import com.alvh.workbench.sim.LegStrike;
import com.alvh.workbench.sim.PositionExpiry;
import com.alvh.workbench.sim.PositionLeg;
import com.alvh.workbench.sim.PositionPresets;
import com.alvh.workbench.sim.PositionSize;
import com.alvh.workbench.sim.Settlement;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code position} section: every strike rule, expiry, size and settlement round-trips; the
 * earlier {@code condor} section of every shipped sample (as it was shipped before positions had legs)
 * still opens, as the same scenario the sample now states leg by leg; bad legs are refused at their
 * own JSON paths.
 */
class PositionJsonTest {

    private static final Path LEGACY = Path.of("src/test/resources/com/alvh/workbench/scenario/legacy-condor-samples");
    private static final ObjectMapper M = new ObjectMapper();

    @Test
    void everyShippedSampleInItsEarlierCondorFormOpensAsTheSameScenario() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(LEGACY)) {
            files = s.sorted().toList();
        }
        assertThat(files).hasSize(9);
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(M.readTree(Path.of("docs/scenario.schema.json").toFile()));
        for (Path old : files) {
            String text = Files.readString(old);
            assertThat(text).as(old.toString()).contains("\"condor\"").doesNotContain("\"position\"");
            assertThat(schema.validate(M.readTree(text))).as(old + " against the schema").isEmpty();
            ScenarioSpec read = ScenarioJson.read(text, old.toString());
            ScenarioSpec shipped = ScenarioJson.load(Path.of("sample-data/scenarios").resolve(old.getFileName()));
            // The same scenario; only the model-path samples' skew has been refitted since (docs/model.md).
            assertThat(read.position()).as(old + " position").isEqualTo(shipped.position());
            assertThat(read.withMarket(shipped.market())).as(old.toString()).isEqualTo(shipped);
            assertThat(read.condor()).as(old + " condor view").isNotNull();
            assertThat(read.position().legs()).hasSize(4);
            // Saved again, it is written with its legs.
            assertThat(ScenarioJson.write(read)).contains("\"position\"").doesNotContain("\"condor\"");
        }
    }

    @Test
    void everyStrikeRuleExpirySizeAndSettlementRoundTrips() {
        EquityPosition p = new EquityPosition("Every rule", List.of(
                PositionLeg.longPut(new LegStrike.PercentFromLeg(1, -0.03)),
                PositionLeg.shortPut(new LegStrike.Delta(0.25)),
                new PositionLeg(OptionType.PUT, -2.0, new LegStrike.PercentFromSpot(-0.1), 0),
                PositionLeg.shortCall(new LegStrike.Absolute(5300)),
                PositionLeg.longCall(new LegStrike.PointsFromLeg(3, 50))),
                new PositionExpiry.Monthly(), new PositionSize.Collateralised(2.0),
                new CondorManagement(Double.NaN, 3.0, 0, true), Settlement.OPEN);
        ScenarioSpec spec = ScenarioSamples.baseCondorAlvh().withPosition(p);
        assertThat(spec.condor()).isNull();
        ScenarioSpec back = ScenarioJson.read(ScenarioJson.write(spec), "round trip");
        assertThat(back).isEqualTo(spec);
        assertThat(back.position()).isEqualTo(p);
        ScenarioSpec fly = ScenarioSamples.baseCondorAlvh().withPosition(EquityPosition.of("Fly",
                PositionPresets.ironFly(0.04), new PositionExpiry.Days(30), 3, CondorManagement.HOLD_TO_EXPIRY));
        assertThat(ScenarioJson.read(ScenarioJson.write(fly), "fly")).isEqualTo(fly);
    }

    @Test
    void legsThatDoNotFitAreRefusedAtTheirPaths() {
        ObjectNode t = ScenarioJson.toTree(ScenarioSamples.putHeavyCondor());
        ArrayNode legs = (ArrayNode) t.get("position").get("legs");
        ((ObjectNode) legs.get(0)).put("beyond", 3); // a put beyond a call
        ((ObjectNode) legs.get(3)).putObject("strike").put("type", "pointsFromLeg").put("leg", 7).put("points", 25);
        ((ObjectNode) legs.get(1)).put("quantity", 0);
        ((ObjectNode) legs.get(2)).putObject("strike").put("type", "gamma").put("gamma", 1);
        ((ObjectNode) t.get("position")).put("size", 3);
        assertThatThrownBy(() -> ScenarioJson.read(t.toString(), "bad"))
                .isInstanceOfSatisfying(ScenarioException.class, e -> assertThat(e.problems())
                        .extracting(ScenarioProblem::path)
                        .contains("$.position.legs[0].beyond", "$.position.legs[3].strike.leg",
                                "$.position.legs[1]", "$.position.legs[2].strike.type", "$.position"));
        ObjectNode both = ScenarioJson.toTree(ScenarioSamples.baseCondorAlvh());
        both.putObject("condor");
        assertThatThrownBy(() -> ScenarioJson.read(both.toString(), "both"))
                .isInstanceOfSatisfying(ScenarioException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.message()).contains("either position or condor")));
        ObjectNode neither = ScenarioJson.toTree(ScenarioSamples.baseCondorAlvh());
        neither.remove("position");
        assertThatThrownBy(() -> ScenarioJson.read(neither.toString(), "neither"))
                .isInstanceOfSatisfying(ScenarioException.class, e -> assertThat(e.problems())
                        .extracting(ScenarioProblem::path).containsExactly("$.position"));
    }
}
