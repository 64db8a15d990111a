package com.alvh.workbench.ui.results;

import com.alvh.workbench.ui.common.NamedChart;

import com.alvh.workbench.chart.ChartTheme;
import com.alvh.workbench.report.ReportChart;
import com.alvh.workbench.report.ReportCharts;
import com.alvh.workbench.report.ReportContent;
import com.alvh.workbench.sim.PolicyComparison;

import java.util.List;

/**
 * The results dashboard's charts, built by the same builders as the report ({@link ReportCharts}),
 * so the dashboard and the report show the same pictures: P&amp;L distributions, equity fan,
 * underwater curves, maximum drawdown, the VIX path with layer triggers, the policy comparison and
 * the per-layer cost/benefit. The first policy is the one under study; the unhedged run, if there is
 * one, is the baseline.
 */
public final class ReportResultCharts implements ResultCharts {

    @Override
    public List<NamedChart> charts(ComparisonResult result, ChartTheme theme) {
        List<PolicyComparison.Entry> entries = result.entries();
        ReportContent content = ReportContent.forCharts(entries, 0, ReportContent.unhedgedIndex(entries));
        return ReportCharts.build(content, theme, false).stream()
                .map((ReportChart c) -> new NamedChart(c.title(), "chart-" + c.id(), c.chart())).toList();
    }
}
