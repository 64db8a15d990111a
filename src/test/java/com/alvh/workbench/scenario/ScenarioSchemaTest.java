package com.alvh.workbench.scenario;

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
}
