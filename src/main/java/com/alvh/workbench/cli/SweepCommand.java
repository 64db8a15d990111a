package com.alvh.workbench.cli;

import com.alvh.workbench.report.ReportFolder;
import com.alvh.workbench.report.ReportFormat;
import com.alvh.workbench.report.SweepReport;
import com.alvh.workbench.scenario.ScenarioJson;
import com.alvh.workbench.scenario.ScenarioResolver;
import com.alvh.workbench.scenario.SweepJson;
import com.alvh.workbench.scenario.SweepSpec;
import com.alvh.workbench.sweep.LocalSweepExecutor;
import com.alvh.workbench.sweep.SweepExecutor;
import com.alvh.workbench.sweep.SweepExecutors;
import com.alvh.workbench.sweep.SweepResult;
import com.alvh.workbench.sweep.SweepRow;
import com.alvh.workbench.sweep.Sweeps;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code sweep FILE --out DIR}: evaluate a sweep's policies on shared paths and write the frontier. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Runs a policy sweep (every policy on the same paths as the unhedged condor), finds the "
                + "cost-versus-tail frontier and writes sweep.csv, frontier.csv, the charts and the report with a manifest "
                + "of every file's hash, into a folder replaced whole when the report is complete.")
final class SweepCommand implements Callable<Integer> {

    /** Where a sweep runs. */
    enum Engine { local, spark }

    @Parameters(index = "0", paramLabel = "SWEEP", description = "sweep file (JSON), e.g. sample-data/sweeps/flagship-bates.json")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder: new, empty, or an earlier report's (replaced whole); created if missing")
    Path out;

    @Option(names = "--paths", paramLabel = "N", description = "paths per policy (overrides the file)")
    Integer paths;

    @Option(names = "--seed", paramLabel = "S", description = "root random seed of the market paths (overrides the file)")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads of the local engine, 0 = all cores")
    Integer threads;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "local",
            description = "local (all cores of this machine) or spark (default: ${DEFAULT-VALUE})")
    Engine engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master for --engine spark, e.g. local[2] or spark://host:7077 (default: spark-submit's, else local[*])")
    String master;

    @Option(names = "--quiet", description = "no progress on stderr (a bar on a terminal, else a line per 10 %%)")
    boolean quiet;

    @Option(names = "--data", paramLabel = "DIR", description = "market history folder (default: sample-data)")
    Path data;

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
        if (master != null && engine != Engine.spark) {
            throw new BadInputException("--master applies to --engine spark only");
        }
        if (threads != null && (threads < 0 || threads > 1024)) {
            throw new BadInputException("--threads must be in [0, 1024] (0 = all cores), was " + threads);
        }
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        if (data != null && !Files.isDirectory(data)) {
            throw new BadInputException("--data: not a folder: " + data);
        }
        SweepSpec sweep = SweepJson.load(file);
        try {
            var sim = sweep.base().simulation();
            if (paths != null) {
                sim = sim.withPaths(paths);
            }
            if (seed != null) {
                sim = sim.withSeed(seed);
            }
            sweep = sweep.withBaseSimulation(sim);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--paths/--seed: " + e.getMessage());
        }
        ScenarioResolver resolver = data == null ? ScenarioResolver.fromDefaultData() : new ScenarioResolver(data);
        PrintWriter err = spec.commandLine().getErr();
        if (out.toString().isBlank()) {
            throw new BadInputException("--out: the folder name is empty");
        }
        // The sweep file as read and the base scenario as run (overrides applied), hashed into the manifest.
        String inputs = Files.readString(file) + "\n" + ScenarioJson.write(sweep.base());
        SweepResult result;
        List<Path> files;
        // Locked before the sweep runs: a second report into this folder fails now, not after the run.
        try (ReportFolder folder = ReportFolder.open(out)) {
            try (SweepExecutor executor = executor()) {
                result = Sweeps.run(sweep, resolver, executor, ConsoleProgress.of(err, quiet), null);
            }
            files = SweepReport.write(result, folder, formats, inputs, null);
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%s: %d policies x %,d paths x %d days in %.1f s (%s)%n", result.spec().name(),
                result.rows().size(), result.paths(), result.steps(), result.elapsedSeconds(), result.executor());
        o.println("objective: " + result.spec().objective().describe());
        print(o, "unhedged", result.unhedgedRow());
        print(o, "base", result.baseRow());
        result.bestRow().ifPresentOrElse(b -> print(o, "best", b),
                () -> o.println("best: none" + (result.spec().objective().goal().id().equals("frontier") ? " (no goal)"
                        : " within the limit")));
        o.println("frontier: " + result.frontier().size() + " policies (frontier.csv)");
        o.println("wrote " + files.size() + " files to " + files.get(0).getParent());
        return AlvhCli.OK;
    }

    private SweepExecutor executor() {
        if (engine == Engine.spark) {
            try {
                return SweepExecutors.spark(master);
            } catch (IllegalStateException e) {
                throw new BadInputException("--engine spark: " + e.getMessage());
            }
        }
        int t = threads == null || threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        return new LocalSweepExecutor(t);
    }

    private static void print(PrintWriter o, String what, SweepRow r) {
        double se = r.metrics().netCostStandardError();
        // One path (a replay) has no standard error.
        String seText = Double.isFinite(se) ? String.format(Locale.ROOT, "%,.0f", se) : "-";
        o.printf(Locale.ROOT, "%-9s %-9s mean P&L %,12.0f  net cost %,10.0f (SE %s)  premium %,10.0f  CVaR 95 %,10.0f"
                        + "  CVaR 99 %,10.0f%n", what + ":", r.label(), r.metrics().meanPnl(), r.metrics().netCost(),
                seText, r.metrics().meanHedgeCost(), r.metrics().expectedShortfall95(),
                r.metrics().expectedShortfall99());
    }
}
