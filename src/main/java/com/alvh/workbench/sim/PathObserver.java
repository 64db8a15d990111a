package com.alvh.workbench.sim;

/**
 * Watches one block of paths through time and summarises it, so that nothing per path needs to
 * be kept after the block is done (streaming aggregation). The engine creates one observer per
 * block and merges the block results in block order, which makes the result independent of how
 * many threads ran the blocks.
 *
 * @param <R> the block summary
 */
public interface PathObserver<R> {

    /**
     * Called once with the state at step 0.
     *
     * @param state the block at step 0
     */
    void start(PathState state);

    /**
     * Called after each step.
     *
     * @param state the block at {@code step}
     * @param step 1-based step index
     */
    void step(PathState state, int step);

    /** The summary of this block after the last step. */
    R result();
}
