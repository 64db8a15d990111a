package com.alvh.workbench.sweep;

import com.alvh.workbench.scenario.SweepObjective;
import com.alvh.workbench.scenario.SweepSpec;

import java.util.List;
import java.util.Optional;

/**
 * What a sweep found: every evaluated policy with its figures, the frontier, the best policy for the
 * objective if any, and the frontier's policies re-evaluated out of sample.
 *
 * @param spec the sweep as stated
 * @param modelDescription the base scenario's model line
 * @param paths paths per policy
 * @param steps daily steps per path
 * @param rows every policy, in evaluation order (unhedged first, then the base)
 * @param frontier indices into {@code rows} of the frontier, by ascending cost
 * @param best index into {@code rows} of the best policy for the objective, or -1 (no goal, or none feasible)
 * @param outOfSample the out-of-sample evaluation, or null
 * @param executor which executor ran it
 * @param elapsedNanos wall time (ns)
 */
public record SweepResult(SweepSpec spec, String modelDescription, int paths, int steps, List<SweepRow> rows,
                          List<Integer> frontier, int best, OutOfSample outOfSample, String executor,
                          long elapsedNanos) {

    public SweepResult {
        rows = List.copyOf(rows);
        frontier = List.copyOf(frontier);
    }

    /**
     * The frontier's policies (with the base and the unhedged condor) on another market.
     *
     * @param name the market's label
     * @param modelDescription its model line
     * @param paths its paths
     * @param tail the tail measure of the rows' {@link SweepRow#tail()} there: the objective's, except
     *     on one path (a replay of real history), where a quantile of the terminal P&amp;L (VaR, CVaR) is
     *     only minus that one P&amp;L, and the path's own maximum drawdown is measured instead
     * @param rows one per policy evaluated there: same index, role and axis values as in sample
     */
    public record OutOfSample(String name, String modelDescription, int paths, SweepObjective.Tail tail,
                              List<SweepRow> rows) {
        public OutOfSample {
            rows = List.copyOf(rows);
        }

        /**
         * The tail measure out of sample for an objective's {@code tail} on {@code paths} paths: on one
         * path a VaR or CVaR of the terminal P&amp;L is minus that P&amp;L (already the net cost's
         * mirror), so the path's maximum drawdown is the tail that means something there.
         */
        public static SweepObjective.Tail tailFor(SweepObjective.Tail tail, int paths) {
            boolean terminalQuantile = tail != SweepObjective.Tail.MAX_DRAWDOWN95 && tail != SweepObjective.Tail.RUIN;
            return paths == 1 && terminalQuantile ? SweepObjective.Tail.MAX_DRAWDOWN95 : tail;
        }

        /** The row of in-sample row {@code index}, if it was evaluated here. */
        public Optional<SweepRow> row(int index) {
            return rows.stream().filter(r -> r.index() == index).findFirst();
        }
    }

    /** The best policy's row, if there is one. */
    public Optional<SweepRow> bestRow() {
        return best < 0 ? Optional.empty() : Optional.of(rows.get(best));
    }

    /** The base policy's row. */
    public SweepRow baseRow() {
        return rows.get(1);
    }

    /** The unhedged condor's row. */
    public SweepRow unhedgedRow() {
        return rows.get(0);
    }

    /** Wall time in seconds. */
    public double elapsedSeconds() {
        return elapsedNanos / 1e9;
    }
}
