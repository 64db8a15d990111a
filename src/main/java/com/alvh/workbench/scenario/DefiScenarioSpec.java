package com.alvh.workbench.scenario;

import com.alvh.workbench.defi.DefiSamples;

import java.util.List;

/**
 * A DeFi scenario file: one of the ready DeFi analogues (an insurance pool, governance farming, LP
 * positions, a stable LP through a depeg, smart-contract tail risk; see docs/defi.md) with its own
 * simulation settings. The positions, markets and hedge layers of each are defined in
 * {@code defi.DefiSamples}; the file chooses which and how much to simulate.
 *
 * @param schemaVersion the file format version
 * @param name a label (non-blank)
 * @param description free text
 * @param sample the DeFi sample's key, one of {@link #SAMPLES}
 * @param simulation paths, daily steps (365 = one year), seed, threads
 */
public record DefiScenarioSpec(int schemaVersion, String name, String description, String sample,
                               SimulationSpec simulation) implements ScenarioFile {

    /** The keys of the ready DeFi samples, in menu order. */
    public static final List<String> SAMPLES = DefiSamples.all().stream().map(DefiSamples.DefiSample::key).toList();

    public DefiScenarioSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (description == null) {
            description = "";
        }
        if (sample == null || !SAMPLES.contains(sample)) {
            throw new IllegalArgumentException("sample must be one of " + SAMPLES + ", was '" + sample + "'");
        }
        if (simulation == null) {
            throw new IllegalArgumentException("simulation is required");
        }
    }

    /** A copy with other simulation settings. */
    public DefiScenarioSpec withSimulation(SimulationSpec s) {
        return new DefiScenarioSpec(schemaVersion, name, description, sample, s);
    }

    /** The sample this file names, sized by its simulation settings. */
    public DefiSamples.DefiSample resolve() {
        DefiSamples.DefiSample base = DefiSamples.all().stream().filter(d -> d.key().equals(sample)).findFirst()
                .orElseThrow();
        int threads = simulation.threads() == 0 ? Runtime.getRuntime().availableProcessors() : simulation.threads();
        var s = base.settings();
        return new DefiSamples.DefiSample(base.key(), base.question(), base.market(), base.runs(),
                new com.alvh.workbench.sim.SimulationSettings(simulation.paths(), simulation.steps(), s.dt(),
                        simulation.seed(), threads, s.blockSize()));
    }
}
