package com.alvh.workbench.chart;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.util.List;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * The plot shared by the histogram charts: one outline per sample over common bins, with a
 * translucent fill, and a legend built by hand so it can also explain the marker line styles.
 */
final class HistogramPlot {

    /** Bins of a results histogram: fine enough to show the tail, coarse enough at 2,000 paths. */
    static final int BINS = 60;

    private HistogramPlot() {
    }

    /**
     * One histogram per policy of a per-path quantity (P&amp;L, maximum drawdown), USD on the domain.
     *
     * @param entries the policies (at least one), in legend order
     * @param perPath the quantity, one value per path
     * @param xLabel domain axis label with its unit
     * @param markerStyles legend lines explaining the markers the caller adds
     * @throws IllegalArgumentException if there is no entry
     */
    static XYPlot ofPolicies(List<com.alvh.workbench.sim.PolicyComparison.Entry> entries,
                             java.util.function.Function<com.alvh.workbench.sim.CampaignResult, double[]> perPath,
                             String xLabel, List<LegendItem> markerStyles, ChartTheme theme) {
        java.util.Objects.requireNonNull(theme, "theme");
        if (java.util.Objects.requireNonNull(entries, "entries").isEmpty()) {
            throw new IllegalArgumentException("entries must not be empty");
        }
        List<String> names = entries.stream().map(e -> e.summary().policyName()).toList();
        double[][] samples = entries.stream().map(e -> perPath.apply(e.result())).toArray(double[][]::new);
        return create(names, samples, xLabel, true, markerStyles, theme);
    }

    /**
     * @param names one name per sample (legend)
     * @param samples the values (unit of {@code xLabel})
     * @param xLabel domain axis label with its unit
     * @param usdAxis whether the domain is USD (formats ticks as {@code $12,500})
     * @param markerStyles legend lines explaining the markers the caller adds, may be empty
     */
    static XYPlot create(List<String> names, double[][] samples, String xLabel, boolean usdAxis,
                         List<LegendItem> markerStyles, ChartTheme theme) {
        Histogram h = Histogram.of(samples, BINS);
        DefaultXYDataset data = new DefaultXYDataset();
        for (int s = 0; s < samples.length; s++) {
            data.addSeries(names.get(s), h.outline(s));
        }
        NumberAxis x = new NumberAxis(xLabel);
        x.setAutoRangeIncludesZero(false);
        if (usdAxis) {
            x.setNumberFormatOverride(ChartStyle.usdFormat());
        }
        x.setRange(h.edge(0) - h.width(), h.edge(h.bins()) + h.width());
        NumberAxis y = new NumberAxis("Share of paths (%)");
        y.setNumberFormatOverride(ChartStyle.percentFormat());
        y.setUpperMargin(0.12); // room for the marker labels at the top

        boolean single = samples.length == 1;
        XYAreaRenderer area = new XYAreaRenderer(XYAreaRenderer.AREA);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        lines.setAutoPopulateSeriesStroke(false);
        lines.setDefaultStroke(single ? ChartStyle.THIN_LINE : ChartStyle.LINE);
        LegendItemCollection legend = new LegendItemCollection();
        for (int s = 0; s < samples.length; s++) {
            Color c = theme.seriesColor(s);
            area.setSeriesPaint(s, ChartStyle.withAlpha(c, single ? 0.55 : 0.12));
            lines.setSeriesPaint(s, c);
            lines.setSeriesStroke(s, single ? ChartStyle.THIN_LINE : ChartStyle.LINE);
            LegendItem item = new LegendItem(names.get(s), null, null, null,
                    new Line2D.Double(-8, 0, 8, 0), ChartStyle.LINE, c);
            legend.add(item);
        }
        lines.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}: {1} \u2192 {2}",
                usdAxis ? ChartStyle.usdFormat() : ChartStyle.pointsFormat(), ChartStyle.percentFormat()));
        for (LegendItem item : markerStyles) {
            legend.add(item);
        }
        XYPlot plot = new XYPlot(data, x, y, lines);
        plot.setDataset(1, data);
        plot.setRenderer(1, area);
        ChartStyle.stylePlot(plot, theme);
        plot.setFixedLegendItems(legend);
        return plot;
    }

    /** A legend line in a marker's stroke, for "VaR 95" and the like. */
    static LegendItem markerLegend(String label, java.awt.Stroke stroke, Color color) {
        return new LegendItem(label, null, null, null, new Line2D.Double(-10, 0, 10, 0), stroke, color);
    }
}
