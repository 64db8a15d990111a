package com.alvh.workbench.cli;

import com.alvh.workbench.scenario.DefiScenarioSpec;
import com.alvh.workbench.scenario.ScenarioFile;
import com.alvh.workbench.scenario.ScenarioJson;
import com.alvh.workbench.scenario.ScenarioResolver;
import com.alvh.workbench.scenario.ScenarioSpec;
import com.alvh.workbench.scenario.SimulationSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The scenario file argument and the options that override its simulation settings. */
final class ScenarioInput {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "scenario file (JSON), e.g. sample-data/scenarios/base-condor-alvh.json")
    Path file;

    @Option(names = "--paths", paramLabel = "N", description = "Monte Carlo paths (overrides the file)")
    Integer paths;

    @Option(names = "--seed", paramLabel = "S", description = "root random seed (overrides the file)")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads, 0 = all cores (overrides the file)")
    Integer threads;

    @Option(names = "--data", paramLabel = "DIR", description = "market history folder (default: sample-data)")
    Path data;

    ScenarioResolver resolver() {
        if (data != null && !Files.isDirectory(data)) {
            throw new BadInputException("--data: not a folder: " + data);
        }
        return data == null ? ScenarioResolver.fromDefaultData() : new ScenarioResolver(data);
    }

    /** The equity scenario file as read, with the command-line overrides applied. */
    ScenarioSpec load() throws IOException {
        checkFile();
        ScenarioSpec spec = ScenarioJson.load(file);
        return spec.withSimulation(overridden(spec.simulation()));
    }

    /** A scenario file of either kind, with the command-line overrides applied. */
    ScenarioFile loadFile() throws IOException {
        checkFile();
        ScenarioFile f = ScenarioJson.loadFile(file);
        if (f instanceof ScenarioSpec spec) {
            return spec.withSimulation(overridden(spec.simulation()));
        }
        DefiScenarioSpec d = (DefiScenarioSpec) f;
        return d.withSimulation(overridden(d.simulation()));
    }

    private void checkFile() throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        if (Files.isDirectory(file)) {
            throw new BadInputException("SCENARIO: " + file + " is a folder, not a scenario file");
        }
    }

    private SimulationSpec overridden(SimulationSpec s) {
        try {
            if (paths != null) {
                s = s.withPaths(paths);
            }
            if (seed != null) {
                s = s.withSeed(seed);
            }
            if (threads != null) {
                s = s.withThreads(threads);
            }
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--paths/--seed/--threads: " + e.getMessage());
        }
        return s;
    }
}
