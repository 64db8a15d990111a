package com.alvh.workbench.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario that cannot be used: every problem found, each with its JSON path. Thrown after the
 * whole file has been read, so a user fixes all problems in one pass.
 */
public class ScenarioException extends RuntimeException {

    private final transient List<ScenarioProblem> problems;

    /**
     * @param source the file or text the scenario came from (for the first line of the message)
     * @param problems what is wrong (at least one)
     */
    public ScenarioException(String source, List<ScenarioProblem> problems) {
        super(describe(source, problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems, in the order they were found. */
    public List<ScenarioProblem> problems() {
        return problems;
    }

    private static String describe(String source, List<ScenarioProblem> problems) {
        String head = (source == null ? "scenario" : source) + ": " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems");
        return head + "\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
