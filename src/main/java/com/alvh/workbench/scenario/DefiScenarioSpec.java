package com.alvh.workbench.scenario;

import com.alvh.workbench.defi.DefiSamples;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A DeFi scenario file: one of the ready DeFi analogues (an insurance pool, governance farming, LP
 * positions, a stable LP through a depeg, smart-contract tail risk; see docs/defi.md) with its own
 * simulation settings. The positions, markets and hedge layers of each are defined in
 * {@code defi.DefiSamples}; the file chooses which, sets the sample's declared parameters (position
 * size, range, hedge levels: {@link DefiSamples#parameters}) and how much to simulate.
 *
 * @param schemaVersion the file format version
 * @param name a label (non-blank)
 * @param description free text
 * @param sample the DeFi sample's key, one of {@link #SAMPLES}
 * @param parameters values of the sample's parameters by key, in the order given (immutable); a key
 *     left out takes its default, so an empty map is the sample of docs/defi.md
 * @param replay for the LP question, a window of real ETH history to replay instead of model paths
 *     (one path); null for model paths
 * @param simulation paths, daily steps (365 = one year), seed, threads
 */
public record DefiScenarioSpec(int schemaVersion, String name, String description, String sample,
                               Map<String, Double> parameters, Replay replay, SimulationSpec simulation)
        implements ScenarioFile {

    /** The sample that can be replayed on ETH history. */
    public static final String REPLAYABLE_SAMPLE = "lp-layered-vs-diversified";

    /**
     * A window of the shipped ETH history.
     *
     * @param from first day
     * @param to last day (after {@code from})
     */
    public record Replay(java.time.LocalDate from, java.time.LocalDate to) {
        public Replay {
            if (from == null || to == null || !to.isAfter(from)) {
                throw new IllegalArgumentException("replay needs from before to, were " + from + " and " + to);
            }
        }
    }

    /** A scenario on model paths with the sample's default parameters. */
    public DefiScenarioSpec(int schemaVersion, String name, String description, String sample,
                            SimulationSpec simulation) {
        this(schemaVersion, name, description, sample, Map.of(), null, simulation);
    }

    /** A scenario with the sample's default parameters. */
    public DefiScenarioSpec(int schemaVersion, String name, String description, String sample, Replay replay,
                            SimulationSpec simulation) {
        this(schemaVersion, name, description, sample, Map.of(), replay, simulation);
    }

    /** The keys of the ready DeFi samples, in menu order. */
    public static final List<String> SAMPLES = DefiSamples.keys();

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
        if (replay != null && !REPLAYABLE_SAMPLE.equals(sample)) {
            throw new IllegalArgumentException("a replay of ETH history is offered for the sample '" + REPLAYABLE_SAMPLE
                    + "' only, was '" + sample + "'");
        }
        if (replay != null && simulation.paths() != 1) {
            throw new IllegalArgumentException("a replay of real history is one path; set paths to 1, was "
                    + simulation.paths());
        }
        parameters = copyOf(parameters);
        Map<String, String> problems = replay == null ? DefiSamples.problems(sample, parameters)
                : DefiSamples.replayProblems(parameters);
        if (!problems.isEmpty()) {
            Map.Entry<String, String> first = problems.entrySet().iterator().next();
            throw new IllegalArgumentException(first.getKey() + " " + first.getValue());
        }
    }

    /** An immutable copy in the given order, -0.0 read as 0.0 (so a value survives a save and reopen). */
    private static Map<String, Double> copyOf(Map<String, Double> parameters) {
        if (parameters == null || parameters.isEmpty()) {
            return Map.of();
        }
        Map<String, Double> copy = new LinkedHashMap<>();
        parameters.forEach((k, v) -> copy.put(k, v != null && v == 0.0 ? 0.0 : v));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * The parameters this file can set: the sample's ({@link DefiSamples#parameters}), or for a replay
     * of history {@link DefiSamples#replayParameters()}.
     */
    public List<com.alvh.workbench.defi.DefiParameter> offeredParameters() {
        return replay == null ? DefiSamples.parameters(sample) : DefiSamples.replayParameters();
    }

    /**
     * The parameters set, for messages and reports: "rangeLower 0.85, rangeUpper 1.2" in the order of the
     * declaration, whole numbers without a decimal point; "defaults" if none is set.
     */
    public String parametersText() {
        if (parameters.isEmpty()) {
            return "defaults";
        }
        List<String> parts = new java.util.ArrayList<>();
        for (com.alvh.workbench.defi.DefiParameter p : offeredParameters()) {
            Double v = parameters.get(p.key());
            if (v != null) {
                parts.add(p.key() + " " + (v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v.doubleValue())
                        : Double.toString(v)));
            }
        }
        return String.join(", ", parts);
    }

    /** A copy with other parameter values (an empty map: all defaults). */
    public DefiScenarioSpec withParameters(Map<String, Double> values) {
        return new DefiScenarioSpec(schemaVersion, name, description, sample, values, replay, simulation);
    }

    /** A copy with other simulation settings. */
    public DefiScenarioSpec withSimulation(SimulationSpec s) {
        return new DefiScenarioSpec(schemaVersion, name, description, sample, parameters, replay, s);
    }

    /**
     * The sample this file names, on the ETH history of {@code dataDirectory} when it is a replay.
     *
     * @throws IllegalArgumentException if the replay window is outside the history or longer than its steps allow
     * @throws java.io.UncheckedIOException if the history cannot be read
     */
    public DefiSamples.DefiSample resolve(java.nio.file.Path dataDirectory) {
        if (replay == null) {
            return resolve();
        }
        com.alvh.workbench.defi.HistoryReplayMarket market;
        try {
            market = com.alvh.workbench.defi.HistoryReplayMarket.eth(dataDirectory.resolve("eth_usd_daily.csv"),
                    replay.from(), replay.to(), DefiSamples.ethAsset());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (simulation.steps() > market.steps()) {
            throw new IllegalArgumentException("the ETH history " + replay.from() + " .. " + replay.to() + " has "
                    + market.steps() + " daily steps; steps was " + simulation.steps());
        }
        DefiSamples.DefiSample s = DefiSamples.lpEthReplay(market, parameters);
        return new DefiSamples.DefiSample(s.key(), s.question(), s.market(), s.runs(),
                new com.alvh.workbench.sim.SimulationSettings(1, simulation.steps(), s.settings().dt(),
                        simulation.seed(), 1, 1));
    }

    /** The sample this file names, sized by its simulation settings (model paths only). */
    public DefiSamples.DefiSample resolve() {
        if (replay != null) {
            throw new IllegalStateException("a replay needs the history: use resolve(dataDirectory)");
        }
        DefiSamples.DefiSample base = DefiSamples.build(sample, parameters);
        int threads = simulation.threads() == 0 ? Runtime.getRuntime().availableProcessors() : simulation.threads();
        var s = base.settings();
        return new DefiSamples.DefiSample(base.key(), base.question(), base.market(), base.runs(),
                new com.alvh.workbench.sim.SimulationSettings(simulation.paths(), simulation.steps(), s.dt(),
                        simulation.seed(), threads, s.blockSize()));
    }
}
