package com.alvh.workbench.scenario;

/**
 * How much to simulate, reproducibly.
 *
 * @param paths Monte Carlo paths (&gt; 0; a replay is one path)
 * @param steps daily steps after the start (&gt; 0; a replay takes its steps from its dates)
 * @param seed the root seed: the same seed gives the same result whatever the thread count
 * @param threads worker threads, 0 for all cores
 */
public record SimulationSpec(int paths, int steps, long seed, int threads) {

    /** Most paths a scenario may ask for (the engine streams, but a run must end in reasonable time). */
    public static final int MAX_PATHS = 10_000_000;
    /** Most steps (40 years of trading days). */
    public static final int MAX_STEPS = 10_080;

    public SimulationSpec {
        if (paths <= 0 || paths > MAX_PATHS) {
            throw new IllegalArgumentException("paths must be in [1, " + MAX_PATHS + "], was " + paths);
        }
        if (steps <= 0 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("steps must be in [1, " + MAX_STEPS + "], was " + steps);
        }
        if (threads < 0 || threads > 1024) {
            throw new IllegalArgumentException("threads must be in [0, 1024] (0 = all cores), was " + threads);
        }
    }

    /** A copy with another number of paths. */
    public SimulationSpec withPaths(int newPaths) {
        return new SimulationSpec(newPaths, steps, seed, threads);
    }

    /** A copy with another seed. */
    public SimulationSpec withSeed(long newSeed) {
        return new SimulationSpec(paths, steps, newSeed, threads);
    }

    /** A copy with another thread count (0 = all cores). */
    public SimulationSpec withThreads(int newThreads) {
        return new SimulationSpec(paths, steps, seed, newThreads);
    }

    /** A copy with another number of steps. */
    public SimulationSpec withSteps(int newSteps) {
        return new SimulationSpec(paths, newSteps, seed, threads);
    }
}
