package com.alvh.workbench.cli;

import com.alvh.workbench.defi.DefiSamples;
import com.alvh.workbench.sim.CancellationToken;
import com.alvh.workbench.sim.ProgressListener;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line as a script sees it: exit codes (0 ok, 1 runtime failure, 2 bad input), one
 * clear error line per problem on stderr, and JSON output that is identical for a seed whatever the
 * thread count, checked against a golden file. Regenerate the golden file after a deliberate change
 * with {@code ./mvnw test -Dtest=AlvhCliTest -Dalvh.regenerate=true}.
 */
class AlvhCliTest {

    private static final String BASE = "sample-data/scenarios/base-condor-alvh.json";
    private static final Path GOLDEN = Path.of("src/test/resources/golden/run-base-condor-alvh.json");

    record Outcome(int code, String out, String err) {
    }

    static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AlvhCli.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void validateAcceptsTheSample() {
        Outcome o = run("validate", BASE);
        assertThat(o.code()).isEqualTo(AlvhCli.OK);
        assertThat(o.out()).startsWith("ok: ").contains("ALVH 3 layers", "Unhedged");
        assertThat(o.err()).isEmpty();
    }

    @Test
    void validateReportsEveryProblemWithItsPathAndExitsTwo(@TempDir Path dir) throws IOException {
        String text = Files.readString(Path.of(BASE))
                .replace("\"paths\" : 20000", "\"paths\" : -1")
                .replace("\"kappa\" : 4.0", "\"kappa\" : 4.0, \"kapa\" : 1");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, text);
        Outcome o = run("validate", bad.toString());
        assertThat(o.code()).isEqualTo(AlvhCli.BAD_INPUT);
        assertThat(o.err().lines()).contains("error: $.simulation.paths: must be in [1, 10,000,000], was -1")
                .anyMatch(l -> l.startsWith("error: $.model.kapa: unknown field 'kapa'"));
        assertThat(o.out()).isEmpty();
    }

    @Test
    void missingFileIsBadInput() {
        Outcome o = run("run", "no/such/scenario.json");
        assertThat(o.code()).isEqualTo(AlvhCli.BAD_INPUT);
        assertThat(o.err()).isEqualTo("error: file not found: no/such/scenario.json" + System.lineSeparator());
    }

    @Test
    void unknownOptionAndBadValuesAreBadInput() {
        assertThat(run("run", BASE, "--pathz", "10").code()).isEqualTo(AlvhCli.BAD_INPUT);
        Outcome o = run("run", BASE, "--paths", "0");
        assertThat(o.code()).isEqualTo(AlvhCli.BAD_INPUT);
        assertThat(o.err()).contains("--paths: must be in [1, 10,000,000], was 0");
        Outcome p = run("replay", BASE, "--episode", "1929-crash");
        assertThat(p.code()).isEqualTo(AlvhCli.BAD_INPUT);
        assertThat(p.err()).contains("--episode").contains("2020-covid");
    }

    @Test
    void missingMarketDataIsARuntimeFailure(@TempDir Path emptyData) {
        Outcome o = run("replay", BASE, "--episode", "2020-covid", "--data", emptyData.toString());
        assertThat(o.code()).isEqualTo(AlvhCli.RUNTIME_FAILURE);
        assertThat(o.err()).startsWith("error: ").contains("spx_daily.csv");
        assertThat(o.err().lines()).hasSize(1);
    }

    @Test
    void jsonOutputMatchesTheGoldenFileForAnyThreadCount() throws IOException {
        Outcome one = run("run", BASE, "--paths", "400", "--seed", "7", "--threads", "1", "--json");
        Outcome two = run("run", BASE, "--paths", "400", "--seed", "7", "--threads", "2", "--json");
        assertThat(one.code()).isZero();
        assertThat(two.out()).isEqualTo(one.out());
        if (Boolean.getBoolean("alvh.regenerate")) {
            Files.writeString(GOLDEN, one.out(), StandardCharsets.UTF_8);
        }
        assertThat(one.out()).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    @Test
    void replayOfCovidPrintsTheLayerDates() {
        Outcome o = run("replay", BASE, "--episode", "2020-covid");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("Historical replay 2020-02-19 .. 2020-03-23", "1 path x 23 daily steps",
                "layer entries of ALVH 3 layers", "2020-02-19");
    }

    @Test
    void priceCalculatorsAgreeWithTheCore() {
        Outcome o = run("price", "option", "--type", "call", "--spot", "100", "--strike", "100", "--days", "365",
                "--vol", "0.2", "--rate", "0.05", "--div", "0");
        assertThat(o.code()).isZero();
        // Hull, Options, Futures and Other Derivatives: S=K=100, r=5 %, sigma=20 %, T=1 -> c = 10.4506
        assertThat(o.out()).contains("price 10.4506");
        Outcome c = run("price", "condor");
        assertThat(c.code()).isZero();
        assertThat(c.out()).contains("iron condor 4355/4760/5180/5315", "vol level of the tenor 16.19");
        // A one-year condor is quoted at the one-year level, not the 30-day VIX (issue 10).
        assertThat(run("price", "condor", "--vix", "9", "--days", "365").out()).contains("vol level of the tenor 16.08");
        assertThat(run("price", "condor", "--vix", "9", "--days", "365", "--vix3m", "12", "--vix6m", "13.5").out())
                .contains("vol level of the tenor 13.50");
        Outcome bad = run("price", "vix", "--strike", "20", "--days", "30");
        assertThat(bad.code()).isEqualTo(AlvhCli.BAD_INPUT);
        assertThat(bad.err()).contains("--future and --vol");
    }

    @Test
    void reportWritesTheChosenFormatsAndRefusesUnknownOnes(@TempDir Path out) throws IOException {
        Outcome o = run("report", BASE, "--out", out.toString(), "--paths", "300", "--format", "html,csv");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(out.resolve("report.html")).isRegularFile();
        assertThat(Files.readString(out.resolve("report.html"))).contains("Base SPX condor with ALVH layers")
                .doesNotContain("http://", "https://");
        assertThat(out.resolve("summary.csv")).isRegularFile();
        assertThat(out.resolve("report.pdf")).doesNotExist();
        Outcome bad = run("report", BASE, "--out", out.toString(), "--format", "html,docx");
        assertThat(bad.code()).isEqualTo(AlvhCli.BAD_INPUT);
        assertThat(bad.err()).startsWith("error: --format").contains("docx");
    }

    @Test
    void defiScenariosRunValidateAndRefuseReplay() {
        String file = "sample-data/scenarios/defi-stable-lp-depeg.json";
        Outcome v = run("validate", file);
        assertThat(v.code()).as(v.err()).isZero();
        assertThat(v.out()).contains("DeFi sample 'stable-lp-depeg'", "Unhedged", "Peg layers");
        Outcome r = run("run", file, "--paths", "200", "--seed", "3", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"paths\" : 200", "\"name\" : \"Peg layers\"");
        Outcome replay = run("replay", file, "--episode", "2020-covid");
        assertThat(replay.code()).isEqualTo(AlvhCli.BAD_INPUT);
        assertThat(replay.err()).contains("$.kind").contains("DeFi scenario");
    }

    @Test
    void defiParametersAreValidatedWithTheirPathAndUsedByRun(@TempDir Path dir) throws IOException {
        String narrow = "sample-data/scenarios/defi-lp-narrow-range.json";
        Outcome v = run("validate", narrow);
        assertThat(v.code()).as(v.err()).isZero();
        assertThat(v.out()).contains("DeFi sample 'lp-layered-vs-diversified' (parameters: rangeLower 0.85, rangeUpper 1.2)");

        Path bad = dir.resolve("bad-range.json");
        Files.writeString(bad, Files.readString(Path.of(narrow)).replace("\"rangeUpper\" : 1.2", "\"rangeUpper\" : 25")
                .replace("\"rangeLower\" : 0.85", "\"rangeLower\" : 0.85, \"rangeTop\" : 2"));
        Outcome b = run("validate", bad.toString());
        assertThat(b.code()).isEqualTo(AlvhCli.BAD_INPUT);
        assertThat(b.err().lines()).contains("error: $.defi.parameters.rangeUpper: must be between 1.01 and 20, was 25")
                .anyMatch(l -> l.startsWith("error: $.defi.parameters.rangeTop: is not a parameter of lp-layered-vs-diversified"));
        assertThat(b.out()).isEmpty();
        assertThat(run("run", bad.toString()).code()).isEqualTo(AlvhCli.BAD_INPUT);

        // run uses the file's parameters: its figures are those of the sample built with them.
        Outcome r = run("run", narrow, "--paths", "200", "--seed", "3", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        var built = DefiSamples.build(DefiSamples.LP_LAYERED_VS_DIVERSIFIED, Map.of("rangeLower", 0.85, "rangeUpper", 1.2))
                .withPaths(200).withSeed(3).run(ProgressListener.NONE, new CancellationToken());
        var defaults = DefiSamples.lpLayeredVsDiversified().withPaths(200).withSeed(3)
                .run(ProgressListener.NONE, new CancellationToken());
        JsonNode policies = new ObjectMapper().readTree(r.out()).get("policies");
        for (int k = 0; k < built.size(); k++) {
            double mean = built.get(k).entry().summary().pnl().mean();
            assertThat(policies.get(k).get("name").asText()).isEqualTo(built.get(k).label());
            assertThat(policies.get(k).get("meanPnl").doubleValue()).isEqualTo(ResultPrinter.round(mean));
            assertThat(mean).isNotEqualTo(defaults.get(k).entry().summary().pnl().mean());
        }
        // The report says which parameters were set.
        Path out = dir.resolve("report");
        Outcome rep = run("report", narrow, "--out", out.toString(), "--paths", "100", "--format", "html");
        assertThat(rep.code()).as(rep.err()).isZero();
        assertThat(Files.readString(out.resolve("report.html"))).contains("rangeLower 0.85, rangeUpper 1.2");
    }

    @Test
    void theEthReplayRunsOnRealHistoryAndRefusesManyPaths() {
        Outcome o = run("run", "sample-data/scenarios/defi-lp-eth-2022.json");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("Replay of real ETH closes 2022-01-01 .. 2022-12-31", "Single chain, unhedged");
        Outcome many = run("run", "sample-data/scenarios/defi-lp-eth-2022.json", "--paths", "10");
        assertThat(many.code()).isEqualTo(AlvhCli.BAD_INPUT);
        assertThat(many.err()).contains("one path");
    }

    @Test
    void theUstReplayReportsInDaysWithTheCoinAndNoNumbersThatOnePathCannotHave(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("ust");
        Outcome rep = run("report", "sample-data/scenarios/defi-stable-lp-ust-2022.json", "--out", out.toString(),
                "--format", "html");
        assertThat(rep.code()).as(rep.err()).isZero();
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("60 days").doesNotContain("trading days")
                .contains("Replay of the real daily price of terrausd").doesNotContain("NaN");
        assertThat(html).contains(">n/a</td>");
    }

    /**
     * A Heston whose exact VIX prices cannot be summed in reasonable time is bad input, refused at once
     * (v0 100 is now outside v0's range; v0 1 with sigma 0.01 is inside and still cannot be summed).
     */
    @Test
    void aVixPriceUnderAConcentratedHestonIsRefusedAsBadInput() {
        Outcome o = run("price", "vix", "--v0", "1", "--sigma", "0.01", "--days", "7", "--strike", "15");
        assertThat(o.code()).isEqualTo(AlvhCli.BAD_INPUT);
        assertThat(o.err()).contains("cannot be summed").contains("noncentrality");
    }
}
