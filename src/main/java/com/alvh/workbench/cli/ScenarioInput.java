package com.alvh.workbench.cli;

import com.alvh.workbench.scenario.DefiScenarioSpec;
import com.alvh.workbench.scenario.ScenarioFile;
import com.alvh.workbench.scenario.ScenarioJson;
import com.alvh.workbench.scenario.ScenarioResolver;
import com.alvh.workbench.scenario.ScenarioSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The scenario file argument and the market history folder, checked before any work starts. */
final class ScenarioInput {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "scenario file (JSON), e.g. sample-data/scenarios/base-condor-alvh.json")
    Path file;

    @Option(names = "--data", paramLabel = "DIR", description = "market history folder (default: sample-data)")
    Path data;

    /**
     * Refuses a scenario path that is empty, missing or a folder, and a {@code --data} that is not a
     * folder. (What the file holds is checked when it is read: a regular file, UTF-8, at most 4 MB.)
     */
    void check() throws IOException {
        if (file.toString().isBlank()) {
            throw new BadInputException("SCENARIO: the file name is empty");
        }
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        if (Files.isDirectory(file)) {
            throw new BadInputException("SCENARIO: " + file + " is a folder, not a scenario file");
        }
        if (!Files.isRegularFile(file)) {
            // Refused before anything opens it: a named pipe would block, a device never end.
            throw new BadInputException("SCENARIO: " + file + " is not a regular file (a device, named pipe or socket)");
        }
        if (data != null && (data.toString().isBlank() || !Files.isDirectory(data))) {
            throw new BadInputException("--data: not a folder: '" + data + "'");
        }
    }

    ScenarioResolver resolver() {
        if (data != null && !Files.isDirectory(data)) {
            throw new BadInputException("--data: not a folder: '" + data + "'");
        }
        return data == null ? ScenarioResolver.fromDefaultData() : new ScenarioResolver(data);
    }

    /** The equity scenario file as read, with the overrides applied ({@code null}: none). */
    ScenarioSpec load(SimulationOptions overrides) throws IOException {
        check();
        ScenarioSpec spec = ScenarioJson.load(file);
        return overrides == null ? spec : spec.withSimulation(overrides.applyTo(spec.simulation()));
    }

    /** A scenario file of either kind, with the overrides applied ({@code null}: none). */
    ScenarioFile loadFile(SimulationOptions overrides) throws IOException {
        check();
        ScenarioFile f = ScenarioJson.loadFile(file);
        if (overrides == null) {
            return f;
        }
        if (f instanceof ScenarioSpec spec) {
            return spec.withSimulation(overrides.applyTo(spec.simulation()));
        }
        DefiScenarioSpec d = (DefiScenarioSpec) f;
        return d.withSimulation(overrides.applyTo(d.simulation()));
    }
}
