package com.alvh.workbench.cli;

import com.alvh.workbench.chart.PdfInspect;
import com.alvh.workbench.report.ReportFolder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

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
    void sweepWritesTheFrontierFiles(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("sweep-out");
        AlvhCliTest.Outcome o = run("sweep", SWEEP, "--out", out.toString(), "--paths", "200", "--quiet");
        assertThat(o.code()).as(o.err()).isEqualTo(AlvhCli.OK);
        assertThat(o.err()).as("--quiet: no progress").isEmpty();
        assertThat(o.out()).contains("22 policies x 200 paths x 63 days", "unhedged:", "base:", "frontier:");
        List<String> sweep = Files.readAllLines(out.resolve("sweep.csv"));
        assertThat(sweep).hasSize(1 + 22);
        assertThat(sweep.get(0)).startsWith("index,label,role,$.policy.layers[1].entry.of[0].level,"
                + "$.policy.layers[1].size.fraction,mean_pnl_usd,");
        assertThat(sweep.get(1)).startsWith("0,unhedged,unhedged,,,");
        assertThat(Files.readAllLines(out.resolve("frontier.csv")).get(1)).startsWith("0,unhedged,");
        assertThat(Files.readString(out.resolve("report.html"))).contains("<svg", "Regime layer on Heston paths");

        // Written whole like `report`: a manifest hashing every file, nothing left beside the folder but its lock.
        JsonNode manifest = new ObjectMapper().readTree(out.resolve(ReportFolder.MANIFEST).toFile());
        assertThat(manifest.get("paths").asInt()).isEqualTo(200);
        assertThat(manifest.get("steps").asInt()).isEqualTo(63);
        assertThat(manifest.get("title").asText()).startsWith("Regime layer on Heston paths");
        List<String> listed = new ArrayList<>();
        for (JsonNode f : manifest.get("files")) {
            listed.add(f.get("name").asText());
            assertThat(f.get("sha256").asText()).as(f.get("name").asText())
                    .isEqualTo(ReportFolder.sha256(out.resolve(f.get("name").asText())));
        }
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> !n.equals(ReportFolder.MANIFEST)))
                    .containsExactlyInAnyOrderElementsOf(listed)
                    .contains("report.pdf", "chart-frontier.png", "chart-frontier.svg");
        }
        try (Stream<Path> beside = Files.list(dir)) {
            assertThat(beside.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("sweep-out", ".sweep-out.lock");
        }

        // The PDF's text is the embedded Liberation Sans, on the pages and inside the charts: no Standard 14 font.
        try (PDDocument doc = PdfInspect.load(Files.readAllBytes(out.resolve("report.pdf")))) {
            Set<String> fonts = new TreeSet<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                collectFonts(doc.getPage(i).getResources(), fonts, 0);
            }
            assertThat(fonts).isNotEmpty()
                    .allSatisfy(f -> assertThat(f).matches("embedded [A-Z]{6}\\+LiberationSans(-Bold)?"));
            assertThat(new PDFTextStripper().getText(doc)).contains("Unhedged, base, best and the frontier", "unhedged");
        }
    }

    @Test
    void aFolderHoldingOtherThingsIsRefusedBeforeTheSweepRuns(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("notes");
        Files.createDirectories(out);
        Files.writeString(out.resolve("todo.txt"), "mine");
        AlvhCliTest.Outcome o = run("sweep", SWEEP, "--out", out.toString(), "--paths", "200", "--quiet");
        assertThat(o.code()).isNotEqualTo(AlvhCli.OK);
        assertThat(o.err()).contains("holds 'todo.txt', which a report does not write");
        assertThat(o.out()).doesNotContain("policies x");
        assertThat(Files.readString(out.resolve("todo.txt"))).isEqualTo("mine");
    }

    private static void collectFonts(PDResources r, Set<String> out, int depth) throws IOException {
        if (r == null || depth > 8) {
            return;
        }
        for (COSName n : r.getFontNames()) {
            PDFont f = r.getFont(n);
            out.add((f.isEmbedded() ? "embedded " : "NOT embedded ") + f.getName());
        }
        for (COSName n : r.getXObjectNames()) {
            if (r.getXObject(n) instanceof PDFormXObject form) {
                collectFonts(form.getResources(), out, depth + 1);
            }
        }
    }

    @Test
    void optionsAreChecked(@TempDir Path out) {
        assertThat(run("sweep", SWEEP, "--out", out.toString(), "--master", "local[2]").err())
                .contains("--master applies to --engine spark only");
        assertThat(run("sweep", SWEEP, "--out", out.toString(), "--engine", "hadoop").code()).isEqualTo(AlvhCli.BAD_INPUT);
        assertThat(run("sweep", "missing.json", "--out", out.toString()).err()).contains("file not found: missing.json");
    }
}
