package com.alvh.workbench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reports are written whole: a report killed (SIGKILL) at a chosen point leaves the previous report
 * whole, a second report into a folder another one is writing fails at once naming that process,
 * and the next report cleans what the killed one left.
 */
class ReportFolderKillTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Every file the manifest lists is there with its hash, and nothing else. */
    private static JsonNode assertWhole(Path folder) throws IOException {
        JsonNode manifest = JSON.readTree(folder.resolve(ReportFolder.MANIFEST).toFile());
        List<String> listed = new ArrayList<>();
        for (JsonNode f : manifest.get("files")) {
            String name = f.get("name").asText();
            listed.add(name);
            assertThat(ReportFolder.sha256(folder.resolve(name))).as(name).isEqualTo(f.get("sha256").asText());
            assertThat(Files.size(folder.resolve(name))).as(name).isEqualTo(f.get("bytes").asLong());
        }
        listed.add(ReportFolder.MANIFEST);
        assertThat(names(folder)).containsExactlyInAnyOrderElementsOf(listed);
        return manifest;
    }

    @Test
    void aReportKilledMidWayLeavesThePreviousOneWholeAndTheNextCleansUp() throws Exception {
        Path report = dir.resolve("report");
        ReportWriter.write(ReportFixture.standard(), report, EnumSet.of(ReportFormat.CSV));
        String firstRun = assertWhole(report).get("runId").asText();

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                ReportKillMain.class.getName(), report.toString(), "report.pdf")
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("PAUSED")) {
                // The child's own output before the pause (none expected) is skipped.
            }
            assertThat(line).as("the child reached the pause").isNotNull();
            String pid = line.substring("PAUSED ".length());

            // While it writes, a second report into the same folder fails at once, naming the process.
            assertThatThrownBy(() -> ReportFolder.open(report))
                    .isInstanceOf(ReportFolder.ReportFolderException.class)
                    .hasMessageContaining("another report is being written").hasMessageContaining("process " + pid)
                    .satisfies(e -> assertThat(((ReportFolder.ReportFolderException) e).busy()).isTrue());
            assertThat(names(dir)).anyMatch(n -> n.startsWith(".report.staging-"));
        } finally {
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        // Killed after report.html and report.pdf: the previous report is untouched, whole.
        assertThat(assertWhole(report).get("runId").asText()).isEqualTo(firstRun);
        assertThat(names(report)).doesNotContain("report.html", "report.pdf");

        // The next report takes the lock the kill released, cleans the staging folder, and replaces the folder.
        ReportWriter.write(ReportFixture.standard(), report, EnumSet.of(ReportFormat.HTML));
        assertThat(assertWhole(report).get("runId").asText()).isNotEqualTo(firstRun);
        assertThat(names(report)).containsExactlyInAnyOrder("report.html", ReportFolder.MANIFEST);
        assertThat(names(dir)).noneMatch(n -> n.contains(".staging-") || n.contains(".old-"));
    }

    /** A kill between the two renames (old report aside, new one not yet in place) puts the old one back. */
    @Test
    void aKillBetweenTheRenamesIsRecoveredByTheNextOpen() throws IOException {
        Path report = dir.resolve("r");
        ReportWriter.write(ReportFixture.standard(), report, EnumSet.of(ReportFormat.CSV));
        String run = assertWhole(report).get("runId").asText();
        Files.move(report, dir.resolve(".r.old-0b5e6a52-1f3c-4d3e-9a61-8c2a1f0d9e77"));
        Files.createDirectories(dir.resolve(".r.staging-0b5e6a52-1f3c-4d3e-9a61-8c2a1f0d9e77")).resolve("x.csv");
        try (ReportFolder f = ReportFolder.open(report)) {
            assertThat(assertWhole(f.path()).get("runId").asText()).isEqualTo(run);
        }
        assertThat(names(dir)).containsExactlyInAnyOrder(".r.lock", "r");
    }

    @Test
    void aSecondReportInTheSameProcessFailsClearlyUntilTheFirstEnds() throws IOException {
        Path report = dir.resolve("out");
        try (ReportFolder first = ReportFolder.open(report)) {
            assertThatThrownBy(() -> ReportFolder.open(report))
                    .isInstanceOf(ReportFolder.ReportFolderException.class)
                    .hasMessageContaining("another report is being written into this folder")
                    .hasMessageContaining("process " + ProcessHandle.current().pid());
            first.write(ReportFixture.standard(), EnumSet.of(ReportFormat.CSV), com.alvh.workbench.chart.ChartTheme.LIGHT,
                    com.alvh.workbench.chart.MarketLabels.EQUITY, "the inputs", null);
        }
        try (ReportFolder again = ReportFolder.open(report)) {
            assertThat(again.path()).isEqualTo(report.toAbsolutePath());
        }
        JsonNode m = assertWhole(report);
        // sha256sum of the 10 bytes "the inputs", computed outside Java.
        assertThat(m.get("inputsSha256").asText()).isEqualTo("40e87fef686591021ecf1f9e69a8153238d98433f6804f779d1f2446d8ea2636");
    }
}
