package com.alvh.workbench.ui.common;

/**
 * What a view model hears from a job it submitted. A {@link JobRunner} calls every method on the
 * UI thread (the JavaFX application thread in the workbench, the calling thread in tests), so
 * implementations may update properties directly. Exactly one of {@link #succeeded},
 * {@link #failed} and {@link #cancelled} is called, once, at the end.
 *
 * @param <T> the job's result
 */
public interface JobListener<T> {

    /**
     * Progress so far.
     *
     * @param fraction done, in [0, 1]
     * @param message the job's latest message
     */
    default void progress(double fraction, String message) {
    }

    /** The job finished with {@code result}. */
    void succeeded(T result);

    /** The job threw {@code error}. */
    void failed(Throwable error);

    /** The job stopped because it was cancelled. */
    void cancelled();
}
