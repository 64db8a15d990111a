package com.alvh.workbench.scenario;

import com.alvh.workbench.defi.DefiParameter;
import com.alvh.workbench.defi.DefiSamples;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/scenario.schema.json and the reader agree: shipped files pass both, an unknown field fails both. */
class ScenarioSchemaTest {

    private static final ObjectMapper M = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void load() throws IOException {
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(M.readTree(Path.of("docs/scenario.schema.json").toFile()));
    }

    @Test
    void everyShippedScenarioIsValidAgainstTheSchema() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("sample-data/scenarios"))) {
            for (Path f : files.toList()) {
                Set<ValidationMessage> errors = schema.validate(M.readTree(f.toFile()));
                assertThat(errors).as(f.toString()).isEmpty();
            }
        }
    }

    @Test
    void schemaRejectsWhatTheReaderRejects() {
        ObjectNode t = ScenarioJson.toTree(ScenarioSamples.baseCondorAlvh());
        ((ObjectNode) t.get("policy").get("layers").get(0)).put("colour", "red");
        assertThat(schema.validate(t)).isNotEmpty();
        JsonNode noVersion = t.deepCopy();
        ((ObjectNode) noVersion).remove("schemaVersion");
        assertThat(schema.validate(noVersion)).isNotEmpty();
    }

    /** The schema's DeFi parameter objects are the declarations of DefiSamples: keys in order, ranges, types, defaults. */
    @Test
    void defiParametersInTheSchemaAreTheDeclaredOnes() throws IOException {
        JsonNode defs = M.readTree(Path.of("docs/scenario.schema.json").toFile()).get("$defs");
        Map<String, List<DefiParameter>> declared = new LinkedHashMap<>();
        declared.put("defiParametersInsurancePool", DefiSamples.parameters("insurance-pool"));
        declared.put("defiParametersGovernanceFarming", DefiSamples.parameters("governance-farming"));
        declared.put("defiParametersLpLayeredVsDiversified", DefiSamples.parameters("lp-layered-vs-diversified"));
        declared.put("defiParametersLpEthReplay", DefiSamples.replayParameters());
        declared.put("defiParametersStableLpDepeg", DefiSamples.parameters("stable-lp-depeg"));
        declared.put("defiParametersTailRisk", DefiSamples.parameters("tail-risk"));
        for (var e : declared.entrySet()) {
            JsonNode props = defs.get(e.getKey()).get("properties");
            List<String> keys = new ArrayList<>();
            props.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).as(e.getKey()).containsExactlyElementsOf(e.getValue().stream().map(DefiParameter::key).toList());
            for (DefiParameter p : e.getValue()) {
                JsonNode q = props.get(p.key());
                assertThat(q.get("type").asText()).as(p.key()).isEqualTo(p.integer() ? "integer" : "number");
                assertThat(q.get("minimum").doubleValue()).as(p.key()).isEqualTo(p.min());
                assertThat(q.get("maximum").doubleValue()).as(p.key()).isEqualTo(p.max());
                assertThat(q.get("default").doubleValue()).as(p.key()).isEqualTo(p.defaultValue());
            }
        }
    }

    @Test
    void schemaChecksDefiParametersLikeTheReader() throws IOException {
        ObjectNode t = (ObjectNode) M.readTree(ScenarioJson.write(ScenarioSamples.defiLpNarrowRange()));
        assertThat(schema.validate(t)).isEmpty();
        ObjectNode params = (ObjectNode) t.get("defi").get("parameters");
        params.put("rangeUpper", 25);
        assertThat(schema.validate(t)).isNotEmpty();
        params.put("rangeUpper", 1.2).put("rangeTop", 2);
        assertThat(schema.validate(t)).isNotEmpty();
        params.remove("rangeTop");
        params.put("chainCorrelation", 0.5);
        assertThat(schema.validate(t)).isEmpty();
        // The replay of history has one chain: no correlation to set.
        ((ObjectNode) t.get("defi")).putObject("replay").put("from", "2022-01-01").put("to", "2022-12-31");
        assertThat(schema.validate(t)).isNotEmpty();
        params.remove("chainCorrelation");
        assertThat(schema.validate(t)).isEmpty();
        // Another sample's parameter is unknown here.
        ObjectNode pool = (ObjectNode) M.readTree(ScenarioJson.write(ScenarioSamples.defi(DefiSamples.insurancePool())));
        ((ObjectNode) pool.get("defi")).putObject("parameters").put("signers", 7).put("rangeLower", 0.8);
        assertThat(schema.validate(pool)).isNotEmpty();
        ((ObjectNode) pool.get("defi").get("parameters")).remove("rangeLower");
        assertThat(schema.validate(pool)).isEmpty();
        ((ObjectNode) pool.get("defi").get("parameters")).put("signers", 7.5);
        assertThat(schema.validate(pool)).isNotEmpty();
    }
}
