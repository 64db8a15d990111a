package com.alvh.workbench.sim;

/**
 * Receives progress from the engine's worker threads; implementations must be thread-safe (a
 * JavaFX {@code Task.updateProgress} is).
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress. */
    ProgressListener NONE = (done, total) -> { };

    /**
     * @param pathsDone paths finished so far
     * @param pathsTotal paths in the run
     */
    void progress(long pathsDone, long pathsTotal);
}
