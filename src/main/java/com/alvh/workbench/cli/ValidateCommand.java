package com.alvh.workbench.cli;

import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.report.Counts;
import com.alvh.workbench.scenario.DefiScenarioSpec;
import com.alvh.workbench.scenario.Scenario;
import com.alvh.workbench.scenario.ScenarioFile;
import com.alvh.workbench.scenario.ScenarioSpec;
import com.alvh.workbench.scenario.SweepJson;
import com.alvh.workbench.scenario.SweepSpec;
import com.alvh.workbench.sweep.Sweeps;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code validate SCENARIO}: check a scenario file and report every problem with its JSON path. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a scenario or sweep file; prints every problem with its JSON path (exit 2), or ok "
                + "(exit 0) and a warning for each value the model does not use.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    ScenarioInput input;

    @Mixin
    SimulationOptions simulation;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        simulation.check();
        input.check();
        if (java.nio.file.Files.isRegularFile(input.file) && SweepJson.isSweepFile(input.file)) {
            SweepSpec sweep = SweepJson.load(input.file);
            int policies = Sweeps.validate(sweep, input.resolver());
            spec.commandLine().getOut().println("ok: " + input.file + ": sweep '" + sweep.name() + "' of '"
                    + sweep.base().name() + "', " + Counts.of(sweep.axes().size(), "axis") + ", up to "
                    + Counts.of(policies, "policy") + " (unhedged and base included), " + sweep.objective().describe());
            return AlvhCli.OK;
        }
        ScenarioFile file = input.loadFile(simulation);
        if (file instanceof DefiScenarioSpec d) {
            var sample = d.resolve(input.resolver().dataDirectory());
            spec.commandLine().getOut().println("ok: " + input.file + ": '" + d.name() + "', DeFi sample '" + d.sample()
                    + "' (parameters: " + d.parametersText() + "), " + Counts.of(d.simulation().paths(), "path") + " x " + Counts.of(d.simulation().steps(), "step") + ", runs: "
                    + sample.runs().stream().map(r -> r.label()).collect(Collectors.joining(", ")));
            return AlvhCli.OK;
        }
        Scenario s = input.resolver().resolve((ScenarioSpec) file);
        Warnings.print(s.warnings(), spec.commandLine().getErr());
        spec.commandLine().getOut().println("ok: " + input.file + ": '" + s.name() + "', " + s.modelDescription()
                + ", " + Counts.of(s.settings().paths(), "path") + " x " + Counts.of(s.settings().steps(), "step") + ", policies: "
                + s.policies().stream().map(AlvhPolicy::name).collect(Collectors.joining(", ")));
        return AlvhCli.OK;
    }
}
