package com.alvh.workbench.scenario;

/**
 * What a scenario file holds: the equity campaign ({@link ScenarioSpec}) or a DeFi position
 * ({@link DefiScenarioSpec}); the file's {@code kind} field tells which ({@code equity} when absent).
 */
public sealed interface ScenarioFile permits ScenarioSpec, DefiScenarioSpec {

    /** The scenario's label. */
    String name();

    /** Paths, steps, seed and threads. */
    SimulationSpec simulation();
}
