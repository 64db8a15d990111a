package com.alvh.workbench.sim;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Streaming aggregation holds: 1,000,000 paths x 45 steps run in a JVM limited to a 1 GB heap
 * ({@code -Xmx1g}, forked), and what the result keeps is O(paths) doubles (about 33 bytes a path
 * plus the percentile fan of 20,000 paths), far below the limit. The forked run is the unhedged
 * CNDR campaign on Heston paths (condor marked every step) to keep CI time modest; see
 * {@link MillionPathsMain}.
 */
class MillionPathsMemoryTest {

    @Test
    void aMillionPathsRunInAOneGigabyteHeap() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "-XX:+UseParallelGC", "-cp",
                System.getProperty("java.class.path"), MillionPathsMain.class.getName());
        pb.redirectErrorStream(true);
        Process process = pb.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        Map<String, Double> values = new HashMap<>();
        for (String line : output.strip().split("\\R")) {
            List<String> parts = List.of(line.strip().split("\\s+"));
            if (parts.size() == 2) {
                values.put(parts.get(0), Double.parseDouble(parts.get(1)));
            }
        }
        assertThat(values.get("paths")).as(output).isEqualTo(1_000_000.0);
        assertThat(values.get("maxHeapMb")).isLessThanOrEqualTo(1024.0);
        assertThat(values.get("meanPnl")).isFinite();
        // The result holds ~33 bytes per path (P&L, drawdown, hedge cost, steps under water, trades,
        // reserve flag) plus the fan: about 40 MB; allow the JVM's own baseline on top.
        assertThat(values.get("retainedMb")).as(output).isLessThan(200.0);
    }
}
