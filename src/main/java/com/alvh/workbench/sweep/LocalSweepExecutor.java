package com.alvh.workbench.sweep;

import com.alvh.workbench.sim.CancellationToken;
import com.alvh.workbench.sim.ProgressListener;
import com.alvh.workbench.sim.SimulationCancelledException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Runs a sweep on this machine's cores: workers take blocks from a shared counter and evaluate the
 * whole range of policies on each. The recorded market of every block is kept between ranges (an
 * optimiser asks for a few policies at a time) while it fits in {@link #PATH_CACHE_BYTES}; past that
 * each range simulates its blocks' market again, from the same streams.
 */
public final class LocalSweepExecutor implements SweepExecutor {

    /** Most memory the kept market recordings of one job may take (bytes). */
    public static final long PATH_CACHE_BYTES = 512L << 20;

    private final int threads;
    private List<String> cachedMarket;
    private AtomicReferenceArray<RecordedBlock> cache;

    /**
     * @param threads worker threads (&gt; 0)
     */
    public LocalSweepExecutor(int threads) {
        if (threads <= 0) {
            throw new IllegalArgumentException("threads must be > 0, was " + threads);
        }
        this.threads = threads;
    }

    /** An executor on all available cores. */
    public static LocalSweepExecutor allCores() {
        return new LocalSweepExecutor(Runtime.getRuntime().availableProcessors());
    }

    @Override
    public String describe() {
        return "local, " + threads + (threads == 1 ? " thread" : " threads");
    }

    @Override
    public List<BlockOutcome> run(SweepJob job, int from, int to, ProgressListener progress, long doneBefore, long total,
                                  CancellationToken cancel) {
        PreparedSweep prepared = job.prepare();
        int blocks = prepared.settings().blocks();
        AtomicReferenceArray<RecordedBlock> kept = pathCache(job, prepared);
        BlockOutcome[] out = new BlockOutcome[blocks];
        AtomicInteger next = new AtomicInteger();
        AtomicLong done = new AtomicLong(doneBefore);
        Runnable worker = () -> {
            int b;
            while ((b = next.getAndIncrement()) < blocks) {
                if (cancel.isCancelled()) {
                    return;
                }
                RecordedBlock market = kept == null ? null : kept.get(b);
                if (market == null) {
                    market = prepared.record(b, cancel);
                    if (market == null) {
                        return;
                    }
                    if (kept != null) {
                        kept.set(b, market);
                    }
                }
                int size = market.size();
                BlockOutcome o = prepared.evaluate(market, b, from, to,
                        () -> progress.progress(done.addAndGet(size), total), cancel);
                if (o == null) {
                    return;
                }
                out[b] = o;
            }
        };
        int workers = Math.min(threads, blocks);
        if (workers <= 1) {
            worker.run();
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "alvh-sweep-worker");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int w = 0; w < workers; w++) {
                    futures.add(pool.submit(worker));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } catch (InterruptedException e) {
                cancel.cancel();
                Thread.currentThread().interrupt();
                throw new SimulationCancelledException(done.get());
            } catch (ExecutionException e) {
                cancel.cancel();
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException("sweep worker failed", e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        if (cancel.isCancelled()) {
            throw new SimulationCancelledException(done.get());
        }
        return Arrays.asList(out);
    }

    /** The kept recordings of this job's blocks, or null when they would not fit. */
    private synchronized AtomicReferenceArray<RecordedBlock> pathCache(SweepJob job, PreparedSweep prepared) {
        if (!job.marketKey().equals(cachedMarket)) {
            cachedMarket = job.marketKey();
            long bytes = RecordedBlock.bytes(prepared.settings().paths(), prepared.settings().steps());
            cache = bytes <= PATH_CACHE_BYTES ? new AtomicReferenceArray<>(prepared.settings().blocks()) : null;
        }
        return cache;
    }
}
