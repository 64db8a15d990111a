package com.alvh.workbench.cli;

import com.alvh.workbench.scenario.DefiScenarioSpec;
import com.alvh.workbench.scenario.Scenario;
import com.alvh.workbench.scenario.ScenarioFile;
import com.alvh.workbench.scenario.ScenarioSpec;
import com.alvh.workbench.scenario.SimulationEngine;
import com.alvh.workbench.scenario.SimulationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

/** {@code run SCENARIO}: simulate every policy of a scenario and print the key metrics. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs a scenario (all its policies on the same random numbers) and prints the key metrics.")
final class RunCommand implements Callable<Integer> {

    @Mixin
    ScenarioInput input;

    @Mixin
    SimulationOptions simulation;

    @Option(names = "--json", description = "print the metrics as JSON (for scripts; no progress)")
    boolean json;

    @Option(names = "--quiet", description = "no progress on stderr (a bar on a terminal, else a line per 10 %%)")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        simulation.check();
        input.check();
        ScenarioFile file = input.loadFile(simulation);
        var err = spec.commandLine().getErr();
        ResultPrinter.Run run;
        if (file instanceof DefiScenarioSpec defi) {
            run = ResultPrinter.Run.of(SimulationEngine.run(defi, input.resolver().dataDirectory(),
                    ConsoleProgress.of(err, quiet || json), null));
        } else {
            Scenario scenario = input.resolver().resolve((ScenarioSpec) file);
            Warnings.print(scenario.warnings(), err);
            SimulationResult result = SimulationEngine.run(scenario, ConsoleProgress.of(err, quiet || json), null);
            run = ResultPrinter.Run.of(result);
        }
        if (json) {
            ResultPrinter.json(run, spec.commandLine().getOut());
        } else {
            ResultPrinter.table(run, spec.commandLine().getOut());
        }
        return AlvhCli.OK;
    }
}
