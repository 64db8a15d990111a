package com.alvh.workbench.scenario;

/**
 * One thing wrong with a scenario file, located by its JSON path.
 *
 * @param path where, e.g. {@code $.policy.layers[1].entry.level}
 * @param message what is wrong, naming the bad value
 */
public record ScenarioProblem(String path, String message) {

    public ScenarioProblem {
        if (path == null || path.isBlank() || message == null || message.isBlank()) {
            throw new IllegalArgumentException("ScenarioProblem needs a path and a message");
        }
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
