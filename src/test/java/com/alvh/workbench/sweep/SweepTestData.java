package com.alvh.workbench.sweep;

import com.alvh.workbench.scenario.ScenarioResolver;
import com.alvh.workbench.scenario.SweepJson;
import com.alvh.workbench.scenario.SweepSpec;

import java.nio.file.Path;

/** Small sweeps over the shipped base scenario, for tests (a few hundred paths, a few weeks). */
final class SweepTestData {

    /** Surefire runs in the project folder, where the shipped history and samples are. */
    static final Path SCENARIOS = Path.of("sample-data", "scenarios");
    static final ScenarioResolver RESOLVER = new ScenarioResolver(Path.of("sample-data"));

    private SweepTestData() {
    }

    /**
     * A sweep over the base sample's regime layer (VIX trigger level x size) and the tail layer's size.
     *
     * @param paths paths (with blocks of 1,024, more than 1,024 gives several blocks)
     * @param sampling the sampling object's JSON
     * @param axes the axes' JSON objects
     */
    static String json(int paths, String sampling, String axes) {
        return """
            {
              "schemaVersion": 1,
              "kind": "sweep",
              "name": "test sweep",
              "base": "base-condor-alvh.json",
              "simulation": {"paths": %d, "seed": 7},
              "axes": [%s],
              "sampling": %s,
              "objective": {"cost": "netCost", "tail": "cvar95", "goal": "penalised", "lambda": 1.0}
            }
            """.formatted(paths, axes, sampling);
    }

    /** Two axes, a 2 x 2 grid. */
    static final String GRID_AXES = """
        {"name": "regime level", "path": "$.policy.layers[1].entry.of[0].level", "values": [20, 25]},
        {"name": "tail size", "path": "$.policy.layers[2].size.fraction", "values": [0.01, 0.03]}
        """;

    static SweepSpec grid(int paths, int steps) {
        SweepSpec s = SweepJson.read(json(paths, "{\"type\": \"grid\"}", GRID_AXES), "test", SCENARIOS);
        return s.withBaseSimulation(s.base().simulation().withSteps(steps));
    }
}
