package com.alvh.workbench.chart;

import com.alvh.workbench.sim.CampaignSummary;
import com.alvh.workbench.sim.PolicyComparison;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * The terminal P&amp;L distributions of several policies as small multiples: one panel per policy,
 * stacked on one shared P&amp;L axis and common bins, each with its own VaR 95 (dashed) and CVaR 95
 * (dotted) line, and the baseline's (unhedged) outline drawn thin and grey in every other panel, so
 * each policy reads against unhedged without six histograms and twelve lines on top of each other.
 *
 * <p>Axes: P&amp;L in USD on x (shared), share of paths in percent on each panel's y.
 */
public final class PnlSmallMultiplesChart {

    private PnlSmallMultiplesChart() {
    }

    /**
     * @param entries the policies (at least one), top to bottom; colours follow {@link ChartTheme#seriesColor(int)}
     * @param baselineIndex the entry drawn as the grey reference outline in the other panels, or -1
     * @param title the chart title, or {@code null}
     * @param theme the colours
     */
    public static JFreeChart create(List<PolicyComparison.Entry> entries, int baselineIndex, String title,
                                    ChartTheme theme) {
        Objects.requireNonNull(theme, "theme");
        if (Objects.requireNonNull(entries, "entries").isEmpty()) {
            throw new IllegalArgumentException("entries must not be empty");
        }
        if (baselineIndex < -1 || baselineIndex >= entries.size()) {
            throw new IllegalArgumentException("baselineIndex must be -1 or in 0.." + (entries.size() - 1) + ", was "
                    + baselineIndex);
        }
        int n = entries.size();
        double[][] samples = entries.stream().map(e -> e.result().pnl()).toArray(double[][]::new);
        Histogram h = Histogram.of(samples, HistogramPlot.BINS);
        NumberAxis x = new NumberAxis(PnlDistributionChart.DOMAIN_LABEL);
        x.setAutoRangeIncludesZero(false);
        x.setNumberFormatOverride(ChartStyle.usdFormat());
        x.setRange(h.edge(0) - h.width(), h.edge(h.bins()) + h.width());
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(x);
        plot.setGap(6);
        double top = 0.0;
        for (double[] p : h.percent()) {
            for (double v : p) {
                top = Math.max(top, v);
            }
        }
        Color reference = ChartStyle.withAlpha(theme.tickText(), 0.8);
        for (int i = 0; i < n; i++) {
            Color c = theme.seriesColor(i);
            DefaultXYDataset data = new DefaultXYDataset();
            data.addSeries(entries.get(i).summary().policyName(), h.outline(i));
            boolean withBaseline = baselineIndex >= 0 && baselineIndex != i;
            if (withBaseline) {
                data.addSeries("baseline", h.outline(baselineIndex));
            }
            XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
            lines.setAutoPopulateSeriesStroke(false);
            lines.setSeriesPaint(0, c);
            lines.setSeriesStroke(0, ChartStyle.THIN_LINE);
            lines.setSeriesPaint(1, reference);
            lines.setSeriesStroke(1, ChartStyle.THIN_LINE);
            XYAreaRenderer area = new XYAreaRenderer(XYAreaRenderer.AREA);
            area.setSeriesPaint(0, ChartStyle.withAlpha(c, 0.5));
            area.setSeriesVisible(1, false);
            NumberAxis y = new NumberAxis(n <= 3 ? "Share (%)" : null);
            y.setNumberFormatOverride(ChartStyle.percentFormat());
            y.setRange(0.0, top * 1.25);
            y.setTickLabelsVisible(n <= 3); // many thin panels: the shape and the lines carry it
            y.setTickMarksVisible(n <= 3);
            XYPlot panel = new XYPlot(data, null, y, lines);
            panel.setDataset(1, data);
            panel.setRenderer(1, area);
            ChartStyle.stylePlot(panel, theme);
            panel.setInsets(new org.jfree.chart.ui.RectangleInsets(2, 4, 2, 8));
            // The policy's name inside its panel, top left, in its colour (an axis label would not fit a thin panel).
            org.jfree.chart.annotations.XYTextAnnotation name = new org.jfree.chart.annotations.XYTextAnnotation(
                    entries.get(i).summary().policyName(), x.getLowerBound() + 0.01 * x.getRange().getLength(), top * 1.22);
            name.setTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_LEFT);
            name.setFont(ChartStyle.MARKER_FONT.deriveFont(java.awt.Font.BOLD));
            name.setPaint(c);
            panel.addAnnotation(name);
            CampaignSummary s = entries.get(i).summary();
            panel.addDomainMarker(ChartStyle.labelledMarker(0.0, null, theme.zeroLine(), ChartStyle.ZERO, true, theme));
            panel.addDomainMarker(ChartStyle.labelledMarker(-s.valueAtRisk95(), null, c, ChartStyle.DASHED, true, theme));
            panel.addDomainMarker(ChartStyle.labelledMarker(-s.expectedShortfall95(), null, c, ChartStyle.DOTTED, true,
                    theme));
            plot.add(panel, 1);
        }
        ChartStyle.stylePlot(plot, theme);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(HistogramPlot.markerLegend("VaR 95", ChartStyle.DASHED, theme.tickText()));
        legend.add(HistogramPlot.markerLegend("CVaR 95", ChartStyle.DOTTED, theme.tickText()));
        if (baselineIndex >= 0) {
            legend.add(new LegendItem(entries.get(baselineIndex).summary().policyName() + " (grey outline)", null, null,
                    null, new Line2D.Double(-10, 0, 10, 0), ChartStyle.THIN_LINE, reference));
        }
        plot.setFixedLegendItems(legend);
        int paths = entries.get(0).result().paths();
        String subtitle = ChartStyle.integerFormat().format(paths) + (paths == 1 ? " path" : " paths") + " per policy, same market paths; one panel per policy, shared P&L axis";
        return ChartStyle.chart(plot, title, subtitle, true, theme);
    }

}
