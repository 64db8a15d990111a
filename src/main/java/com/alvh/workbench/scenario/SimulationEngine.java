package com.alvh.workbench.scenario;

import com.alvh.workbench.sim.CancellationToken;
import com.alvh.workbench.sim.PolicyComparison;
import com.alvh.workbench.sim.ProgressListener;

import java.util.List;

/**
 * The one service both faces call to run a scenario: every policy of the scenario on the same
 * paths (common random numbers), on all configured threads, with progress and cancellation.
 */
public final class SimulationEngine {

    private SimulationEngine() {
    }

    /**
     * Runs a resolved scenario.
     *
     * @param scenario the scenario
     * @param progress told paths done out of paths x policies (from worker threads)
     * @param cancel stops the run within a block of paths
     * @return one entry per policy
     * @throws com.alvh.workbench.sim.SimulationCancelledException if cancelled
     */
    public static SimulationResult run(Scenario scenario, ProgressListener progress, CancellationToken cancel) {
        long start = System.nanoTime();
        List<PolicyComparison.Entry> entries = PolicyComparison.run(scenario.model(), scenario.campaign(),
                scenario.policies(), scenario.settings(), progress == null ? ProgressListener.NONE : progress,
                cancel == null ? new CancellationToken() : cancel);
        return new SimulationResult(scenario, entries, System.nanoTime() - start);
    }

    /**
     * Runs a DeFi scenario: every (position, hedge) pair of its sample on the same paths.
     *
     * @param spec the scenario
     * @param progress told paths done out of paths x pairs
     * @param cancel stops the run
     * @return one result per pair, unhedged base first
     */
    public static DefiRunResult run(DefiScenarioSpec spec, ProgressListener progress, CancellationToken cancel) {
        return run(spec, ScenarioResolver.DEFAULT_DATA_DIRECTORY, progress, cancel);
    }

    /** As {@link #run(DefiScenarioSpec, ProgressListener, CancellationToken)} with the history in {@code dataDirectory}. */
    public static DefiRunResult run(DefiScenarioSpec spec, java.nio.file.Path dataDirectory, ProgressListener progress,
                                    CancellationToken cancel) {
        long start = System.nanoTime();
        var sample = spec.resolve(dataDirectory);
        var runs = sample.run(progress == null ? ProgressListener.NONE : progress,
                cancel == null ? new CancellationToken() : cancel);
        return new DefiRunResult(spec, sample, runs, System.nanoTime() - start);
    }
}
