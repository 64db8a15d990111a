package com.alvh.workbench.cli;

import com.alvh.workbench.report.ReportContent;
import com.alvh.workbench.report.ReportCsv;
import com.alvh.workbench.report.ReportTables;
import com.alvh.workbench.report.ScenarioReportContent;
import com.alvh.workbench.scenario.ModelSpec;
import com.alvh.workbench.scenario.ScenarioJson;
import com.alvh.workbench.scenario.ScenarioResolver;
import com.alvh.workbench.scenario.ScenarioSpec;
import com.alvh.workbench.scenario.SimulationEngine;
import com.alvh.workbench.scenario.SimulationResult;
import com.alvh.workbench.scenario.SimulationSpec;
import com.alvh.workbench.market.HistoricalEpisode;
import com.alvh.workbench.sim.CampaignSummary;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a single path (a replay) VaR, CVaR and the standard error are not figures: the command line, the
 * JSON, the report's table and its CSV say n/a (null, an empty field), never the path's P&amp;L with its sign
 * flipped.
 */
class OnePathHonestyTest {

    private static SimulationResult covid;

    @BeforeAll
    static void run() throws Exception {
        ScenarioResolver resolver = new ScenarioResolver(Path.of("sample-data"));
        ScenarioSpec file = ScenarioJson.load(Path.of("sample-data/scenarios/base-condor-alvh.json"));
        ModelSpec.Replay replay = ModelSpec.Replay.of(HistoricalEpisode.COVID_2020);
        ScenarioSpec spec = file.withModel(replay).withSimulation(new SimulationSpec(1,
                resolver.replaySteps(replay.from(), replay.to()), 1, 1));
        covid = SimulationEngine.run(resolver.resolve(spec), null, null);
    }

    @Test
    void theSummaryHasNoTailOfOnePath() {
        CampaignSummary s = covid.primary().summary();
        assertThat(s.paths()).isEqualTo(1);
        assertThat(s.pnl().mean()).isNotNaN();
        assertThat(List.of(s.valueAtRisk95(), s.valueAtRisk99(), s.expectedShortfall95(), s.expectedShortfall99(),
                s.pnl().standardError())).allMatch(v -> Double.isNaN(v));
    }

    @Test
    void theCommandLineTheJsonTheReportAndTheCsvSayNa() throws Exception {
        java.io.StringWriter text = new java.io.StringWriter();
        ResultPrinter.table(covid, new java.io.PrintWriter(text));
        String pnl = String.format(java.util.Locale.ROOT, "%,.0f", covid.primary().summary().pnl().mean());
        assertThat(text.toString()).contains(pnl + "          n/a          n/a");
        assertThat(text.toString()).doesNotContain("-" + pnl);

        java.io.StringWriter json = new java.io.StringWriter();
        ResultPrinter.json(covid, new java.io.PrintWriter(json));
        JsonNode policy = new ObjectMapper().readTree(json.toString()).get("policies").get(0);
        assertThat(policy.get("valueAtRisk95").isNull()).isTrue();
        assertThat(policy.get("expectedShortfall99").isNull()).isTrue();

        ReportContent content = ScenarioReportContent.of(covid);
        ReportTables.Table table = ReportTables.comparison(content);
        for (List<String> row : table.rows()) {
            if (row.get(0).startsWith("VaR") || row.get(0).startsWith("CVaR") || row.get(0).startsWith("Std. error")) {
                assertThat(row.subList(1, row.size())).as(row.get(0)).containsOnly("n/a");
            }
        }
        String summary = ReportCsv.summary(content);
        String firstRow = summary.lines().skip(1).findFirst().orElseThrow();
        // se, var95, var99, cvar95, cvar99 are columns 6 and 9..12 (1-based): empty.
        String[] cells = firstRow.split(",", -1);
        assertThat(List.of(cells[5], cells[8], cells[9], cells[10], cells[11])).containsOnly("");
    }
}
