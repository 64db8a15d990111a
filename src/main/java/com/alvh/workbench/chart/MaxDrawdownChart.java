package com.alvh.workbench.chart;

import com.alvh.workbench.sim.CampaignSummary;
import com.alvh.workbench.sim.PolicyComparison;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.plot.XYPlot;

/**
 * The distribution over paths of the maximum drawdown (largest peak-to-trough fall of equity,
 * USD, positive), one histogram per policy over common bins, with each policy's mean (dashed)
 * and 95th percentile (dotted) marked.
 *
 * <p>Axes: maximum drawdown in USD on x, share of paths in percent on y.
 */
public final class MaxDrawdownChart {

    /** Label of the x axis. */
    public static final String DOMAIN_LABEL = "Maximum drawdown per path (USD)";

    private MaxDrawdownChart() {
    }

    /**
     * @param entries the policies (at least one), in legend order
     * @param title the chart title, or {@code null}
     * @param theme the colours
     */
    public static JFreeChart create(List<PolicyComparison.Entry> entries, String title, ChartTheme theme) {
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(theme, "theme");
        int n = entries.size();
        boolean single = n == 1;
        List<LegendItem> styles = new ArrayList<>();
        Color neutral = single ? theme.loss() : theme.tickText();
        styles.add(HistogramPlot.markerLegend("Mean", ChartStyle.DASHED, neutral));
        styles.add(HistogramPlot.markerLegend("95th percentile", ChartStyle.DOTTED, neutral));
        XYPlot plot = HistogramPlot.ofPolicies(entries, r -> r.maxDrawdown(), DOMAIN_LABEL, styles, theme);
        for (int i = 0; i < n; i++) {
            CampaignSummary s = entries.get(i).summary();
            Color c = single ? theme.loss() : theme.seriesColor(i);
            // The mean is left of the 95th percentile; its label (second row) is drawn last so it
            // masks the 95th-percentile line where it crosses it.
            plot.addDomainMarker(ChartStyle.labelledMarker(s.maxDrawdown95(),
                    single ? "95th pct " + ChartStyle.usd(s.maxDrawdown95()) : null, c, ChartStyle.DOTTED, true, 0, theme));
            plot.addDomainMarker(ChartStyle.labelledMarker(s.meanMaxDrawdown(),
                    single ? "Mean " + ChartStyle.usd(s.meanMaxDrawdown()) : null, c, ChartStyle.DASHED, true, 1, theme));
        }
        String subtitle = ChartStyle.integerFormat().format(entries.get(0).result().paths())
                + (entries.get(0).result().paths() == 1 ? " path" : " paths")
                + (single ? "" : " per policy, same market paths") + "; drawdown from the running peak of equity";
        return ChartStyle.chart(plot, title, subtitle, true, theme);
    }
}
