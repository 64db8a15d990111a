package com.alvh.workbench.ui.common;

/**
 * Runs {@link BackgroundJob}s away from the UI thread and reports back on it: the one place where
 * view models meet threads. The workbench uses {@link FxJobRunner} (a JavaFX {@code Task} on an
 * executor); view-model tests use a runner that calls the job in place, so they need no toolkit.
 */
public interface JobRunner {

    /**
     * Starts {@code job}.
     *
     * @param title a short name for the job (thread names, messages)
     * @param job the work
     * @param listener told of progress and of the outcome, on the UI thread
     * @param <T> the result type
     * @return a handle to cancel the job
     */
    <T> Handle submit(String title, BackgroundJob<T> job, JobListener<T> listener);

    /** A submitted job. */
    interface Handle {

        /** Asks the job to stop; the listener then hears {@link JobListener#cancelled()}. */
        void cancel();

        /** Whether the job has finished (in any way). */
        boolean isDone();
    }
}
