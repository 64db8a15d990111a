package com.alvh.workbench.sim;

import org.apache.commons.rng.UniformRandomProvider;

import java.util.List;

/**
 * Runs a {@link MarketModel} over many paths on several threads and aggregates while it goes.
 *
 * <p>Threads, random streams (block {@code k} draws from the root {@code XO_SHI_RO_256_PP}
 * generator jumped {@code k} times), progress and cancellation are {@link BlockRunner}'s; the
 * summaries are combined in block order, so the result is identical for any thread count.
 */
public final class PathEngine {

    private PathEngine() {
    }

    /**
     * Runs the simulation.
     *
     * @param model the market model
     * @param settings paths, steps, seed, threads
     * @param aggregator per-block observers and their combination
     * @param progress told after each finished block (from worker threads)
     * @param cancel checked at every step; a cancel stops all workers within one step
     * @param <B> block summary type
     * @param <R> result type
     * @return the combined result
     * @throws SimulationCancelledException if cancelled before the end
     */
    public static <B, R> R run(MarketModel model, SimulationSettings settings, BlockAggregator<B, R> aggregator,
                               ProgressListener progress, CancellationToken cancel) {
        List<B> blocks = BlockRunner.run(settings,
                (first, size, random, c) -> runBlock(model, settings, aggregator.observer(first, size), size, random, c),
                progress, cancel);
        return aggregator.combine(blocks);
    }

    private static <B> B runBlock(MarketModel model, SimulationSettings settings, PathObserver<B> observer, int size,
                                  UniformRandomProvider random, CancellationToken cancel) {
        PathState state = new PathState(size);
        model.initialise(state);
        observer.start(state);
        for (int step = 1; step <= settings.steps(); step++) {
            if (cancel.isCancelled()) {
                return null;
            }
            model.advance(state, step, settings.dt(), random);
            observer.step(state, step);
        }
        return observer.result();
    }
}
