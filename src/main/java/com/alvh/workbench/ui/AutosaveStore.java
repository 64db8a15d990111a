package com.alvh.workbench.ui;

import com.alvh.workbench.scenario.ScenarioException;
import com.alvh.workbench.scenario.ScenarioFile;
import com.alvh.workbench.scenario.ScenarioJson;
import com.alvh.workbench.scenario.ScenarioProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Crash recovery: the workbench writes unsaved work here periodically (atomically) and deletes it on
 * a clean exit or a save; if the file is there at start-up, the previous session ended without
 * saving and the user is offered the recovered scenario. One store per kind of scenario (the equity
 * scenario and the DeFi scenario are edited side by side and autosaved to separate files).
 *
 * @param <T> the scenario type kept
 */
public final class AutosaveStore<T extends ScenarioFile> {

    private final Path file;
    private final Class<T> type;

    /**
     * @param file where the autosave lives, e.g. {@code ~/.alvh-workbench/autosave.json}
     * @param type the kind of scenario it holds
     */
    public AutosaveStore(Path file, Class<T> type) {
        this.file = file;
        this.type = type;
    }

    /** The autosave file. */
    public Path file() {
        return file;
    }

    /** Writes the scenario (atomically). */
    public void write(T spec) throws IOException {
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
    public Optional<T> recover() throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        ScenarioFile read = ScenarioJson.loadFile(file);
        if (!type.isInstance(read)) {
            throw new ScenarioException(file.toString(), java.util.List.of(new ScenarioProblem("$.kind",
                    "this autosave holds another kind of scenario than " + type.getSimpleName())));
        }
        return Optional.of(type.cast(read));
    }
}
