package com.alvh.workbench.scenario;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped scenarios in {@code sample-data/scenarios/} are exactly what {@link ScenarioSamples}
 * writes, they read back to the same spec, and each resolves against the shipped history. To
 * regenerate the files after a deliberate change: {@code ./mvnw test -Dtest=ScenarioSamplesTest -Dalvh.regenerate=true}.
 */
class ScenarioSamplesTest {

    private static final Path DIR = Path.of("sample-data", "scenarios");
    private static final ScenarioResolver RESOLVER = new ScenarioResolver(Path.of("sample-data"));

    @Test
    void shippedFilesAreTheSamplesAndResolve() throws IOException {
        Map<String, ScenarioFile> samples = ScenarioSamples.all(RESOLVER);
        if (Boolean.getBoolean("alvh.regenerate")) {
            Files.createDirectories(DIR);
            for (var e : samples.entrySet()) {
                ScenarioJson.save(e.getValue(), DIR.resolve(e.getKey() + ".json"));
            }
        }
        try (Stream<Path> files = Files.list(DIR)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactlyElementsOf(samples.keySet().stream().map(k -> k + ".json").sorted().toList());
        }
        for (var e : samples.entrySet()) {
            Path file = DIR.resolve(e.getKey() + ".json");
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(text).as(file.toString()).isEqualTo(ScenarioJson.write(e.getValue()));
            ScenarioFile read = ScenarioJson.loadFile(file);
            assertThat(read).as(file.toString()).isEqualTo(e.getValue());
            if (read instanceof ScenarioSpec spec) {
                Scenario s = RESOLVER.resolve(spec);
                assertThat(s.policies()).as(file + " policies").isNotEmpty();
                assertThat(s.policies().stream().map(p -> p.name())).contains("Unhedged");
            } else {
                assertThat(((DefiScenarioSpec) read).resolve(Path.of("sample-data")).runs()).as(file + " runs").hasSizeGreaterThan(1);
            }
        }
    }

    @Test
    void replaySamplesCoverEachEpisodeDayByDay() {
        Map<String, ScenarioFile> samples = ScenarioSamples.all(RESOLVER);
        Scenario covid = RESOLVER.resolve((ScenarioSpec) samples.get("replay-2020-covid"));
        assertThat(covid.isReplay()).isTrue();
        assertThat(covid.dates().get(0)).hasToString("2020-02-19");
        assertThat(covid.dates().get(covid.dates().size() - 1)).hasToString("2020-03-23");
        assertThat(covid.settings().paths()).isEqualTo(1);
        assertThat(covid.settings().steps()).isEqualTo(covid.dates().size() - 1);
    }
}
