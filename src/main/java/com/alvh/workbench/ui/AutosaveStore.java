package com.alvh.workbench.ui;

import com.alvh.workbench.scenario.ScenarioException;
import com.alvh.workbench.scenario.ScenarioJson;
import com.alvh.workbench.scenario.ScenarioSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Crash recovery: the workbench writes unsaved work here periodically (atomically) and deletes it on
 * a clean exit or a save; if the file is there at start-up, the previous session ended without
 * saving and the user is offered the recovered scenario.
 */
public final class AutosaveStore {

    private final Path file;

    /** @param file where the autosave lives, e.g. {@code ~/.alvh-workbench/autosave.json} */
    public AutosaveStore(Path file) {
        this.file = file;
    }

    /** The autosave file. */
    public Path file() {
        return file;
    }

    /** Writes the scenario (atomically). */
    public void write(ScenarioSpec spec) throws IOException {
        ScenarioJson.save(spec, file);
    }

    /** Removes the autosave (after a save or a clean exit). */
    public void clear() throws IOException {
        Files.deleteIfExists(file);
    }

    /**
     * The scenario left by a session that did not end cleanly, if any. An unreadable autosave is
     * reported, not silently dropped.
     *
     * @throws ScenarioException if the file is there but cannot be read as a scenario
     */
    public Optional<ScenarioSpec> recover() throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(ScenarioJson.load(file));
    }
}
