package com.alvh.workbench.cli;

import com.alvh.workbench.scenario.ScenarioRanges;

/** Checks of command-line values, each refusal naming the option, its range and the value (exit code 2). */
final class Checks {

    private Checks() {
    }

    /**
     * {@code value} if it lies in {@code range}.
     *
     * @throws BadInputException "OPTION: must be in [MIN, MAX] UNIT, was VALUE"
     */
    static double inRange(String option, double value, ScenarioRanges.Range range) {
        if (!range.contains(value)) {
            throw new BadInputException(option + ": " + range.problem(value));
        }
        return value;
    }

    /** As {@link #inRange(String, double, ScenarioRanges.Range)} with a range of its own. */
    static double inRange(String option, double value, double min, double max, String unit) {
        return inRange(option, value, new ScenarioRanges.Range(option, min, max, unit, false));
    }
}
