package com.alvh.workbench.scenario;

import com.alvh.workbench.sweep.Sweeps;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz test of the sweep reader (Jazzer), as {@link ScenarioLoaderFuzzTest} is of the scenario
 * loader: a shipped sweep with a few structure-aware edits (axis paths broken or pointed elsewhere,
 * values swapped for edge numbers or wrong types, fields added or removed, the base made inline and
 * edited) goes through {@link SweepJson#read} and, if accepted, {@link Sweeps#policyCount} (every
 * grid or Latin-hypercube policy built; resolving the base is {@link ScenarioLoaderFuzzTest}'s). The only acceptable failure is a {@link ScenarioException}
 * whose problems all have a JSON path.
 *
 * <p>{@code ./mvnw verify} replays the shipped sweeps and the committed inputs under
 * {@code SweepLoaderFuzzTestInputs/}; {@code .ci/fuzz} fuzzes it for 45 s.
 */
class SweepLoaderFuzzTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Path SWEEPS = Path.of("sample-data", "sweeps");
    private static final List<ObjectNode> SAMPLES = load();
    private static final String BASE_TEXT = ScenarioJson.write(ScenarioSamples.baseCondorAlvh());

    private static final String[] WORDS = {"schemaVersion", "kind", "sweep", "name", "description", "base", "simulation",
        "paths", "seed", "threads", "axes", "path", "values", "from", "to", "count", "sampling", "type", "grid",
        "latinHypercube", "cmaes", "evaluations", "population", "objective", "cost", "tail", "goal", "tailAtMost",
        "lambda", "netCost", "premium", "var95", "var99", "cvar95", "cvar99", "maxDrawdown95", "ruin", "frontier",
        "leastCost", "penalised", "outOfSample", "model", "steps", "$.policy", "$.policy.layers[0].size.fraction",
        "$.policy.layers[1].entry.of[0].level", "$.policy.layers[1].tenorDays", "$.policy.reserve.capital",
        "$.policy.reserve.costRate", "$.policy.layers[99].size", "$.policy.layers[0]", "$.policy.name", "$.model.kappa",
        "$.policy.layers[0].size.fraction[0]", "$..policy", "$.policy.layers[2147483647]", "", "base-condor-alvh.json",
        "../scenarios/base-condor-alvh.json", "../scenarios", "/", "heston", "bates", "bootstrap", "replay"};

    private static final JsonNode[] EDGE_NUMBERS = {F.numberNode(0), F.numberNode(-0.0), F.numberNode(1), F.numberNode(-1),
        F.numberNode(0.5), F.numberNode(1e-320), F.numberNode(Double.MAX_VALUE), F.numberNode(-Double.MAX_VALUE),
        F.numberNode(1e300), F.numberNode(Integer.MAX_VALUE), F.numberNode(Integer.MIN_VALUE), F.numberNode(Long.MAX_VALUE),
        F.numberNode(2147483648L), F.numberNode(100_000), F.numberNode(100_001), F.numberNode(10_000), F.numberNode(2),
        F.numberNode(30.5)};

    private static List<ObjectNode> load() {
        try (Stream<Path> files = Files.list(SWEEPS)) {
            List<ObjectNode> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                out.add((ObjectNode) MAPPER.readTree(f.toFile()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void mutatedSweepsAreReadOrRefusedCleanly(FuzzedDataProvider data) throws IOException {
        ObjectNode tree = SAMPLES.get(data.consumeInt(0, SAMPLES.size() - 1)).deepCopy();
        // Small runs only: the property is about reading, not simulating.
        tree.putObject("simulation").put("paths", data.consumeInt(1, 50)).put("seed", 1);
        if (data.consumeBoolean()) {
            tree.set("base", MAPPER.readTree(BASE_TEXT)); // inline, so edits can reach into the base too
        }
        int edits = data.consumeInt(1, 5);
        for (int i = 0; i < edits && data.remainingBytes() > 0; i++) {
            edit(tree, data);
        }
        SweepSpec spec;
        try {
            spec = SweepJson.read(tree.toString(), "fuzz.json", SWEEPS);
        } catch (ScenarioException e) {
            assertClean(e);
            return;
        }
        try {
            Sweeps.policyCount(spec); // every grid point's policy (the base's market is ScenarioLoaderFuzzTest's)
        } catch (ScenarioException e) {
            assertClean(e);
        }
    }

    private static void assertClean(ScenarioException e) {
        assertThat(e.problems()).as("a ScenarioException names at least one problem").isNotEmpty();
        for (ScenarioProblem p : e.problems()) {
            assertThat(p.path()).as("problem path of %s", p).startsWith("$");
            assertThat(p.message()).as("problem message at %s", p.path()).isNotBlank();
        }
    }

    private static void edit(ObjectNode root, FuzzedDataProvider data) {
        List<JsonNode[]> slots = new ArrayList<>(); // {parent, key-or-index as a node}
        collect(root, slots);
        if (slots.isEmpty()) {
            return;
        }
        JsonNode[] s = slots.get(data.consumeInt(0, slots.size() - 1));
        JsonNode value = switch (data.consumeInt(0, 6)) {
            case 0 -> data.pickValue(EDGE_NUMBERS);
            case 1 -> F.numberNode(data.consumeDouble());
            case 2 -> F.textNode(data.pickValue(WORDS));
            case 3 -> F.textNode(data.consumeString(30));
            case 4 -> F.nullNode();
            case 5 -> F.arrayNode().add(data.pickValue(EDGE_NUMBERS));
            default -> null; // remove
        };
        JsonNode parent = s[0];
        if (parent instanceof ObjectNode o) {
            String field = s[1].textValue();
            if (value == null) {
                o.remove(field);
            } else if (data.consumeBoolean()) {
                o.set(field, value);
            } else {
                o.set(data.pickValue(WORDS), value); // a new or another member
            }
        } else if (parent instanceof ArrayNode a) {
            int index = s[1].intValue();
            if (value == null) {
                a.remove(index);
            } else {
                a.set(index, value);
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode[]> out) {
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.add(new JsonNode[] {o, F.textNode(e.getKey())});
                collect(e.getValue(), out);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                out.add(new JsonNode[] {a, F.numberNode(i)});
                collect(a.get(i), out);
            }
        }
    }
}
