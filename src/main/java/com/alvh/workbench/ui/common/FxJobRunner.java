package com.alvh.workbench.ui.common;

import com.alvh.workbench.sim.CancellationToken;
import com.alvh.workbench.sim.SimulationCancelledException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * Runs jobs as JavaFX {@link Task}s on a small executor of daemon threads. The task reports
 * through {@code updateProgress}/{@code updateMessage}, which coalesce many calls from worker
 * threads into at most one update per pulse on the FX thread; the listener is called from the
 * task's state changes, which JavaFX delivers on the FX thread. Cancelling sets the job's
 * {@link CancellationToken}; the engine stops within a step and the listener hears
 * {@link JobListener#cancelled()} once it has.
 */
public final class FxJobRunner implements JobRunner, AutoCloseable {

    private final ExecutorService executor;

    /** @param threads worker threads for jobs (each job may start its own engine threads) */
    public FxJobRunner(int threads) {
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "workbench-job-" + count.incrementAndGet());
            t.setDaemon(true); // never keeps the JVM alive after the window closes
            return t;
        });
    }

    @Override
    public <T> Handle submit(String title, BackgroundJob<T> job, JobListener<T> listener) {
        CancellationToken token = new CancellationToken();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateTitle(title);
                return job.call(new BackgroundJob.ProgressSink() {
                    @Override
                    public void progress(double done, double total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public void message(String text) {
                        updateMessage(text);
                    }
                }, token);
            }
        };
        task.progressProperty().addListener((obs, old, now) ->
                listener.progress(Math.max(0.0, now.doubleValue()), task.getMessage()));
        task.messageProperty().addListener((obs, old, now) ->
                listener.progress(Math.max(0.0, task.getProgress()), now));
        task.stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                if (token.isCancelled()) {
                    listener.cancelled(); // finished before it saw the flag: the user asked to drop it
                } else {
                    listener.succeeded(task.getValue());
                }
            } else if (state == Worker.State.CANCELLED) {
                listener.cancelled();
            } else if (state == Worker.State.FAILED) {
                Throwable error = task.getException();
                if (error instanceof SimulationCancelledException || token.isCancelled()) {
                    listener.cancelled();
                } else {
                    listener.failed(error);
                }
            }
        });
        executor.execute(task);
        return new Handle() {
            @Override
            public void cancel() {
                // Only the token: the engine polls it and stops within a step, throwing
                // SimulationCancelledException, so "cancelled" is reported when the work has
                // really stopped and a new run never overlaps the old one. (Task.cancel would
                // report at once while the engine's threads still ran.)
                token.cancel();
            }

            @Override
            public boolean isDone() {
                return task.isDone();
            }
        };
    }

    /** Cancels nothing by itself; stops accepting jobs and interrupts idle workers. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
