package com.alvh.workbench.defi;

import com.alvh.workbench.sim.CampaignResult;
import com.alvh.workbench.sim.CancellationToken;
import com.alvh.workbench.sim.ProgressListener;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The samples do not move: each sample at 300 paths (seed 20240501) and the 2022 ETH replay give, bit
 * for bit, the results recorded in {@code src/test/resources/golden/defi-samples-defaults.txt}, which
 * was written by the samples as they were before their numbers became parameters (so the figures of
 * docs/defi.md stay where they are). Every double of the per-path P&amp;L, drawdown and hedge cost and
 * of the metric's mean path goes into a hash of its bits and an exact (hexadecimal) sum.
 * Regenerate only after a deliberate change: {@code ./mvnw test -Dtest=DefiSamplesGoldenTest -Dalvh.regenerate=true}.
 */
class DefiSamplesGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/defi-samples-defaults.txt");
    private static final int PATHS = 300;

    static String fingerprint(DefiSamples.DefiSample s) {
        StringBuilder b = new StringBuilder("== ").append(s.key()).append('\n');
        for (DefiSimulation.Labelled l : s.run(ProgressListener.NONE, new CancellationToken())) {
            CampaignResult r = l.entry().result();
            b.append(l.label()).append('\n');
            line(b, "pnl", r.pnl());
            line(b, "maxDrawdown", r.maxDrawdown());
            line(b, "hedgeCost", r.hedgeCost());
            line(b, "metricMean", l.defi().metricMean());
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String name, double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        b.append("  ").append(name).append(' ').append(v.length).append(" hash ").append(Arrays.hashCode(v))
                .append(" sum ").append(Double.toHexString(sum)).append('\n');
    }

    static String current(List<DefiSamples.DefiSample> samples, DefiSamples.DefiSample replay) {
        StringBuilder b = new StringBuilder();
        for (DefiSamples.DefiSample s : samples) {
            b.append(fingerprint(s.withPaths(PATHS)));
        }
        b.append(fingerprint(replay));
        return b.toString();
    }

    static HistoryReplayMarket eth2022() throws IOException {
        return HistoryReplayMarket.eth(Path.of("sample-data", "eth_usd_daily.csv"), LocalDate.of(2022, 1, 1),
                LocalDate.of(2022, 12, 31), DefiSamples.ethAsset());
    }

    @Test
    void samplesGiveTheRecordedResultsBitForBit() throws IOException {
        String now = current(DefiSamples.all(), DefiSamples.lpEthReplay(eth2022()));
        if (Boolean.getBoolean("alvh.regenerate")) {
            Files.writeString(GOLDEN, now, StandardCharsets.UTF_8);
        }
        List<String> expected = new ArrayList<>(Files.readAllLines(GOLDEN, StandardCharsets.UTF_8));
        assertThat(now.lines().toList()).containsExactlyElementsOf(expected);
    }

    /** Built from empty parameter maps (all defaults), the samples are the recorded ones too. */
    @Test
    void defaultParametersGiveTheRecordedResultsBitForBit() throws IOException {
        List<DefiSamples.DefiSample> built = DefiSamples.keys().stream().map(k -> DefiSamples.build(k, Map.of())).toList();
        String now = current(built, DefiSamples.lpEthReplay(eth2022(), Map.of()));
        assertThat(now.lines().toList()).containsExactlyElementsOf(Files.readAllLines(GOLDEN, StandardCharsets.UTF_8));
    }

    /** Every default given explicitly changes nothing either (ethVol too, which rebuilds the replay's implied vol). */
    @Test
    void explicitDefaultsGiveTheRecordedResultsBitForBit() throws IOException {
        List<DefiSamples.DefiSample> built = DefiSamples.keys().stream()
                .map(k -> DefiSamples.build(k, defaults(DefiSamples.parameters(k)))).toList();
        String now = current(built, DefiSamples.lpEthReplay(eth2022(), defaults(DefiSamples.replayParameters())));
        assertThat(now.lines().toList()).containsExactlyElementsOf(Files.readAllLines(GOLDEN, StandardCharsets.UTF_8));
    }

    private static Map<String, Double> defaults(List<DefiParameter> ps) {
        Map<String, Double> m = new LinkedHashMap<>();
        ps.forEach(p -> m.put(p.key(), p.defaultValue()));
        return m;
    }
}
