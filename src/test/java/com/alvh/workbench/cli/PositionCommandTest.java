package com.alvh.workbench.cli;

import com.alvh.workbench.scenario.ScenarioJson;
import com.alvh.workbench.scenario.ScenarioSpec;
import com.alvh.workbench.sim.LegStrike;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code alvh position import}: legs with OCC symbols into a scenario; bad lines are bad input, by line. */
class PositionCommandTest {

    private static final String BASE = "sample-data/scenarios/base-condor-alvh.json";

    record Outcome(int code, String out, String err) {
    }

    static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AlvhCli.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void legsWithOccSymbolsBecomeTheScenariosPosition(@TempDir Path dir) throws IOException {
        Path legs = dir.resolve("my-condor.csv");
        Files.writeString(legs, """
                symbol,quantity,price
                SPXW  250321P04600000,10,4.10
                SPXW  250321P04750000,-10,12.35
                SPXW  250321C05250000,-10,9.80
                SPXW  250321C05350000,10,2.05
                """);
        Path out = dir.resolve("scenario.json");
        Outcome o = run("position", "import", legs.toString(), "--as-of", "2025-02-14", "--scenario", BASE, "--out",
                out.toString());
        assertThat(o.err()).isEmpty();
        assertThat(o.code()).isEqualTo(AlvhCli.OK);
        assertThat(o.out()).contains("my-condor: 4 legs expiring 2025-03-21, 35 days after 2025-02-14, settled at the close",
                "line 3: -10 SPXW put 4750 @ 12.35", "cash at your prices", "wrote " + out);
        ScenarioSpec spec = ScenarioJson.load(out);
        assertThat(spec.position().legs()).extracting(l -> ((LegStrike.Absolute) l.strike()).strike())
                .containsExactly(4600.0, 4750.0, 5250.0, 5350.0);
        assertThat(spec.position().name()).isEqualTo("my-condor");
        // The scenario runs.
        assertThat(run("run", out.toString(), "--paths", "200").code()).isEqualTo(AlvhCli.OK);
    }

    @Test
    void badLegsAreBadInputNamingTheirLines(@TempDir Path dir) throws IOException {
        Path legs = dir.resolve("bad.csv");
        Files.writeString(legs, "SPXW  250321P05600000,-10,12.35\nSPXW  250418C06000000,1,2\nnot a symbol,1,1\n");
        Outcome o = run("position", "import", legs.toString(), "--as-of", "2025-02-14", "--scenario", BASE);
        assertThat(o.code()).isEqualTo(AlvhCli.BAD_INPUT);
        assertThat(o.err()).contains("error: line 2: expiry 2025-04-18 differs from line 1's 2025-03-21",
                "error: line 3: 'not a symbol' is not an OCC option symbol");
        Outcome late = run("position", "import", legs.toString(), "--as-of", "2025-13-01", "--scenario", BASE);
        assertThat(late.code()).isEqualTo(AlvhCli.BAD_INPUT);
        assertThat(late.err()).contains("--as-of");
    }
}
