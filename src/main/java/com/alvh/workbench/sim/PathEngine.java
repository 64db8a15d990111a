package com.alvh.workbench.sim;

import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a {@link MarketModel} over many paths on several threads and aggregates while it goes.
 *
 * <p>Paths are cut into blocks of {@link SimulationSettings#blockSize()}. Block {@code k} draws
 * from its own stream: the root {@code XO_SHI_RO_256_PP} generator seeded from the scenario,
 * jumped {@code k} times (each jump skips 2^128 draws, so streams never overlap). Workers take
 * blocks in any order, but each block's randomness and summary depend only on its index and the
 * summaries are combined in block order: the result is identical for any thread count.
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
        int blocks = settings.blocks();
        UniformRandomProvider[] streams = blockStreams(settings.seed(), blocks);
        Object[] summaries = new Object[blocks];
        AtomicInteger nextBlock = new AtomicInteger();
        AtomicLong pathsDone = new AtomicLong();
        int workers = Math.min(settings.threads(), blocks);

        Runnable worker = () -> {
            int block;
            while ((block = nextBlock.getAndIncrement()) < blocks) {
                if (cancel.isCancelled()) {
                    return;
                }
                int first = block * settings.blockSize();
                int size = Math.min(settings.blockSize(), settings.paths() - first);
                B summary = runBlock(model, settings, aggregator.observer(first, size), size, streams[block], cancel);
                if (summary == null) {
                    return; // cancelled mid-block
                }
                summaries[block] = summary;
                progress.progress(pathsDone.addAndGet(size), settings.paths());
            }
        };

        if (workers == 1) {
            worker.run();
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "alvh-sim-worker");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> futures = new ArrayList<>(workers);
                for (int w = 0; w < workers; w++) {
                    futures.add(pool.submit(worker));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } catch (InterruptedException e) {
                cancel.cancel();
                Thread.currentThread().interrupt();
                throw new SimulationCancelledException(pathsDone.get());
            } catch (ExecutionException e) {
                cancel.cancel();
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException("simulation worker failed", cause);
            } finally {
                pool.shutdownNow();
            }
        }
        if (cancel.isCancelled()) {
            throw new SimulationCancelledException(pathsDone.get());
        }
        @SuppressWarnings("unchecked")
        List<B> ordered = (List<B>) Arrays.asList(summaries);
        return aggregator.combine(ordered);
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

    /** One independent stream per block, from successive jumps of the root generator. */
    static UniformRandomProvider[] blockStreams(long seed, int blocks) {
        JumpableUniformRandomProvider root =
                (JumpableUniformRandomProvider) RandomSource.XO_SHI_RO_256_PP.create(seed);
        UniformRandomProvider[] streams = new UniformRandomProvider[blocks];
        for (int k = 0; k < blocks; k++) {
            streams[k] = root.jump(); // a copy of the current state; the root moves 2^128 draws on
        }
        return streams;
    }
}
