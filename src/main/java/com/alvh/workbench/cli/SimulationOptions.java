package com.alvh.workbench.cli;

import com.alvh.workbench.scenario.ScenarioRanges;
import com.alvh.workbench.scenario.SimulationSpec;
import picocli.CommandLine.Option;

/** The options that override a scenario file's simulation settings, checked before any work starts. */
final class SimulationOptions {

    @Option(names = "--paths", paramLabel = "N", description = "Monte Carlo paths, 1 to 10,000,000 (overrides the file)")
    Integer paths;

    @Option(names = "--seed", paramLabel = "S", description = "root random seed, any 64-bit integer (overrides the file)")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads, 0 = all cores, up to 1024 (overrides the file)")
    Integer threads;

    /** Refuses an override outside the range a scenario file may hold ({@link ScenarioRanges}). */
    void check() {
        if (paths != null) {
            Checks.inRange("--paths", paths, ScenarioRanges.of("simulation.paths"));
        }
        if (threads != null) {
            Checks.inRange("--threads", threads, ScenarioRanges.of("simulation.threads"));
        }
    }

    /** {@code s} with the overrides applied. */
    SimulationSpec applyTo(SimulationSpec s) {
        check();
        if (paths != null) {
            s = s.withPaths(paths);
        }
        if (seed != null) {
            s = s.withSeed(seed);
        }
        if (threads != null) {
            s = s.withThreads(threads);
        }
        return s;
    }
}
