package com.alvh.workbench.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/sweep.schema.json and the sweep reader agree on the shipped sweeps and on an unknown field. */
class SweepSchemaTest {

    private static final ObjectMapper M = new ObjectMapper();
    private static final Path SWEEPS = Path.of("sample-data/sweeps");
    private static JsonSchema schema;

    @BeforeAll
    static void load() throws IOException {
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(M.readTree(Path.of("docs/sweep.schema.json").toFile()));
    }

    @Test
    void everyShippedSweepIsValidAgainstTheSchemaAndTheReader() throws IOException {
        try (Stream<Path> files = Files.list(SWEEPS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                assertThat(schema.validate(M.readTree(f.toFile()))).as(f.toString()).isEmpty();
                assertThat(SweepJson.load(f).axes()).as(f.toString()).isNotEmpty();
            }
        }
    }

    @Test
    void schemaRejectsWhatTheReaderRejects() throws IOException {
        ObjectNode t = (ObjectNode) M.readTree(SWEEPS.resolve("regime-layer-heston.json").toFile());
        ((ObjectNode) t.get("axes").get(0)).put("colour", "red");
        assertThat(schema.validate(t)).isNotEmpty();
        ObjectNode both = (ObjectNode) M.readTree(SWEEPS.resolve("regime-layer-heston.json").toFile());
        ((ObjectNode) both.get("axes").get(1)).put("from", 0.1);
        assertThat(schema.validate(both)).as("values and from together").isNotEmpty();
    }
}
