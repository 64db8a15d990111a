package com.alvh.workbench.scenario;

import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.sim.PolicyComparison;

import java.util.List;
import java.util.Optional;

/**
 * What a scenario run produced: one entry per policy, all on the same random numbers.
 *
 * @param scenario the scenario that was run
 * @param entries one result and summary per policy, in {@link Scenario#policies()} order (the policy
 *     under study first)
 * @param elapsedNanos wall time of the run (ns)
 */
public record SimulationResult(Scenario scenario, List<PolicyComparison.Entry> entries, long elapsedNanos)
        implements RunResult {

    public SimulationResult {
        if (scenario == null || entries == null || entries.isEmpty()) {
            throw new IllegalArgumentException("scenario and at least one entry are required");
        }
        entries = List.copyOf(entries);
    }

    /** The policy under study. */
    public PolicyComparison.Entry primary() {
        return entries.get(0);
    }

    /** The unhedged baseline, if it was run. */
    public Optional<PolicyComparison.Entry> unhedged() {
        String name = AlvhPolicy.unhedged().name();
        return entries.stream().filter(e -> e.result().policyName().equals(name)).findFirst();
    }

    @Override
    public String name() {
        return scenario.name();
    }

    /** The policy under study is always the first. */
    @Override
    public int primaryIndex() {
        return 0;
    }

    @Override
    public int baselineIndex() {
        String name = AlvhPolicy.unhedged().name();
        for (int i = 1; i < entries.size(); i++) {
            if (entries.get(i).result().policyName().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String modelDescription() {
        return scenario.modelDescription();
    }

    /** Wall time in seconds. */
    @Override
    public double elapsedSeconds() {
        return elapsedNanos / 1e9;
    }
}
