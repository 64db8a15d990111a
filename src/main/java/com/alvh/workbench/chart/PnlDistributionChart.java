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
 * The distribution of terminal P&amp;L per path (USD) as a histogram, with the 95 % value at risk
 * and expected shortfall (CVaR) drawn as vertical lines at {@code -VaR95} and {@code -CVaR95}.
 *
 * <p>One policy: filled bars, labelled VaR and CVaR lines. Several policies (hedged vs unhedged vs
 * presets, run on common random numbers): overlaid outlines over common bins, each policy's
 * VaR (dashed) and CVaR (dotted) lines in its own colour, explained in the legend.
 *
 * <p>Axes: P&amp;L in USD on x, share of paths in percent on y.
 */
public final class PnlDistributionChart {

    /** Label of the x axis. */
    public static final String DOMAIN_LABEL = "Terminal P&L per path (USD)";

    private PnlDistributionChart() {
    }

    /** One policy's distribution, titled "P&amp;L distribution: POLICY". */
    public static JFreeChart create(PolicyComparison.Entry entry, ChartTheme theme) {
        Objects.requireNonNull(entry, "entry");
        return create(List.of(entry), "P&L distribution: " + entry.summary().policyName(), theme);
    }

    /**
     * Overlaid distributions of several policies (at least one).
     *
     * @param entries the policies, in legend order; colours follow {@link ChartTheme#seriesColor(int)}
     * @param title the chart title, or {@code null}
     * @param theme the colours
     */
    public static JFreeChart create(List<PolicyComparison.Entry> entries, String title, ChartTheme theme) {
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(theme, "theme");
        int n = entries.size();
        boolean single = n == 1;
        List<LegendItem> styles = new ArrayList<>();
        Color neutral = theme.tickText();
        styles.add(HistogramPlot.markerLegend("VaR 95", ChartStyle.DASHED, single ? theme.loss() : neutral));
        styles.add(HistogramPlot.markerLegend("CVaR 95", ChartStyle.DOTTED, single ? theme.loss() : neutral));
        XYPlot plot = HistogramPlot.ofPolicies(entries, r -> r.pnl(), DOMAIN_LABEL, styles, theme);
        // The zero line first, so marker labels drawn later mask it where they cross.
        plot.addDomainMarker(ChartStyle.labelledMarker(0.0, null, theme.zeroLine(), ChartStyle.ZERO, true, theme));
        for (int i = 0; i < n; i++) {
            CampaignSummary s = entries.get(i).summary();
            Color c = single ? theme.loss() : theme.seriesColor(i);
            // Labels only when there is one policy: with several, the legend carries the meaning.
            String varLabel = single ? "VaR 95 " + ChartStyle.usd(s.valueAtRisk95()) : null;
            String cvarLabel = single ? "CVaR 95 " + ChartStyle.usd(s.expectedShortfall95()) : null;
            // CVaR >= VaR, so the CVaR line is left of the VaR line. Both labels run rightwards (the
            // left edge may be near), CVaR on the top row and VaR on the second; CVaR is added last
            // so its label's background masks the VaR line where the text crosses it.
            if (Double.isNaN(s.valueAtRisk95())) {
                continue; // one path (a replay): no tail to mark
            }
            plot.addDomainMarker(ChartStyle.labelledMarker(-s.valueAtRisk95(), varLabel, c, ChartStyle.DASHED,
                    true, 1, theme));
            plot.addDomainMarker(ChartStyle.labelledMarker(-s.expectedShortfall95(), cvarLabel, c,
                    ChartStyle.DOTTED, true, 0, theme));
        }
        int paths = entries.get(0).result().paths();
        String subtitle = ChartStyle.integerFormat().format(paths) + (paths == 1 ? " path" : " paths")
                + (single ? "" : " per policy, same market paths")
                + (paths == 1 ? "; VaR and CVaR need a distribution: n/a on one path" : "; lines at -VaR 95 and -CVaR 95");
        return ChartStyle.chart(plot, title, subtitle, true, theme);
    }
}
