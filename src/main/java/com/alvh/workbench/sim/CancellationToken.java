package com.alvh.workbench.sim;

/** A flag the caller sets to stop a run; the engine checks it at every step of every block. */
public final class CancellationToken {

    private volatile boolean cancelled;

    /** Asks the run to stop; it stops within one step of one block per worker. */
    public void cancel() {
        cancelled = true;
    }

    /** Whether {@link #cancel()} was called. */
    public boolean isCancelled() {
        return cancelled;
    }
}
