package com.alvh.workbench.ui.scenario;

import com.alvh.workbench.ui.common.EditableDocument;

import com.alvh.workbench.scenario.ScenarioJson;
import com.alvh.workbench.scenario.ScenarioSpec;

import java.io.IOException;
import java.nio.file.Path;

/** The equity scenario being edited (the Scenario tab's document). */
public final class ScenarioDocument extends EditableDocument<ScenarioSpec> {

    /**
     * A document on a spec, with no unsaved changes yet (a fresh sample is not "modified").
     *
     * @param spec the scenario
     * @param file where it was read from, or null for a scenario that has no file yet
     */
    public ScenarioDocument(ScenarioSpec spec, Path file) {
        super(spec, file);
    }

    /**
     * @param spec the scenario
     * @param file where it was read from, or null
     * @param modified whether it starts with unsaved changes (recovered work does)
     */
    public ScenarioDocument(ScenarioSpec spec, Path file, boolean modified) {
        super(spec, file, modified);
    }

    /** Opens a file. @throws com.alvh.workbench.scenario.ScenarioException listing every problem */
    public static ScenarioDocument open(Path file) throws IOException {
        return new ScenarioDocument(ScenarioJson.load(file), file);
    }
}
