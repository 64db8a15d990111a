package com.alvh.workbench.scenario;

import java.util.List;

/**
 * A policy sweep as its file states it ({@code docs/sweep-format.md}): a base scenario, the axes
 * along which its policy varies, how the policies are picked and what is looked for. Read by
 * {@link SweepJson}; {@code sweep.Sweeps} expands it into policies and runs them on shared paths.
 *
 * @param schemaVersion the file format version
 * @param name a label (non-blank)
 * @param description free text (may be empty)
 * @param base the base scenario with the sweep's simulation settings applied: its market, model,
 *     condor and costs are shared by every policy
 * @param baseSource where the base came from (a file name, or "inline")
 * @param axes the fields that vary (at least one; paths distinct)
 * @param sampling grid, Latin hypercube or CMA-ES
 * @param objective the frontier's measures and what "best" means
 * @param outOfSample another market to re-evaluate the frontier on, or null
 */
public record SweepSpec(int schemaVersion, String name, String description, ScenarioSpec base, String baseSource,
                        List<SweepAxis> axes, SweepSampling sampling, SweepObjective objective,
                        OutOfSample outOfSample) {

    public SweepSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        description = description == null ? "" : description;
        if (base == null || sampling == null || objective == null || axes == null || axes.isEmpty()) {
            throw new IllegalArgumentException("base, at least one axis, sampling and objective are required");
        }
        axes = List.copyOf(axes);
        if (axes.stream().map(SweepAxis::path).distinct().count() != axes.size()) {
            throw new IllegalArgumentException("axis paths must be distinct");
        }
        if (sampling instanceof SweepSampling.Cmaes && objective.goal() == SweepObjective.Goal.NONE) {
            throw new IllegalArgumentException("a cmaes search needs an objective goal (leastCost or penalised)");
        }
    }

    /**
     * The market a sweep's frontier is re-evaluated on: the base scenario with another model and
     * simulation (for example the real history when the search ran on model paths).
     *
     * @param name a label
     * @param scenario the base scenario with that model and simulation
     */
    public record OutOfSample(String name, ScenarioSpec scenario) {
        public OutOfSample {
            if (name == null || name.isBlank() || scenario == null) {
                throw new IllegalArgumentException("an out-of-sample market needs a name and a scenario");
            }
        }
    }

    /** Number of grid points (product of the axes' grid sizes), saturating at {@code Long.MAX_VALUE}. */
    public long gridSize() {
        long n = 1;
        for (SweepAxis a : axes) {
            int k = a.listed() ? a.values().size() : a.count();
            n = k == 0 ? 0 : (n > Long.MAX_VALUE / k ? Long.MAX_VALUE : n * k);
        }
        return n;
    }

    /** A copy with other simulation settings for the base (and, paths aside, for nothing else). */
    public SweepSpec withBaseSimulation(SimulationSpec simulation) {
        return new SweepSpec(schemaVersion, name, description, base.withSimulation(simulation), baseSource, axes,
                sampling, objective, outOfSample);
    }
}
