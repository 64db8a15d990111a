package com.alvh.workbench.ui;

import com.alvh.workbench.scenario.ScenarioJson;
import com.alvh.workbench.scenario.ScenarioSamples;
import com.alvh.workbench.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** One autosave per running instance; recovery offers only work whose instance is gone. */
class AutosaveStoreTest {

    private static final ScenarioSpec BASE = ScenarioSamples.baseCondorAlvh();

    @TempDir
    Path dir;

    private AutosaveStore<ScenarioSpec> store() {
        return new AutosaveStore<>(dir.resolve("autosave.json"), ScenarioSpec.class);
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The bug of the issue: a second workbench offered to "recover" the first one's live work, and both wrote one file. */
    @Test
    void aSecondInstanceNeitherOffersNorOverwritesTheFirstOnesLiveWork() throws IOException {
        AutosaveStore<ScenarioSpec> first = store();
        AutosaveStore<ScenarioSpec> second = store();
        first.write(BASE.withName("first's work"));
        assertThat(second.recover()).isEmpty();
        second.write(BASE.withName("second's work"));
        assertThat(first.file()).isNotEqualTo(second.file());
        assertThat(ScenarioJson.load(first.file()).name()).isEqualTo("first's work");
        assertThat(ScenarioJson.load(second.file()).name()).isEqualTo("second's work");
        assertThat(first.recover()).isEmpty();

        // The first ends without a clean exit: its work is offered, once, to one instance.
        first.close();
        AutosaveStore<ScenarioSpec> third = store();
        AutosaveStore<ScenarioSpec> fourth = store();
        assertThat(third.recover()).map(ScenarioSpec::name).contains("first's work");
        assertThat(fourth.recover()).as("claimed by the third").isEmpty();
        assertThat(second.recover()).isEmpty();

        // Once the third has autosaved it under its own name, the dead instance's files are gone.
        third.write(BASE.withName("first's work, recovered and edited"));
        assertThat(first.file()).doesNotExist();
        assertThat(names()).containsExactlyInAnyOrder(second.file().getFileName().toString(),
                third.file().getFileName().toString(), lock(second), lock(third));

        // A clean exit leaves nothing behind, not even its lock file.
        third.clear();
        second.clear();
        assertThat(names()).isEmpty();
    }

    @Test
    void aDeclinedRecoveryDeletesTheDeadInstancesWork() throws IOException {
        AutosaveStore<ScenarioSpec> crashed = store();
        crashed.write(BASE.withName("lost"));
        crashed.close();
        AutosaveStore<ScenarioSpec> next = store();
        assertThat(next.recover()).isPresent();
        next.clear();
        assertThat(names()).isEmpty();
        assertThat(store().recover()).isEmpty();
    }

    @Test
    void anAutosaveOfAnOlderVersionIsStillRecovered() throws IOException {
        ScenarioJson.save(BASE.withName("before locks"), dir.resolve("autosave.json"));
        AutosaveStore<ScenarioSpec> s = store();
        assertThat(s.recover()).map(ScenarioSpec::name).contains("before locks");
        s.clear();
        assertThat(names()).isEmpty();
    }

    /** Across processes: the work of a live workbench is not offered; after it is killed, it is. */
    @Test
    void theLiveWorkOfAnotherProcessIsOfferedOnlyAfterItDies() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AutosaveHolderMain.class.getName(), dir.toString(),
                "the other workbench's work").redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.equals("WRITTEN")) {
                // Nothing else is expected from the child.
            }
            assertThat(line).as("the other process autosaved").isEqualTo("WRITTEN");
            assertThat(store().recover()).as("its work is live").isEmpty();
        } finally {
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(store().recover()).map(ScenarioSpec::name).contains("the other workbench's work");
    }

    private static String lock(AutosaveStore<?> s) {
        String n = s.file().getFileName().toString();
        return n.substring(0, n.length() - ".json".length()) + ".lock";
    }
}
