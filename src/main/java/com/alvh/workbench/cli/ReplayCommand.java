package com.alvh.workbench.cli;

import com.alvh.workbench.market.HistoricalEpisode;
import com.alvh.workbench.scenario.ModelSpec;
import com.alvh.workbench.scenario.Scenario;
import com.alvh.workbench.scenario.ScenarioException;
import com.alvh.workbench.scenario.ScenarioResolver;
import com.alvh.workbench.scenario.ScenarioSpec;
import com.alvh.workbench.scenario.SimulationEngine;
import com.alvh.workbench.scenario.SimulationResult;
import com.alvh.workbench.scenario.SimulationSpec;
import com.alvh.workbench.sim.CampaignResult;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code replay SCENARIO --episode ID | --from DATE --to DATE}: the scenario's campaign on real history. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Replays a scenario's campaign and policies on real daily SPX/VIX/VIX3M history "
                + "(one path, every trading day of the window; the file's paths, seed and threads do not apply).")
final class ReplayCommand implements Callable<Integer> {

    @Mixin
    ScenarioInput input;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Window window;

    static final class Window {
        @Option(names = "--episode", paramLabel = "ID",
                description = "a named episode: 2008-gfc, 2018-volmageddon, 2020-covid, 2022-bear, 2024-yen-carry")
        String episode;

        @ArgGroup(exclusive = false)
        Range range;
    }

    static final class Range {
        @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "first day")
        LocalDate from;

        @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "last day")
        LocalDate to;
    }

    @Option(names = "--json", description = "print the metrics as JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ModelSpec.Replay replay;
        if (window.episode != null) {
            try {
                replay = ModelSpec.Replay.of(HistoricalEpisode.byId(window.episode));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--episode: " + e.getMessage());
            }
        } else {
            try {
                replay = new ModelSpec.Replay(window.range.from, window.range.to, null);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--from/--to: " + e.getMessage());
            }
        }
        input.check();
        ScenarioResolver resolver = input.resolver();
        int steps;
        try {
            steps = resolver.replaySteps(replay.from(), replay.to());
        } catch (ScenarioException e) {
            String problem = e.problems().isEmpty() ? e.getMessage() : e.problems().get(0).message();
            throw new BadInputException((window.episode != null ? "--episode: " : "--from/--to: ") + problem);
        }
        ScenarioSpec file = input.load(null);
        ScenarioSpec spec0 = file.withModel(replay)
                .withSimulation(new SimulationSpec(1, steps, file.simulation().seed(), 1));
        Scenario scenario = resolver.resolve(spec0);
        Warnings.print(scenario.warnings(), spec.commandLine().getErr());
        SimulationResult result = SimulationEngine.run(scenario, null, null);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ResultPrinter.json(result, out);
            return AlvhCli.OK;
        }
        ResultPrinter.table(result, out);
        printLayerDates(scenario.dates(), result.primary().result(), out);
        printYears(scenario.dates(), result, out);
        return AlvhCli.OK;
    }

    /** The return of every policy in each full calendar year of the replay (risk.CalendarReturns). */
    private static void printYears(List<LocalDate> dates, SimulationResult result, PrintWriter out) {
        List<List<com.alvh.workbench.risk.CalendarReturns.Year>> years = result.entries().stream()
                .map(e -> e.result().samples().isEmpty() ? List.<com.alvh.workbench.risk.CalendarReturns.Year>of()
                        : com.alvh.workbench.risk.CalendarReturns.years(dates, e.result().samples().get(0).equity(),
                        e.result().capital()))
                .toList();
        if (years.get(0).isEmpty()) {
            return;
        }
        out.println();
        out.println("calendar-year returns (full years; start = previous year-end equity)");
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-6s", "year"));
        for (var e : result.entries()) {
            String name = e.summary().policyName();
            header.append(String.format(Locale.ROOT, " %14s", name.length() <= 14 ? name : name.substring(0, 13) + "~"));
        }
        out.println(header);
        for (int y = 0; y < years.get(0).size(); y++) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-6d", years.get(0).get(y).year()));
            for (List<com.alvh.workbench.risk.CalendarReturns.Year> policy : years) {
                row.append(String.format(Locale.ROOT, " %13.1f%%", 100 * policy.get(y).simpleReturn()));
            }
            out.println(row);
        }
        out.flush();
    }

    private static void printLayerDates(List<LocalDate> dates, CampaignResult r, PrintWriter out) {
        if (r.samples().isEmpty()) {
            return;
        }
        CampaignResult.SamplePath p = r.samples().get(0);
        out.println();
        out.println("layer entries of " + r.policyName());
        for (int l = 0; l < r.layerCount(); l++) {
            List<Integer> steps = p.layerEntrySteps().get(l);
            String when = steps.isEmpty() ? "never"
                    : String.join(", ", steps.stream().map(t -> dates.get(t) + " (VIX "
                    + String.format(Locale.ROOT, "%.1f", p.vix()[t]) + ")").toList());
            out.println("  " + r.layerNames().get(l) + ": " + when);
        }
        out.printf(Locale.ROOT, "  equity %s %,.0f -> %s %,.0f USD%n", dates.get(0), p.equity()[0],
                dates.get(dates.size() - 1), p.equity()[p.equity().length - 1]);
        out.flush();
    }
}
