package com.alvh.workbench.sim;

/**
 * How many paths and steps to run, and how.
 *
 * @param paths number of paths (&gt; 0)
 * @param steps number of steps after step 0 (&gt; 0)
 * @param dt step length in years (&gt; 0), e.g. 1/252 for a trading day
 * @param seed the root seed; the same seed gives the same result whatever {@code threads}
 * @param threads worker threads (&gt; 0)
 * @param blockSize paths per block (&gt; 0); the unit of work, of randomness and of aggregation
 */
public record SimulationSettings(int paths, int steps, double dt, long seed, int threads, int blockSize) {

    /** Trading days per year used for the daily grid. */
    public static final double TRADING_DAYS_PER_YEAR = 252.0;
    /** Default paths per block: large enough to amortise per-block work, small enough to balance threads. */
    public static final int DEFAULT_BLOCK_SIZE = 1024;

    public SimulationSettings {
        if (paths <= 0) {
            throw new IllegalArgumentException("paths must be > 0, was " + paths);
        }
        if (steps <= 0) {
            throw new IllegalArgumentException("steps must be > 0, was " + steps);
        }
        if (!(dt > 0.0) || !Double.isFinite(dt)) {
            throw new IllegalArgumentException("dt must be a positive number of years, was " + dt);
        }
        if (threads <= 0) {
            throw new IllegalArgumentException("threads must be > 0, was " + threads);
        }
        if (blockSize <= 0) {
            throw new IllegalArgumentException("blockSize must be > 0, was " + blockSize);
        }
    }

    /**
     * Daily steps on all available cores with the default block size.
     *
     * @param paths number of paths
     * @param tradingDays number of daily steps
     * @param seed root seed
     */
    public static SimulationSettings daily(int paths, int tradingDays, long seed) {
        return new SimulationSettings(paths, tradingDays, 1.0 / TRADING_DAYS_PER_YEAR, seed,
                Runtime.getRuntime().availableProcessors(), DEFAULT_BLOCK_SIZE);
    }

    /** A copy with another thread count. */
    public SimulationSettings withThreads(int newThreads) {
        return new SimulationSettings(paths, steps, dt, seed, newThreads, blockSize);
    }

    /** A copy with another block size. */
    public SimulationSettings withBlockSize(int newBlockSize) {
        return new SimulationSettings(paths, steps, dt, seed, threads, newBlockSize);
    }

    /** Number of blocks: {@code ceil(paths / blockSize)}. */
    public int blocks() {
        return (paths + blockSize - 1) / blockSize;
    }
}
