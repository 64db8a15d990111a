package com.alvh.workbench.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.alvh.workbench.cli.AlvhCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code sweep} and {@code validate} of sweep files as a script sees them. */
class SweepCommandTest {

    private static final String SWEEP = "sample-data/sweeps/regime-layer-heston.json";

    @Test
    void validateChecksASweepFile() {
        AlvhCliTest.Outcome o = run("validate", SWEEP);
        assertThat(o.code()).isEqualTo(AlvhCli.OK);
        assertThat(o.out()).startsWith("ok: ").contains("sweep 'Regime layer on Heston paths", "up to 22 policies");
    }

    @Test
    void aBadAxisPathIsBadInputWithItsJsonPath(@TempDir Path dir) throws IOException {
        String text = Files.readString(Path.of(SWEEP)).replace("entry.of[0].level", "entry.of[3].level")
                .replace("\"../scenarios/base-condor-alvh.json\"", "\"" + Path.of("sample-data/scenarios/base-condor-alvh.json")
                        .toAbsolutePath().toString().replace("\\", "/") + "\"");
        Path bad = dir.resolve("bad-sweep.json");
        Files.writeString(bad, text);
        for (String command : List.of("validate", "sweep")) {
            AlvhCliTest.Outcome o = command.equals("sweep") ? run("sweep", bad.toString(), "--out", dir.resolve("o").toString())
                    : run("validate", bad.toString());
            assertThat(o.code()).as(command).isEqualTo(AlvhCli.BAD_INPUT);
            assertThat(o.err()).as(command).contains("error: $.axes[0].path: no [3] at $.policy.layers[1].entry.of");
        }
        assertThat(dir.resolve("o")).doesNotExist();
    }

    @Test
    void sweepWritesTheFrontierFiles(@TempDir Path out) throws IOException {
        AlvhCliTest.Outcome o = run("sweep", SWEEP, "--out", out.toString(), "--paths", "200", "--format", "csv,html");
        assertThat(o.code()).as(o.err()).isEqualTo(AlvhCli.OK);
        assertThat(o.out()).contains("22 policies x 200 paths x 63 days", "unhedged:", "base:", "frontier:");
        List<String> sweep = Files.readAllLines(out.resolve("sweep.csv"));
        assertThat(sweep).hasSize(1 + 22);
        assertThat(sweep.get(0)).startsWith("index,label,role,$.policy.layers[1].entry.of[0].level,"
                + "$.policy.layers[1].size.fraction,mean_pnl_usd,");
        assertThat(sweep.get(1)).startsWith("0,unhedged,unhedged,,,");
        assertThat(Files.readAllLines(out.resolve("frontier.csv")).get(1)).startsWith("0,unhedged,");
        assertThat(Files.readString(out.resolve("report.html"))).contains("<svg", "Regime layer on Heston paths");
    }

    @Test
    void optionsAreChecked(@TempDir Path out) {
        assertThat(run("sweep", SWEEP, "--out", out.toString(), "--master", "local[2]").err())
                .contains("--master applies to --engine spark only");
        assertThat(run("sweep", SWEEP, "--out", out.toString(), "--engine", "hadoop").code()).isEqualTo(AlvhCli.BAD_INPUT);
        assertThat(run("sweep", "missing.json", "--out", out.toString()).err()).contains("file not found: missing.json");
    }
}
