package com.alvh.workbench.defi;

import com.alvh.workbench.sim.CampaignResult;
import com.alvh.workbench.sim.CancellationToken;
import com.alvh.workbench.sim.ProgressListener;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The samples do not move: built from their default parameters, each sample at 300 paths (seed
 * 20240501) and the 2022 ETH replay give, bit for bit, the results of the samples as they were built
 * before their numbers became parameters ({@link LegacyDefiSamples}, the old code kept verbatim), so the
 * figures of docs/defi.md stay where they are. Every double of the per-path P&amp;L, drawdown and hedge
 * cost and of the metric's mean path goes into a hash of its bits and an exact (hexadecimal) sum.
 */
class DefiSamplesDefaultsTest {

    private static final int PATHS = 300;

    /** The results of a sample, bit for bit, in a few lines. */
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

    static HistoryReplayMarket eth2022() throws IOException {
        return HistoryReplayMarket.eth(Path.of("sample-data", "eth_usd_daily.csv"), LocalDate.of(2022, 1, 1),
                LocalDate.of(2022, 12, 31), DefiSamples.ethAsset());
    }

    private static void assertSameResults(List<DefiSamples.DefiSample> now, DefiSamples.DefiSample replay) throws IOException {
        List<DefiSamples.DefiSample> before = LegacyDefiSamples.all();
        assertThat(now).hasSameSizeAs(before);
        for (int k = 0; k < before.size(); k++) {
            assertThat(now.get(k).key()).isEqualTo(before.get(k).key());
            assertThat(now.get(k).question()).isEqualTo(before.get(k).question());
            assertThat(now.get(k).settings()).isEqualTo(before.get(k).settings());
            assertThat(fingerprint(now.get(k).withPaths(PATHS))).as(before.get(k).key())
                    .isEqualTo(fingerprint(before.get(k).withPaths(PATHS)));
        }
        DefiSamples.DefiSample oldReplay = LegacyDefiSamples.lpEthReplay(eth2022());
        assertThat(replay.question()).isEqualTo(oldReplay.question());
        assertThat(replay.settings()).isEqualTo(oldReplay.settings());
        assertThat(fingerprint(replay)).isEqualTo(fingerprint(oldReplay));
    }

    @Test
    void allGivesTheSamplesAsTheyWereBitForBit() throws IOException {
        assertSameResults(DefiSamples.all(), DefiSamples.lpEthReplay(eth2022()));
    }

    /** Built from empty parameter maps (all defaults). */
    @Test
    void defaultParametersGiveTheSamplesAsTheyWereBitForBit() throws IOException {
        assertSameResults(DefiSamples.keys().stream().map(k -> DefiSamples.build(k, Map.of())).toList(),
                DefiSamples.lpEthReplay(eth2022(), Map.of()));
    }

    /** Every default given explicitly changes nothing either (ethVol too, which rebuilds the replay's implied vol). */
    @Test
    void explicitDefaultsGiveTheSamplesAsTheyWereBitForBit() throws IOException {
        assertSameResults(DefiSamples.keys().stream().map(k -> DefiSamples.build(k, defaults(DefiSamples.parameters(k)))).toList(),
                DefiSamples.lpEthReplay(eth2022(), defaults(DefiSamples.replayParameters())));
    }

    /** The fingerprint sees a change: a sample one parameter away is not the same. */
    @Test
    void theFingerprintTellsSamplesApart() {
        String base = fingerprint(DefiSamples.tailRisk().withPaths(PATHS));
        String moved = fingerprint(DefiSamples.build(DefiSamples.TAIL_RISK, Map.of("volTrigger", 0.99)).withPaths(PATHS));
        assertThat(moved).isNotEqualTo(base);
    }

    private static Map<String, Double> defaults(List<DefiParameter> ps) {
        Map<String, Double> m = new LinkedHashMap<>();
        ps.forEach(p -> m.put(p.key(), p.defaultValue()));
        return m;
    }
}
