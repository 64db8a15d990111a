package com.alvh.workbench.ui.common;

import com.alvh.workbench.chart.ChartTheme;
import com.alvh.workbench.chart.MarketLabels;
import com.alvh.workbench.chart.PnlSmallMultiplesChart;
import com.alvh.workbench.report.ReportChart;
import com.alvh.workbench.report.ReportCharts;
import com.alvh.workbench.report.ReportContent;
import com.alvh.workbench.scenario.RunResult;
import java.util.List;
import java.util.Objects;

/**
 * A dashboard's charts built by the same builders as the report ({@link ReportCharts}), so the
 * dashboard and the report show the same pictures: P&amp;L distributions, equity fan, underwater
 * curves, maximum drawdown, the VIX (or realised-vol) path with layer triggers, the policy
 * comparison and the per-layer cost/benefit. The run's primary entry is the one under study, its
 * unhedged entry (if any) the baseline.
 */
public final class ReportResultCharts implements ResultCharts {

    /** The equity Results tab's charts. */
    public static final ReportResultCharts EQUITY = new ReportResultCharts(MarketLabels.EQUITY, "chart-");
    /** The DeFi tab's charts: realised vol in place of VIX, the hedged asset's price in place of SPX. */
    public static final ReportResultCharts DEFI = new ReportResultCharts(MarketLabels.DEFI, "defi-");

    private final MarketLabels labels;
    private final String filePrefix;

    /**
     * @param labels how the sample path's series are named
     * @param filePrefix prefix of each chart's export file name
     */
    public ReportResultCharts(MarketLabels labels, String filePrefix) {
        this.labels = Objects.requireNonNull(labels, "labels");
        this.filePrefix = Objects.requireNonNull(filePrefix, "filePrefix");
    }

    @Override
    public List<NamedChart> charts(RunResult result, ChartTheme theme) {
        ReportContent content = ReportContent.forCharts(result.entries(), result.primaryIndex(), result.baselineIndex());
        // A stable LP's sample path carries the coin's price and the LP's value, named as the report names them.
        MarketLabels names = result instanceof com.alvh.workbench.scenario.DefiRunResult d
                ? com.alvh.workbench.report.ScenarioReportContent.labels(d) : labels;
        return ReportCharts.build(content, theme, false, names).stream()
                .map((ReportChart c) -> dashboardChart(c, result, theme)).toList();
    }

    /**
     * The report's chart, except that the overlaid distributions of more than two policies become small
     * multiples on screen (one panel per policy against the grey baseline): six overlaid histograms and
     * twelve VaR/CVaR lines cannot be told apart in a dashboard-sized chart. The report keeps its chart.
     */
    private NamedChart dashboardChart(ReportChart c, RunResult result, ChartTheme theme) {
        if (c.id().equals("pnl-distribution") && result.entries().size() > 2) {
            return new NamedChart("P&L distribution per policy", filePrefix + c.id(),
                    PnlSmallMultiplesChart.create(result.entries(), result.baselineIndex(), null, theme));
        }
        return new NamedChart(c.title(), filePrefix + c.id(), c.chart());
    }
}
