package com.alvh.workbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.alvh.workbench.chart.ResultsFixture;
import com.alvh.workbench.sim.PolicyComparison;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Golden files: the CSV output of a small fixed-seed comparison (Unhedged, Steward, Promoter;
 * 200 paths x 30 trading days, seed 7) must match {@code src/test/resources/golden/report/} byte
 * for byte. A change here means the numbers or the format changed: check which, and if it is
 * intended, regenerate the files and review the diff:
 *
 * <pre>./mvnw -o test -Dtest=ReportCsvGoldenTest -Dgolden.update=true</pre>
 *
 * (run from the project root; it rewrites the golden files instead of comparing).
 */
class ReportCsvGoldenTest {

    static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "report");

    @Test
    void csvFilesMatchTheGoldenFiles() throws IOException {
        List<PolicyComparison.Entry> entries = ResultsFixture.run(200, 30, 7L);
        ReportContent content = ReportFixture.content(entries, 200, 30, 7L, false);
        Map<String, String> files = ReportCsv.files(content);
        // Same inputs, same bytes: run it again from scratch.
        assertThat(ReportCsv.files(ReportFixture.content(ResultsFixture.run(200, 30, 7L), 200, 30, 7L, false)))
                .isEqualTo(files);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            for (Map.Entry<String, String> f : files.entrySet()) {
                Files.writeString(GOLDEN.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
            }
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path golden = GOLDEN.resolve(f.getKey());
            assertThat(golden).as("golden file %s (regenerate with -Dgolden.update=true)", golden).exists();
            assertThat(f.getValue()).as("%s against %s", f.getKey(), golden)
                    .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        }
    }
}
