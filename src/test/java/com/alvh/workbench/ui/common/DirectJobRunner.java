package com.alvh.workbench.ui.common;

import com.alvh.workbench.sim.CancellationToken;
import com.alvh.workbench.sim.SimulationCancelledException;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link JobRunner} for view-model tests: no threads, no toolkit. In {@link Mode#NOW} a job runs
 * inside {@code submit}; in {@link Mode#HELD} it waits until {@link #runHeld()}, so a test can
 * cancel it first.
 */
public final class DirectJobRunner implements JobRunner {

    public enum Mode { NOW, HELD }

    private final Mode mode;
    private final List<Runnable> held = new ArrayList<>();
    public final List<Double> progress = new ArrayList<>();

    public DirectJobRunner(Mode mode) {
        this.mode = mode;
    }

    @Override
    public <T> Handle submit(String title, BackgroundJob<T> job, JobListener<T> listener) {
        CancellationToken token = new CancellationToken();
        boolean[] done = {false};
        Runnable work = () -> {
            try {
                T result = job.call(new BackgroundJob.ProgressSink() {
                    @Override
                    public void progress(double d, double total) {
                        progress.add(d / total);
                        listener.progress(d / total, "");
                    }

                    @Override
                    public void message(String text) {
                    }
                }, token);
                if (token.isCancelled()) {
                    listener.cancelled();
                } else {
                    listener.succeeded(result);
                }
            } catch (SimulationCancelledException e) {
                listener.cancelled();
            } catch (Exception e) {
                listener.failed(e);
            } finally {
                done[0] = true;
            }
        };
        if (mode == Mode.NOW) {
            work.run();
        } else {
            held.add(work);
        }
        return new Handle() {
            @Override
            public void cancel() {
                token.cancel();
            }

            @Override
            public boolean isDone() {
                return done[0];
            }
        };
    }

    /** Runs the held jobs, in order. */
    public void runHeld() {
        List<Runnable> jobs = new ArrayList<>(held);
        held.clear();
        jobs.forEach(Runnable::run);
    }
}
