package com.alvh.workbench.cli;

import com.alvh.workbench.scenario.ScenarioProblem;

import java.io.PrintWriter;
import java.util.List;

/** Values of a scenario that the model does not use: one "warning: PATH: text" line each on stderr. */
final class Warnings {

    private Warnings() {
    }

    static void print(List<ScenarioProblem> warnings, PrintWriter err) {
        for (ScenarioProblem w : warnings) {
            err.println("warning: " + w);
        }
        err.flush();
    }
}
