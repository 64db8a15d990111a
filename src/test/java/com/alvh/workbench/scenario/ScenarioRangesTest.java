package com.alvh.workbench.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every number of a scenario has a plausible range (ScenarioRanges), and the reader, the schema and
 * the format document agree on it: over a corpus that holds every numeric field (the shipped samples,
 * the legacy condor files, and trees with every model, rule and trigger), a value beyond either end
 * is refused by the reader at its JSON path with the range, and by the schema; a value at either end
 * raises no range problem.
 */
class ScenarioRangesTest {

    private static final ObjectMapper M = new ObjectMapper();
    /** Numbers that have no range on purpose: any 64-bit seed; the version is checked by the migrations. */
    private static final Set<String> UNBOUNDED = Set.of("simulation.seed", "scenario.schemaVersion");
    private static JsonSchema schema;
    private static List<ObjectNode> corpus;

    @BeforeAll
    static void load() throws IOException {
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(M.readTree(Path.of("docs/scenario.schema.json").toFile()));
        corpus = new ArrayList<>();
        for (String folder : List.of("sample-data/scenarios", "src/test/resources/com/alvh/workbench/scenario/legacy-condor-samples")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path f : files.sorted().toList()) {
                    JsonNode t = M.readTree(f.toFile());
                    if (!"defi".equals(t.path("kind").asText())) {
                        corpus.add((ObjectNode) t);
                    }
                }
            }
        }
        ObjectNode base = (ObjectNode) M.readTree(Path.of("sample-data/scenarios/base-condor-alvh.json").toFile());
        corpus.add(with(base, "/model", "{\"type\":\"bates\",\"v0\":0.03,\"kappa\":3,\"theta\":0.04,\"sigma\":0.5,"
                + "\"rho\":-0.7,\"jumpIntensity\":0.5,\"jumpMean\":-0.05,\"jumpVol\":0.1,\"varianceJumpMean\":0.01}"));
        corpus.add(with(base, "/model", "{\"type\":\"hestonCalibrated\",\"from\":\"2010-01-04\",\"to\":\"2019-12-31\",\"rho\":-0.7}"));
        corpus.add(with(base, "/model", "{\"type\":\"gbm\",\"vol\":0.16}"));
        corpus.add(with(base, "/model", "{\"type\":\"bootstrap\",\"from\":\"2010-01-04\",\"to\":\"2019-12-31\","
                + "\"meanBlockDays\":10,\"neighbours\":50}"));
        ObjectNode legs = with(base, "/position/legs/0/strike", "{\"type\":\"percentFromSpot\",\"percent\":-0.1}");
        legs = with(legs, "/position/legs/1/strike", "{\"type\":\"percentFromLeg\",\"leg\":0,\"percent\":0.03}");
        legs = with(legs, "/position/legs/2/strike", "{\"type\":\"absolute\",\"strike\":5300}");
        legs = with(legs, "/position/legs/3/strike", "{\"type\":\"pointsFromLeg\",\"leg\":2,\"points\":100}");
        ((ObjectNode) legs.at("/position")).remove("contracts");
        corpus.add(with(legs, "/position/size", "{\"type\":\"collateralised\",\"maxLossMultiple\":5}"));
        ObjectNode distance = with(base, "/position", "null");
        distance.remove("position");
        corpus.add(with(distance, "/condor", "{\"rule\":{\"type\":\"distance\",\"shortPercent\":0.05,\"wingPercent\":0.03},"
                + "\"daysToExpiry\":45,\"contracts\":1,\"management\":{\"takeProfitFraction\":0.5,\"stopLossMultiple\":2,"
                + "\"closeAtDaysToExpiry\":0,\"repeat\":false}}"));
        ObjectNode triggers = with(base, "/policy/layers/1/entry", "{\"type\":\"anyOf\",\"of\":["
                + "{\"type\":\"vixBelow\",\"level\":12},{\"type\":\"vixFutureBetween\",\"low\":15,\"high\":25,\"tenorDays\":30},"
                + "{\"type\":\"spxDrawdownAbove\",\"fraction\":0.05},{\"type\":\"portfolioDrawdownAbove\",\"fraction\":0.05},"
                + "{\"type\":\"indicatorAbove\",\"series\":\"VIX\",\"indicator\":\"RSI\",\"threshold\":70},"
                + "{\"type\":\"indicatorBelow\",\"series\":\"SPX\",\"indicator\":\"RSI\",\"threshold\":30},"
                + "{\"type\":\"eventWithin\",\"event\":\"FOMC\",\"tradingDays\":3},{\"type\":\"realisedVolAbove\",\"vol\":0.3},"
                + "{\"type\":\"pegDeviationAbove\",\"deviation\":0.01},{\"type\":\"vixRatioAbove\",\"ratio\":1.0}]}");
        triggers = with(triggers, "/policy/layers/0/size", "{\"type\":\"contracts\",\"contracts\":5}");
        triggers = with(triggers, "/policy/layers/1/size", "{\"type\":\"vegaRatio\",\"ratio\":0.2}");
        triggers = with(triggers, "/policy/layers/2/size", "{\"type\":\"cashBudget\",\"usd\":5000}");
        triggers = with(triggers, "/policy/layers/1/strike", "{\"type\":\"absolute\",\"strike\":25}");
        corpus.add(triggers);
    }

    private static ObjectNode with(ObjectNode tree, String pointer, String json) throws IOException {
        ObjectNode copy = tree.deepCopy();
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        JsonNode p = parent.isEmpty() ? copy : copy.at(parent);
        JsonNode value = M.readTree(json);
        if (p instanceof ArrayNode a) {
            a.set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) p).set(last, value);
        }
        return copy;
    }

    /** A numeric leaf: where it is (JSON path and pointer) and the key of its range. */
    record Leaf(String path, String pointer, String key, double value) {
    }

    private static void leaves(JsonNode node, String path, String pointer, List<Leaf> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String f = e.getKey();
                if (e.getValue().isNumber()) {
                    out.add(new Leaf(path + "." + f, pointer + "/" + f, ScenarioRanges.key(path, node, f),
                            e.getValue().doubleValue()));
                } else {
                    leaves(e.getValue(), path + "." + f, pointer + "/" + f, out);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                leaves(node.get(i), path + "[" + i + "]", pointer + "/" + i, out);
            }
        }
    }

    /** The first place each key occurs in the corpus, with its tree. */
    private static Map<String, Map.Entry<ObjectNode, Leaf>> firstOfEachKey() {
        Map<String, Map.Entry<ObjectNode, Leaf>> first = new LinkedHashMap<>();
        for (ObjectNode t : corpus) {
            List<Leaf> ls = new ArrayList<>();
            leaves(t, "$", "", ls);
            for (Leaf l : ls) {
                first.putIfAbsent(l.key(), Map.entry(t, l));
            }
        }
        return first;
    }

    @Test
    void theCorpusIsValidAndHoldsEveryRangedField() {
        for (ObjectNode t : corpus) {
            assertThat(schema.validate(t)).as(t.path("name").asText()).isEmpty();
            ScenarioJson.read(t.toString(), "corpus");
        }
        Set<String> found = new TreeSet<>(firstOfEachKey().keySet());
        Set<String> ranged = new TreeSet<>();
        ScenarioRanges.all().forEach(r -> ranged.add(r.key()));
        // Every number met has a range (or is unbounded on purpose); every range is met somewhere.
        assertThat(found).allSatisfy(k -> assertThat(ranged.contains(k) || UNBOUNDED.contains(k)).as(k).isTrue());
        Set<String> unmet = new TreeSet<>(ranged);
        unmet.removeAll(found);
        // The reserve's deployment layer is read by the code of policy layers: its spread width is met there.
        assertThat(unmet).isSubsetOf(Set.of("deployment.spreadWidth"));
    }

    @Test
    void aValueBeyondEitherEndIsRefusedAtItsPathByTheReaderAndTheSchema() {
        for (Map.Entry<ObjectNode, Leaf> e : firstOfEachKey().values()) {
            Leaf l = e.getValue();
            ScenarioRanges.Range r = ScenarioRanges.of(l.key());
            if (r == null) {
                continue;
            }
            double step = Math.max(1.0, Math.abs(r.max()) * 0.5);
            for (double outside : new double[] {r.min() - Math.max(1.0, Math.abs(r.min()) * 0.5), r.max() + step}) {
                ObjectNode t = set(e.getKey(), l.pointer(), outside, r.integer());
                ScenarioException x = catchThrowableOfType(() -> ScenarioJson.read(t.toString(), "t"), ScenarioException.class);
                assertThat(x).as("%s = %s read", l.path(), outside).isNotNull();
                assertThat(x.problems()).as(l.path()).anySatisfy(p -> {
                    assertThat(p.path()).isEqualTo(l.path());
                    assertThat(p.message()).startsWith("must be in " + r.text() + ", was ");
                });
                assertThat(schema.validate(t)).as("%s = %s in the schema", l.path(), outside).isNotEmpty();
            }
            for (double end : new double[] {r.min(), r.max()}) {
                ObjectNode t = set(e.getKey(), l.pointer(), end, r.integer());
                try {
                    ScenarioJson.read(t.toString(), "t");
                } catch (ScenarioException x) {
                    // Another rule may refuse an extreme (e.g. longDelta below shortDelta); the range may not.
                    assertThat(x.problems()).as("%s = %s", l.path(), end)
                            .noneMatch(p -> p.path().equals(l.path()) && p.message().startsWith("must be in "));
                }
            }
        }
    }

    @Test
    void everyRangeIsInTheFormatDocument() throws IOException {
        String doc = Files.readString(Path.of("docs/scenario-format.md"));
        for (ScenarioRanges.Range r : ScenarioRanges.all()) {
            assertThat(doc).as(r.key()).contains("| `" + r.key() + "` | " + r.text() + " |");
        }
    }

    private static ObjectNode set(ObjectNode tree, String pointer, double value, boolean integer) {
        ObjectNode copy = tree.deepCopy();
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        JsonNode p = copy.at(parent);
        if (p instanceof ArrayNode a) {
            a.set(Integer.parseInt(last), integer ? M.getNodeFactory().numberNode((long) value) : M.getNodeFactory().numberNode(value));
        } else if (integer) {
            ((ObjectNode) p).put(last, (long) value);
        } else {
            ((ObjectNode) p).put(last, value);
        }
        return copy;
    }
}
