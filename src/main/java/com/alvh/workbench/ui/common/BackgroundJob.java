package com.alvh.workbench.ui.common;

import com.alvh.workbench.sim.CancellationToken;

/**
 * A long piece of work for a {@link JobRunner}: it runs on a worker thread, reports progress to a
 * {@link ProgressSink} and stops when its {@link CancellationToken} is set. It must not touch the
 * scene graph or any view-model property: it returns its result, and the runner hands the result
 * to the view model on the UI thread.
 *
 * @param <T> the result
 */
@FunctionalInterface
public interface BackgroundJob<T> {

    /**
     * Does the work.
     *
     * @param progress where to report progress (thread-safe)
     * @param cancel set when the user cancels; the job should stop soon after
     * @return the result
     * @throws Exception any failure; the runner reports it on the UI thread
     */
    T call(ProgressSink progress, CancellationToken cancel) throws Exception;

    /** Progress reports of a running job; safe to call from any thread, often. */
    interface ProgressSink {

        /** Ignores everything. */
        ProgressSink NONE = new ProgressSink() {
            @Override
            public void progress(double done, double total) {
            }

            @Override
            public void message(String text) {
            }
        };

        /**
         * @param done work done so far (any unit, e.g. paths)
         * @param total work in all (same unit, &gt; 0)
         */
        void progress(double done, double total);

        /** @param text one line on what the job is doing */
        void message(String text);
    }
}
