package com.alvh.workbench.ui.results;

import com.alvh.workbench.sim.PolicyComparison;
import com.alvh.workbench.sim.SimulationSettings;
import java.util.List;
import java.util.Objects;

/**
 * A finished policy comparison as the Results tab holds it.
 *
 * @param entries one per policy, in run order (full results and summaries)
 * @param settings paths, steps and seed of the run
 * @param elapsedMillis wall time of the run (ms)
 */
public record ComparisonResult(List<PolicyComparison.Entry> entries, SimulationSettings settings, long elapsedMillis) {
    public ComparisonResult {
        entries = List.copyOf(entries);
        Objects.requireNonNull(settings, "settings");
        if (elapsedMillis < 0) {
            throw new IllegalArgumentException("elapsedMillis must be >= 0, was " + elapsedMillis);
        }
    }
}
