package com.alvh.workbench.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Brings a scenario file written by an older version of the workbench up to
 * {@link ScenarioJson#SCHEMA_VERSION}, one version at a time, on the JSON tree before it is read.
 * Version 1 is the first published format, so the chain is empty today; the next format change
 * adds its step here (a function from version n to n + 1) together with a test that reads a file
 * of version n.
 */
final class ScenarioMigrations {

    /** Step {@code i} turns a version {@code i + 1} tree into version {@code i + 2}. None yet: version 1 is current. */
    private static final List<UnaryOperator<ObjectNode>> STEPS = List.of();

    private ScenarioMigrations() {
    }

    /**
     * @param root the file's JSON object (not modified)
     * @param problems where to record a missing or unsupported version
     * @return the tree in the current version, or null if it cannot be migrated
     */
    static ObjectNode migrate(ObjectNode root, List<ScenarioProblem> problems) {
        JsonNode v = root.get("schemaVersion");
        if (v == null || v.isNull()) {
            problems.add(new ScenarioProblem("$.schemaVersion", "is required (this workbench writes "
                    + ScenarioJson.SCHEMA_VERSION + ")"));
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            problems.add(new ScenarioProblem("$.schemaVersion", "must be an integer, was " + v));
            return null;
        }
        int version = v.intValue();
        if (version > ScenarioJson.SCHEMA_VERSION) {
            problems.add(new ScenarioProblem("$.schemaVersion", "version " + version
                    + " was written by a newer workbench; this one reads up to " + ScenarioJson.SCHEMA_VERSION));
            return null;
        }
        if (version < 1) {
            problems.add(new ScenarioProblem("$.schemaVersion", "must be >= 1, was " + version));
            return null;
        }
        ObjectNode tree = root.deepCopy();
        for (int from = version; from < ScenarioJson.SCHEMA_VERSION; from++) {
            tree = STEPS.get(from - 1).apply(tree);
        }
        tree.put("schemaVersion", ScenarioJson.SCHEMA_VERSION);
        return tree;
    }
}
