package com.alvh.workbench.chart;

import com.alvh.workbench.sim.CampaignSummary;
import com.alvh.workbench.sim.PolicyComparison;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Policies side by side on the dashboard's key numbers, as grouped bars (one group per metric,
 * one bar per policy, all in USD per path): mean terminal P&amp;L, VaR 95, CVaR 95, mean maximum
 * drawdown, 95th percentile of maximum drawdown, mean hedge cost. Risk numbers are positive
 * losses, so for them a shorter bar is better; for the mean P&amp;L a taller one is.
 */
public final class PolicyComparisonChart {

    /** The metric groups, in order. */
    public static final List<String> METRICS = List.of("Mean P&L", "VaR 95", "CVaR 95", "Mean max DD",
            "Max DD 95th pct", "Mean hedge cost");

    /** Label of the value axis. */
    public static final String RANGE_LABEL = "USD per path";

    private PolicyComparisonChart() {
    }

    /** The metric values of one summary, in {@link #METRICS} order (USD). */
    public static double[] metrics(CampaignSummary s) {
        return new double[] {s.pnl().mean(), s.valueAtRisk95(), s.expectedShortfall95(), s.meanMaxDrawdown(),
            s.maxDrawdown95(), s.meanHedgeCost()};
    }

    /**
     * @param entries the policies (at least one), in legend order
     * @param title the chart title, or {@code null}
     * @param theme the colours
     */
    public static JFreeChart create(List<PolicyComparison.Entry> entries, String title, ChartTheme theme) {
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(theme, "theme");
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("entries must not be empty");
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.setNotify(false); // filled in one batch; one change event at the end
        for (PolicyComparison.Entry e : entries) {
            double[] v = metrics(e.summary());
            for (int m = 0; m < v.length; m++) {
                // No bar where a figure does not exist (VaR and CVaR of one path).
                data.addValue(Double.isNaN(v[m]) ? null : v[m], e.summary().policyName(), METRICS.get(m));
            }
        }
        data.setNotify(true);
        CategoryAxis x = new CategoryAxis(null);
        x.setCategoryMargin(0.22);
        x.setMaximumCategoryLabelLines(2);
        x.setLowerMargin(0.02);
        x.setUpperMargin(0.02);
        NumberAxis y = new NumberAxis(RANGE_LABEL);
        y.setNumberFormatOverride(ChartStyle.usdFormat());
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setItemMargin(0.04);
        for (int i = 0; i < entries.size(); i++) {
            bars.setSeriesPaint(i, theme.seriesColor(i));
        }
        bars.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{0}, {1}: {2}", ChartStyle.usdFormat()));
        CategoryPlot plot = new CategoryPlot(data, x, y, bars);
        plot.setOrientation(PlotOrientation.VERTICAL);
        ChartStyle.stylePlot(plot, theme);
        plot.addRangeMarker(ChartStyle.zeroLine(theme));
        String subtitle = "Same market paths for every policy; risk figures are losses (lower is better)";
        return ChartStyle.chart(plot, title, subtitle, true, theme);
    }
}
