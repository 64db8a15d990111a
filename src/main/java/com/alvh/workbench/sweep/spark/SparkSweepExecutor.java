package com.alvh.workbench.sweep.spark;

import com.alvh.workbench.sim.CancellationToken;
import com.alvh.workbench.sim.ProgressListener;
import com.alvh.workbench.sim.SimulationCancelledException;
import com.alvh.workbench.sweep.BlockOutcome;
import com.alvh.workbench.sweep.SweepExecutor;
import com.alvh.workbench.sweep.SweepJob;
import com.alvh.workbench.sweep.SweepTasks;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a sweep on Apache Spark: the work is cut into tasks of one block of paths and a slice of the
 * policies, each task records its block's market (the block's own random stream, as on one machine)
 * and evaluates its slice; the driver puts the slices back together in block and policy order. The
 * numbers are the local executor's, bit for bit.
 *
 * <p>Executors resolve the job's base scenario themselves (once per JVM), reading the market history
 * from the job's data folder on their own machine (the sample data shipped with
 * {@code spark-submit --archives}, see README). Progress comes from finished tasks; a cancel cancels
 * the Spark job (tasks already running finish their slice).
 */
public final class SparkSweepExecutor implements SweepExecutor {

    /** Tasks per core of the cluster at least, so slow and fast executors even out. */
    private static final int TASKS_PER_CORE = 4;

    private final JavaSparkContext context;
    private final boolean owned;

    /**
     * An executor on a context someone else owns (a test's shared context); {@link #close} leaves it running.
     *
     * @param context the Spark context
     */
    public SparkSweepExecutor(JavaSparkContext context) {
        this(context, false);
    }

    private SparkSweepExecutor(JavaSparkContext context, boolean owned) {
        this.context = context;
        this.owned = owned;
    }

    /**
     * Starts a Spark context and an executor on it; {@link #close} stops the context.
     *
     * @param master the master URL ({@code local[2]}, {@code spark://host:7077}, ...), or null for the one
     *     {@code spark-submit} set ({@code spark.master}), else {@code local[*]}
     * @return the executor
     */
    public static SparkSweepExecutor start(String master) {
        SparkConf conf = new SparkConf().setAppName("alvh-sweep");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            conf.set("spark.ui.enabled", "false"); // nothing to watch in-process; no port to bind
        }
        return new SparkSweepExecutor(new JavaSparkContext(conf), true);
    }

    @Override
    public String describe() {
        return "spark " + context.master();
    }

    /** One task: block {@code block}, policies {@code [from, to)}. */
    record Task(int block, int from, int to, int paths) implements Serializable {
    }

    /** Evaluates one task on an executor. */
    private static final class Evaluate implements Function<Task, BlockOutcome> {
        private static final long serialVersionUID = 1L;
        private final SweepJob job;

        Evaluate(SweepJob job) {
            this.job = job;
        }

        @Override
        public BlockOutcome call(Task t) {
            return SweepTasks.evaluate(job, t.block(), t.from(), t.to());
        }
    }

    @Override
    public List<BlockOutcome> run(SweepJob job, int from, int to, ProgressListener progress, long doneBefore, long total,
                                  CancellationToken cancel) {
        if (cancel.isCancelled()) {
            throw new SimulationCancelledException(doneBefore);
        }
        int[] sizes = SweepTasks.blockSizes(job);
        int blocks = sizes.length;
        int wanted = Math.max(1, TASKS_PER_CORE * context.defaultParallelism());
        int slices = Math.max(1, Math.min(to - from, (wanted + blocks - 1) / blocks));
        int per = (to - from + slices - 1) / slices;
        List<Task> tasks = new ArrayList<>();
        for (int b = 0; b < blocks; b++) {
            for (int p = from; p < to; p += per) {
                tasks.add(new Task(b, p, Math.min(to, p + per), sizes[b]));
            }
        }
        String group = "alvh-sweep-" + UUID.randomUUID();
        AtomicLong done = new AtomicLong(doneBefore);
        SparkListener listener = new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                int index = end.taskInfo().index();
                if (end.taskInfo().successful() && index < tasks.size()) {
                    Task t = tasks.get(index);
                    progress.progress(done.addAndGet((long) (t.to() - t.from()) * t.paths()), total);
                }
            }
        };
        context.sc().addSparkListener(listener);
        Thread watcher = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                // Once the job has started (a cancel before would find nothing to cancel).
                if (cancel.isCancelled() && context.statusTracker().getJobIdsForGroup(group).length > 0) {
                    context.cancelJobGroup(group);
                    return;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "alvh-sweep-spark-cancel");
        watcher.setDaemon(true);
        List<BlockOutcome> parts;
        try {
            context.setJobGroup(group, "ALVH sweep, policies " + from + ".." + (to - 1), true);
            watcher.start();
            parts = context.parallelize(tasks, tasks.size()).map(new Evaluate(job)).collect();
        } catch (Exception e) { // Spark throws its checked SparkException from Scala code
            if (cancel.isCancelled()) {
                throw new SimulationCancelledException(done.get());
            }
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("the Spark job failed: " + e.getMessage(), e);
        } finally {
            watcher.interrupt();
            context.clearJobGroup();
            context.sc().removeSparkListener(listener);
        }
        if (cancel.isCancelled()) {
            throw new SimulationCancelledException(done.get());
        }
        return SweepTasks.join(parts, blocks, from, to);
    }

    @Override
    public void close() {
        if (owned) {
            context.stop();
        }
    }
}
