package com.alvh.workbench.scenario;

import com.alvh.workbench.hedge.Trigger;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ScenarioJsonTest {

    private static final ObjectMapper M = new ObjectMapper();

    private static ObjectNode base() {
        return ScenarioJson.toTree(ScenarioSamples.baseCondorAlvh());
    }

    private static List<ScenarioProblem> problems(ObjectNode tree) {
        ScenarioException e = catchThrowableOfType(() -> ScenarioJson.read(tree.toString(), "test.json"),
                ScenarioException.class);
        assertThat(e).as("expected a ScenarioException").isNotNull();
        return e.problems();
    }

    @Test
    void roundTripIsExact() {
        ScenarioSpec spec = ScenarioSamples.baseCondorAlvh();
        String text = ScenarioJson.write(spec);
        assertThat(ScenarioJson.read(text, "x")).isEqualTo(spec);
        assertThat(ScenarioJson.write(ScenarioJson.read(text, "x"))).isEqualTo(text);
    }

    @Test
    void unknownFieldIsRejectedWithItsPath() {
        ObjectNode t = base();
        ((ObjectNode) t.get("position").get("management")).put("takeProfit", 0.5);
        assertThat(problems(t)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.position.management.takeProfit");
            assertThat(p.message()).contains("unknown field 'takeProfit'").contains("takeProfitFraction");
        });
    }

    @Test
    void everyProblemIsReportedInOnePass() {
        ObjectNode t = base();
        ((ObjectNode) t.get("market")).put("spot", -5);
        ((ObjectNode) t.get("simulation")).put("paths", "many");
        ObjectNode layer1 = (ObjectNode) t.get("policy").get("layers").get(1);
        ((ObjectNode) layer1.get("entry").get("of").get(0)).put("level", -20);
        layer1.put("tenorDays", 0);
        List<ScenarioProblem> ps = problems(t);
        assertThat(ps).extracting(ScenarioProblem::toString).containsExactlyInAnyOrder(
                "$.market.spot: must be in [10, 100,000] index points, was -5",
                "$.simulation.paths: must be an integer, was \"many\"",
                "$.policy.layers[1].entry.of[0].level: must be in [1, 1,000] VIX points, was -20",
                "$.policy.layers[1].tenorDays: must be in [1, 1,095] calendar days, was 0");
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        ObjectNode t = base();
        t.remove("capital");
        ((ObjectNode) t.get("model")).remove("kappa");
        assertThat(problems(t)).extracting(ScenarioProblem::toString).containsExactlyInAnyOrder(
                "$.capital: is required (a number)", "$.model.kappa: is required (a number)");
    }

    @Test
    void unknownTypesListTheKnownOnes() {
        ObjectNode t = base();
        ((ObjectNode) t.get("model")).put("type", "sabr");
        ((ObjectNode) t.get("policy").get("layers").get(0)).put("instrument", "VIX_PUT");
        ((ArrayNode) t.get("compare")).add("yolo");
        List<ScenarioProblem> ps = problems(t);
        assertThat(ps).extracting(ScenarioProblem::path).contains("$.model.type", "$.policy.layers[0].instrument",
                "$.compare[5]");
        assertThat(ps.toString()).contains("heston", "vix_call_spread", "steward");
    }

    @Test
    void invalidJsonNamesLineAndColumn() {
        ScenarioException e = catchThrowableOfType(() -> ScenarioJson.read("{\n  \"name\": \"x\",\n  oops\n}", "bad.json"),
                ScenarioException.class);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).contains("line 3");
            assertThat(p.message()).startsWith("not valid JSON");
        });
        assertThat(e.getMessage()).startsWith("bad.json: 1 problem");
    }

    @Test
    void duplicateKeysAreRejected() {
        assertThatThrownBy(() -> ScenarioJson.read("{\"schemaVersion\":1,\"name\":\"a\",\"name\":\"b\"}", "dup.json"))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("Duplicate field 'name'");
    }

    @Test
    void versionsAreCheckedAndNewerOnesRefused() {
        ObjectNode t = base();
        t.put("schemaVersion", ScenarioJson.SCHEMA_VERSION + 1);
        assertThat(problems(t)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.schemaVersion");
            assertThat(p.message()).contains("newer workbench");
        });
        t.remove("schemaVersion");
        assertThat(problems(t)).extracting(ScenarioProblem::path).containsExactly("$.schemaVersion");
    }

    @Test
    void everyTriggerTypeHasAJsonFormThatReadsBack() {
        Class<?>[] permitted = Trigger.class.getPermittedSubclasses();
        assertThat(PolicyJson.TRIGGER_TYPES).hasSize(permitted.length);
        List<Trigger> samples = List.of(new Trigger.Always(), new Trigger.VixAbove(20), new Trigger.VixBelow(12),
                new Trigger.VixFutureBetween(15, 30, 30), new Trigger.VixRatioAbove(1.0),
                new Trigger.PortfolioDrawdownAbove(0.05), new Trigger.SpxDrawdownAbove(0.07),
                new Trigger.IndicatorAbove(com.alvh.workbench.hedge.IndicatorSeries.VIX,
                        com.alvh.workbench.hedge.IndicatorKind.RSI, 70),
                new Trigger.IndicatorBelow(com.alvh.workbench.hedge.IndicatorSeries.SPX,
                        com.alvh.workbench.hedge.IndicatorKind.DISTANCE_FROM_MOVING_AVERAGE, -0.05),
                new Trigger.EventWithin(com.alvh.workbench.hedge.EventKind.FOMC, 3),
                new Trigger.RealisedVolAbove(0.8), new Trigger.PegDeviationAbove(0.01),
                new Trigger.AllOf(List.of(new Trigger.VixAbove(20), new Trigger.VixRatioAbove(1.0))),
                new Trigger.AnyOf(List.of(new Trigger.VixAbove(30), new Trigger.SpxDrawdownAbove(0.1))),
                new Trigger.Not(new Trigger.VixBelow(14)));
        assertThat(samples.stream().map(Object::getClass).distinct().toList())
                .containsExactlyInAnyOrder(Arrays.stream(permitted).toArray(Class<?>[]::new));
        for (Trigger t : samples) {
            ObjectNode json = PolicyJson.writeTrigger(t);
            List<ScenarioProblem> problems = new java.util.ArrayList<>();
            Trigger back = PolicyJson.readTrigger(new JsonCursor(json, "$", problems));
            assertThat(problems).isEmpty();
            assertThat(back).isEqualTo(t);
        }
    }

    @Test
    void saveIsAtomicAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("s.json");
        Files.writeString(file, "old content");
        ScenarioJson.save(ScenarioSamples.baseCondorAlvh(), file);
        assertThat(ScenarioJson.load(file)).isEqualTo(ScenarioSamples.baseCondorAlvh());
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aFailedSaveKeepsTheOldFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("s.json");
        Files.writeString(file, "old content");
        Path blocked = dir.resolve("sub");
        Files.createDirectories(blocked.resolve("s.json").resolve("child"));
        // target is a non-empty directory: the move fails, the old file elsewhere is untouched, no temp left behind
        assertThatThrownBy(() -> ScenarioJson.save(ScenarioSamples.baseCondorAlvh(), blocked.resolve("s.json")))
                .isInstanceOf(IOException.class).hasMessageContaining("s.json");
        assertThat(Files.readString(file)).isEqualTo("old content");
        try (var files = Files.list(blocked)) {
            assertThat(files).containsExactly(blocked.resolve("s.json"));
        }
    }
}
