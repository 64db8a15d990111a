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
 * Runs the blocks of a Monte Carlo simulation on several threads: the one place that owns worker
 * threads, random streams, progress and cancellation for both engines ({@link PathEngine} for
 * equity market models, {@code defi.DefiSimulation} for DeFi positions).
 *
 * <p>Paths are cut into blocks of {@link SimulationSettings#blockSize()}. Block {@code k} draws from
 * its own stream: the root {@code XO_SHI_RO_256_PP} generator seeded with the settings' seed, jumped
 * {@code k} times (each jump skips 2^128 draws, so streams never overlap). Workers take the next
 * block from a shared counter; each block's randomness and summary depend only on its index and
 * the summaries are returned in block order, so a result built from them is identical for any
 * thread count.
 */
public final class BlockRunner {

    private BlockRunner() {
    }

    /**
     * One block of paths, simulated from start to end.
     *
     * @param <B> the block's summary
     */
    @FunctionalInterface
    public interface BlockTask<B> {
        /**
         * Simulates one block.
         *
         * @param firstPath global index of the block's first path
         * @param blockPaths number of paths in the block
         * @param random the block's own random stream
         * @param cancel to be read before every step
         * @return the block's summary, or {@code null} if it stopped because of a cancel
         */
        B run(int firstPath, int blockPaths, UniformRandomProvider random, CancellationToken cancel);
    }

    /**
     * Runs every block and returns their summaries in block order.
     *
     * @param settings paths, block size, seed, threads
     * @param task simulates one block (called from worker threads, one block at a time per thread)
     * @param progress told the number of finished paths after each block (from worker threads)
     * @param cancel a cancel stops every worker before its next step or block
     * @param <B> the block summary
     * @return the summaries, one per block, in ascending block order
     * @throws SimulationCancelledException if cancelled (or interrupted) before the end
     * @throws RuntimeException a worker's own runtime exception or error, rethrown as it was
     */
    public static <B> List<B> run(SimulationSettings settings, BlockTask<B> task, ProgressListener progress,
                                  CancellationToken cancel) {
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
                B summary = task.run(first, size, streams[block], cancel);
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
        return ordered;
    }

    /**
     * The stream of block {@code block} alone, the same as {@code blockStreams(seed, n)[block]} for any
     * {@code n > block}: the root generator jumped {@code block} times. For work that runs one block
     * without the others (a sweep's tasks, possibly on another machine).
     *
     * @param seed the root seed
     * @param block the block index (&gt;= 0)
     * @return a fresh generator in the block's starting state
     */
    public static UniformRandomProvider blockStream(long seed, int block) {
        if (block < 0) {
            throw new IllegalArgumentException("block must be >= 0, was " + block);
        }
        JumpableUniformRandomProvider root =
                (JumpableUniformRandomProvider) RandomSource.XO_SHI_RO_256_PP.create(seed);
        for (int k = 0; k < block; k++) {
            root.jump();
        }
        return root.jump(); // a copy of the state after block jumps, as blockStreams hands out
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
