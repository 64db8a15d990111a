package com.alvh.workbench.scenario;

import com.alvh.workbench.sim.CancellationToken;
import com.alvh.workbench.sim.PolicyComparison;
import com.alvh.workbench.sim.ProgressListener;
import com.alvh.workbench.sim.ResultGolden;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Pins every shipped equity sample's results bit for bit, as a user opens and runs it: the file read
 * by {@link ScenarioJson}, resolved, and run by {@link SimulationEngine} with every policy of its
 * comparison. Model samples run {@value #PATHS} of their paths (same seed, two threads: the engine's
 * result does not depend on the thread count); replays run in full. A refactoring of the position
 * engine must leave this file unchanged; a deliberate change of the model regenerates it
 * ({@code -Dalvh.regenerate=true}) and says in the commit which samples moved and why.
 */
class ShippedSamplesGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/shipped-samples.txt");
    private static final Path SAMPLES = Path.of("sample-data/scenarios");
    /** Paths per model sample: enough to reach every rule, few enough for a fast test. */
    static final int PATHS = 200;

    @Test
    void everyShippedEquitySampleGivesThePinnedResultsBitForBit() throws IOException {
        StringBuilder b = new StringBuilder();
        ScenarioResolver resolver = new ScenarioResolver(Path.of("sample-data"));
        List<Path> files;
        try (Stream<Path> s = Files.list(SAMPLES)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        int equity = 0;
        for (Path file : files) {
            if (!(ScenarioJson.loadFile(file) instanceof ScenarioSpec spec)) {
                continue; // DeFi samples are pinned by DefiEngineGoldenTest
            }
            equity++;
            SimulationSpec sim = spec.simulation();
            ScenarioSpec run = spec.withSimulation(sim.paths() == 1 ? sim.withThreads(1)
                    : sim.withPaths(Math.min(PATHS, sim.paths())).withThreads(2));
            SimulationResult result = SimulationEngine.run(resolver.resolve(run), ProgressListener.NONE,
                    new CancellationToken());
            for (PolicyComparison.Entry e : result.entries()) {
                ResultGolden.append(b, file.getFileName() + " / " + e.result().policyName(), e.result());
            }
        }
        org.assertj.core.api.Assertions.assertThat(equity).as("equity samples found").isGreaterThanOrEqualTo(9);
        ResultGolden.assertMatches(GOLDEN, b.toString());
    }
}
