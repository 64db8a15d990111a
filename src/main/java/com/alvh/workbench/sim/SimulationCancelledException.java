package com.alvh.workbench.sim;

/** Thrown by the engine when a run was cancelled before it finished. */
public final class SimulationCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param pathsDone paths finished before the cancel took effect */
    public SimulationCancelledException(long pathsDone) {
        super("simulation cancelled after " + pathsDone + " paths");
    }
}
