package com.alvh.workbench.scenario;

import com.alvh.workbench.sim.PolicyComparison;

import java.util.List;

/**
 * What every run of a scenario gives back, equity or DeFi: one entry (full result and summary) per
 * compared policy or (position, hedge) pair, all on the same paths, with the one under study and the
 * unhedged baseline named by index. The faces (command line, workbench tabs) read runs through this
 * type; the two kinds add what only they have ({@link SimulationResult#scenario()},
 * {@link DefiRunResult#sample()}).
 */
public sealed interface RunResult permits SimulationResult, DefiRunResult {

    /** The scenario's name. */
    String name();

    /** One entry per policy or pair, in run order. */
    List<PolicyComparison.Entry> entries();

    /** Index in {@link #entries()} of the policy or pair under study. */
    int primaryIndex();

    /** Index in {@link #entries()} of the unhedged baseline, or -1 if it was not run. */
    int baselineIndex();

    /** One line naming the market model. */
    String modelDescription();

    /** Wall time of the run (s). */
    double elapsedSeconds();
}
