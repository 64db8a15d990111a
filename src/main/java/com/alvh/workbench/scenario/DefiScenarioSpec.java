package com.alvh.workbench.scenario;

import com.alvh.workbench.defi.DefiSamples;
import com.alvh.workbench.defi.PegReplayMarket;

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
 * @param replay a window of real history to replay instead of model paths (one path): ETH closes for
 *     the LP question, a stablecoin depeg for the stable LP; null for model paths
 * @param simulation paths, daily steps (365 = one year), seed, threads
 */
public record DefiScenarioSpec(int schemaVersion, String name, String description, String sample,
                               Map<String, Double> parameters, Replay replay, SimulationSpec simulation)
        implements ScenarioFile {

    /** The sample that can be replayed on ETH history. */
    public static final String REPLAYABLE_SAMPLE = "lp-layered-vs-diversified";
    /** The sample that can be replayed through a real stablecoin depeg. */
    public static final String DEPEG_REPLAYABLE_SAMPLE = "stable-lp-depeg";

    /**
     * A window of shipped history to replay instead of model paths (one path, daily): for the LP
     * question the ETH closes; for the stable LP a stablecoin's daily price as the pool's depegging
     * coin (with the ETH closes of the same days).
     *
     * @param from first day
     * @param to last day (after {@code from})
     * @param coin for the stable LP, the stablecoin's column in the stablecoin history ("terrausd",
     *     "usd-coin"); null for an ETH window of the LP question
     */
    public record Replay(java.time.LocalDate from, java.time.LocalDate to, String coin) {
        public Replay {
            if (from == null || to == null || !to.isAfter(from)) {
                throw new IllegalArgumentException("replay needs from before to, were " + from + " and " + to);
            }
            if (coin != null && !coin.matches("[a-z0-9][a-z0-9-]*")) {
                throw new IllegalArgumentException("replay coin must be a column of the stablecoin history "
                        + "(lower case, e.g. terrausd), was '" + coin + "'");
            }
        }

        /** An ETH window (the LP question). */
        public Replay(java.time.LocalDate from, java.time.LocalDate to) {
            this(from, to, null);
        }

        /** A named depeg episode ({@link PegReplayMarket#EPISODES}: ust-2022, usdc-2023). */
        public static Replay episode(String key) {
            PegReplayMarket.Episode e = PegReplayMarket.EPISODES.get(key);
            if (e == null) {
                throw new IllegalArgumentException("no depeg episode '" + key + "' (episodes: "
                        + PegReplayMarket.EPISODES.keySet() + ")");
            }
            return new Replay(e.from(), e.to(), e.coin());
        }

        /** Whether this replays a stablecoin depeg (rather than an ETH window). */
        public boolean isDepeg() {
            return coin != null;
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
        if (replay != null && !replay.isDepeg() && !REPLAYABLE_SAMPLE.equals(sample)) {
            throw new IllegalArgumentException("a replay of ETH history (a replay without a coin) is offered for the "
                    + "sample '" + REPLAYABLE_SAMPLE + "' only, was '" + sample + "'");
        }
        if (replay != null && replay.isDepeg() && !DEPEG_REPLAYABLE_SAMPLE.equals(sample)) {
            throw new IllegalArgumentException("a replay of a stablecoin depeg (a replay with a coin) is offered for the "
                    + "sample '" + DEPEG_REPLAYABLE_SAMPLE + "' only, was '" + sample + "'");
        }
        if (replay != null && simulation.paths() != 1) {
            throw new IllegalArgumentException("a replay of real history is one path; set paths to 1, was "
                    + simulation.paths());
        }
        parameters = copyOf(parameters);
        Map<String, String> problems = replay == null || replay.isDepeg() ? DefiSamples.problems(sample, parameters)
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
        return replay == null || replay.isDepeg() ? DefiSamples.parameters(sample) : DefiSamples.replayParameters();
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
        if (replay.isDepeg()) {
            return resolveDepeg(dataDirectory);
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

    private DefiSamples.DefiSample resolveDepeg(java.nio.file.Path dataDirectory) {
        PegReplayMarket market;
        try {
            PegReplayMarket.Episode named = PegReplayMarket.EPISODES.values().stream()
                    .filter(e -> e.coin().equals(replay.coin()) && e.from().equals(replay.from()) && e.to().equals(replay.to()))
                    .findFirst().orElse(null);
            market = named != null ? PegReplayMarket.episode(dataDirectory, named.key())
                    : PegReplayMarket.load(dataDirectory, replay.coin(), replay.from(), replay.to());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (simulation.steps() > market.steps()) {
            throw new IllegalArgumentException("the " + replay.coin() + " history " + replay.from() + " .. " + replay.to()
                    + " has " + market.steps() + " daily steps; steps was " + simulation.steps());
        }
        DefiSamples.DefiSample s = DefiSamples.stableLpReplay(market, parameters);
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
