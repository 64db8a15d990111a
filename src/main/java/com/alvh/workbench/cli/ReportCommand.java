package com.alvh.workbench.cli;

import com.alvh.workbench.chart.ChartTheme;
import com.alvh.workbench.report.ReportFormat;
import com.alvh.workbench.report.ReportWriter;
import com.alvh.workbench.report.ScenarioReportContent;
import com.alvh.workbench.scenario.DefiScenarioSpec;
import com.alvh.workbench.scenario.Scenario;
import com.alvh.workbench.scenario.ScenarioFile;
import com.alvh.workbench.scenario.ScenarioSpec;
import com.alvh.workbench.scenario.SimulationEngine;
import com.alvh.workbench.scenario.SimulationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code report SCENARIO --out DIR [--format ...]}: run a scenario and write its report. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Runs a scenario and writes a self-contained HTML report, a PDF with vector charts, "
                + "every chart as PNG and SVG, and CSVs of the underlying series.")
final class ReportCommand implements Callable<Integer> {

    @Mixin
    ScenarioInput input;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (created if missing)")
    Path out;

    @Option(names = "--format", paramLabel = "LIST", defaultValue = "html,pdf,png,svg,csv",
            description = "comma-separated formats among html, pdf, png, svg, csv (default: ${DEFAULT-VALUE})")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Set<ReportFormat> formats;
        try {
            formats = ReportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--format: " + e.getMessage());
        }
        ScenarioFile file = input.loadFile();
        var err = spec.commandLine().getErr();
        List<Path> files;
        if (file instanceof DefiScenarioSpec defi) {
            var result = SimulationEngine.run(defi, input.resolver().dataDirectory(),
                    ConsoleProgress.forTerminal(err, false), null);
            files = ReportWriter.write(ScenarioReportContent.of(result), out, formats, ChartTheme.LIGHT,
                    ScenarioReportContent.labels(result));
        } else {
            Scenario scenario = input.resolver().resolve((ScenarioSpec) file);
            SimulationResult result = SimulationEngine.run(scenario, ConsoleProgress.forTerminal(err, false), null);
            files = ReportWriter.write(ScenarioReportContent.of(result), out, formats);
        }
        var o = spec.commandLine().getOut();
        o.println("wrote " + files.size() + " files to " + out.toAbsolutePath());
        for (Path f : files) {
            o.println("  " + f.getFileName());
        }
        return AlvhCli.OK;
    }
}
