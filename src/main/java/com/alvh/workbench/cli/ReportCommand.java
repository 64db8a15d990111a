package com.alvh.workbench.cli;

import com.alvh.workbench.chart.ChartTheme;
import com.alvh.workbench.chart.MarketLabels;
import com.alvh.workbench.report.ReportContent;
import com.alvh.workbench.report.ReportFolder;
import com.alvh.workbench.report.ReportFormat;
import com.alvh.workbench.report.ScenarioReportContent;
import com.alvh.workbench.scenario.DefiScenarioSpec;
import com.alvh.workbench.scenario.Scenario;
import com.alvh.workbench.scenario.ScenarioFile;
import com.alvh.workbench.scenario.ScenarioJson;
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

/**
 * {@code report SCENARIO --out DIR [--format ...]}: run a scenario and write its report, whole. The
 * options and the output folder are checked, and the folder locked, before the simulation starts.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Runs a scenario and writes a self-contained HTML report, a PDF with vector charts, "
                + "every chart as PNG and SVG, CSVs of the underlying series and a manifest with every file's hash, "
                + "into a folder replaced whole when the report is complete.")
final class ReportCommand implements Callable<Integer> {

    @Mixin
    ScenarioInput input;

    @Mixin
    SimulationOptions simulation;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "output folder: new, empty, or an earlier report's (replaced whole); created if missing")
    Path out;

    @Option(names = "--format", paramLabel = "LIST", defaultValue = "html,pdf,png,svg,csv",
            description = "comma-separated formats among html, pdf, png, svg, csv (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--quiet", description = "no progress on stderr (a bar on a terminal, else a line per 10 %%)")
    boolean quiet;

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
        if (out.toString().isBlank()) {
            throw new BadInputException("--out: the folder name is empty");
        }
        simulation.check();
        input.check();
        var err = spec.commandLine().getErr();
        // Locked before the simulation: a second report into this folder fails now, not after its run.
        try (ReportFolder folder = ReportFolder.open(out)) {
            ScenarioFile file = input.loadFile(simulation);
            List<Path> files;
            if (file instanceof DefiScenarioSpec defi) {
                var result = SimulationEngine.run(defi, input.resolver().dataDirectory(),
                        ConsoleProgress.of(err, quiet), null);
                files = folder.write(ScenarioReportContent.of(result), formats, ChartTheme.LIGHT,
                        ScenarioReportContent.labels(result), ScenarioJson.write(defi), null);
            } else {
                Scenario scenario = input.resolver().resolve((ScenarioSpec) file);
                Warnings.print(scenario.warnings(), err);
                SimulationResult result = SimulationEngine.run(scenario, ConsoleProgress.of(err, quiet), null);
                ReportContent content = ScenarioReportContent.of(result);
                files = folder.write(content, formats, ChartTheme.LIGHT, MarketLabels.EQUITY,
                        ScenarioJson.write((ScenarioSpec) file), null);
            }
            var o = spec.commandLine().getOut();
            o.println("wrote " + files.size() + " files to " + folder.path());
            for (Path f : files) {
                o.println("  " + f.getFileName());
            }
        }
        return AlvhCli.OK;
    }
}
