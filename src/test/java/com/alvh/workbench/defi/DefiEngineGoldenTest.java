package com.alvh.workbench.defi;

import com.alvh.workbench.sim.CancellationToken;
import com.alvh.workbench.sim.ProgressListener;
import com.alvh.workbench.sim.ResultGolden;
import com.alvh.workbench.sim.SimulationSettings;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Pins the DeFi engine's results bit for bit, so that a change of how it is built (shared code with
 * the equity engine) cannot move a number unseen: for each of the five samples at 300 paths (seed
 * 20240501, two threads, blocks of 100 paths so that the combination of blocks is exercised) and
 * for the 2022 ETH replay and the UST 2022 depeg replay (one path each), every run's per-path P&amp;L,
 * max drawdown and hedge cost, per-layer paid and received totals, entries, final values and the
 * fan percentiles, and the position's metric, written exactly by {@link ResultGolden}. Regenerate
 * after a deliberate change with {@code -Dalvh.regenerate=true} and review the diff.
 */
class DefiEngineGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/defi-engine.txt");
    private static final int PATHS = 300;

    @Test
    void samplesAndReplaysGiveThePinnedResultsBitForBit() throws IOException {
        StringBuilder b = new StringBuilder();
        for (DefiSamples.DefiSample s : DefiSamples.all()) {
            SimulationSettings base = s.settings();
            append(b, new DefiSamples.DefiSample(s.key(), s.question(), s.market(), s.runs(),
                    new SimulationSettings(PATHS, base.steps(), base.dt(), DefiSamples.SEED, 2, 100)));
        }
        append(b, DefiSamples.lpEthReplay(DefiSamplesDefaultsTest.eth2022()));
        append(b, DefiSamples.stableLpReplay(PegReplayMarket.episode(Path.of("sample-data"), "ust-2022")));
        ResultGolden.assertMatches(GOLDEN, b.toString());
    }

    private static void append(StringBuilder b, DefiSamples.DefiSample s) {
        for (DefiSimulation.Labelled l : s.run(ProgressListener.NONE, new CancellationToken())) {
            ResultGolden.append(b, s.key() + " / " + l.label(), l.entry().result());
            ResultGolden.full(b, "metricMean", l.defi().metricMean());
            ResultGolden.hashed(b, "metricP05", l.defi().metricP05());
            ResultGolden.hashed(b, "metricP95", l.defi().metricP95());
        }
    }
}
