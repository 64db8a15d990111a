package com.alvh.workbench.report;

import com.alvh.workbench.market.HistoricalEpisode;
import com.alvh.workbench.scenario.ModelSpec;
import com.alvh.workbench.scenario.ScenarioJson;
import com.alvh.workbench.scenario.ScenarioResolver;
import com.alvh.workbench.scenario.ScenarioSpec;
import com.alvh.workbench.scenario.SimulationEngine;
import com.alvh.workbench.scenario.SimulationResult;
import com.alvh.workbench.scenario.SimulationSpec;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A replay's report: calendar-year tables, yearly-returns.csv and the monthly heat map. */
class HistoryReportTest {

    private static SimulationResult replay(LocalDate from, LocalDate to) throws Exception {
        ScenarioResolver resolver = new ScenarioResolver(Path.of("sample-data"));
        ScenarioSpec file = ScenarioJson.load(Path.of("sample-data/scenarios/base-condor-alvh.json"));
        ScenarioSpec spec = file.withModel(new ModelSpec.Replay(from, to, null))
                .withSimulation(new SimulationSpec(1, resolver.replaySteps(from, to), 1, 1))
                .withCompare(List.of());
        return SimulationEngine.run(resolver.resolve(spec), null, null);
    }

    @Test
    void aReplayOverFullYearsReportsThemInEveryFormat(@TempDir Path dir) throws Exception {
        // 2018-12-31 .. 2021-01-04: the full years 2019 and 2020, each starting at the previous year-end.
        SimulationResult run = replay(LocalDate.of(2018, 12, 31), LocalDate.of(2021, 1, 4));
        ReportContent content = ScenarioReportContent.of(run);
        assertThat(content.isDated()).isTrue();
        // The run's model line and the parameters say what the VIX quotes are.
        assertThat(content.modelDescription()).contains("real Cboe VX settles M1..M8 on every day", "VVIX");
        assertThat(content.parameters()).anyMatch(p -> p.name().equals("VIX options") && p.value().contains("VVIX"));
        ReportWriter.write(content, dir, EnumSet.allOf(ReportFormat.class));

        List<String> csv = Files.readAllLines(dir.resolve("yearly-returns.csv"));
        assertThat(csv.get(0)).isEqualTo("policy,year,start_equity_usd,end_equity_usd,pnl_usd,return");
        assertThat(csv).hasSize(1 + 2 * 2); // two policies (ALVH 3 layers, Unhedged) x 2019, 2020
        double[] equity = run.primary().result().samples().get(0).equity();
        List<LocalDate> dates = run.scenario().dates();
        double end2019 = equity[dates.indexOf(LocalDate.of(2019, 12, 31))];
        double end2020 = equity[dates.indexOf(LocalDate.of(2020, 12, 31))];
        assertThat(csv.get(2)).isEqualTo(String.format(java.util.Locale.ROOT, "ALVH 3 layers,2020,%.2f,%.2f,%.2f,%.6f",
                end2019, end2020, end2020 - end2019, end2020 / end2019 - 1));
        List<String> months = Files.readAllLines(dir.resolve("monthly-returns.csv"));
        assertThat(months.get(1)).startsWith("ALVH 3 layers,2018-12,").endsWith(",1"); // one day of December
        assertThat(months).anyMatch(l -> l.startsWith("Unhedged,2020-03,") && l.endsWith(",0"));

        assertThat(dir.resolve("chart-monthly-returns.png")).exists();
        assertThat(dir.resolve("chart-monthly-returns.svg")).exists();
        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html).contains("Calendar years, ALVH 3 layers", "Calendar years, Unhedged", "Monthly returns, ALVH 3 layers",
                "<td>2020</td>");
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("report.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Calendar years, ALVH 3 layers", "Monthly returns");
        }
    }

    @Test
    void anEpisodeInsideAYearHasMonthsButNoYears(@TempDir Path dir) throws Exception {
        HistoricalEpisode e = HistoricalEpisode.YEN_CARRY_2024;
        ReportContent content = ScenarioReportContent.of(replay(e.from(), e.to()));
        assertThat(ReportTables.years(content)).isEmpty();
        assertThat(ReportCsv.yearlyReturns(content).lines()).hasSize(1); // the header only
        assertThat(content.months(0)).hasSize(2);
        assertThat(ReportCharts.build(content, com.alvh.workbench.chart.ChartTheme.LIGHT, true))
                .extracting(ReportChart::id).contains("monthly-returns");
        // Model paths have no dates: no calendar files, no heat map.
        assertThat(ReportCsv.files(ReportFixture.standard())).doesNotContainKeys("yearly-returns.csv",
                "monthly-returns.csv");
        assertThat(ReportCharts.build(ReportFixture.standard(), com.alvh.workbench.chart.ChartTheme.LIGHT, true))
                .extracting(ReportChart::id).doesNotContain("monthly-returns");
    }
}
