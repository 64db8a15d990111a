package com.alvh.workbench.sweep;

import com.alvh.workbench.sim.CancellationToken;
import com.alvh.workbench.sim.ProgressListener;

import java.util.List;

/**
 * Runs a range of a sweep's policies on every block of paths. Implementations split the work by
 * block (and may split the range), but every block's outcome depends only on the job, the block and
 * the policies, so any executor returns the same numbers, bit for bit.
 */
public interface SweepExecutor extends AutoCloseable {

    /**
     * Evaluates policies {@code [from, to)} of the job on every block.
     *
     * @param job the sweep's work
     * @param from first policy
     * @param to one past the last policy
     * @param progress told paths x policies done out of {@code total} (from worker threads)
     * @param doneBefore paths x policies already done by earlier ranges (added to the progress)
     * @param total paths x policies of the whole sweep
     * @param cancel a cancel stops the work
     * @return one outcome per block, in block order, each for the whole range
     * @throws com.alvh.workbench.sim.SimulationCancelledException if cancelled
     */
    List<BlockOutcome> run(SweepJob job, int from, int to, ProgressListener progress, long doneBefore, long total,
                           CancellationToken cancel);

    /** A short name for reports ("local, 2 threads", "spark local[2]"). */
    String describe();

    /** Releases what the executor holds (threads, a Spark context it started). */
    @Override
    default void close() {
    }
}
