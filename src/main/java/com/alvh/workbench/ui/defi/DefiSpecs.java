package com.alvh.workbench.ui.defi;

import com.alvh.workbench.scenario.DefiScenarioSpec;
import com.alvh.workbench.scenario.ScenarioJson;
import com.alvh.workbench.scenario.SimulationSpec;

import java.util.Map;

/** A DeFi scenario of the current format from its parts (the record's constructor with the version). */
final class DefiSpecs {

    private DefiSpecs() {
    }

    /** A DeFi scenario of the current format version. */
    static DefiScenarioSpec of(String name, String description, String sample, Map<String, Double> parameters,
                               DefiScenarioSpec.Replay replay, SimulationSpec simulation) {
        return new DefiScenarioSpec(ScenarioJson.SCHEMA_VERSION, name, description, sample, parameters, replay, simulation);
    }
}
