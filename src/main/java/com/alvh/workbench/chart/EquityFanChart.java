package com.alvh.workbench.chart;

import com.alvh.workbench.sim.CampaignResult;
import com.alvh.workbench.sim.PolicyComparison;
import java.util.List;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultIntervalXYDataset;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * The percentile fan of account equity per trading day (USD): a wide band from the 5th to the
 * 95th percentile, a narrow band from the 25th to the 75th, and the median as a line; optionally
 * a baseline policy's median (dashed) and 5th percentile (dotted) for comparison, and the starting
 * capital as a reference line.
 *
 * <p>Needs a result whose fan percentiles are 5, 25, 50, 75, 95 (what the campaign simulation
 * computes). Axes: trading day on x, equity in USD on y.
 */
public final class EquityFanChart {

    /** Label of the y axis. */
    public static final String RANGE_LABEL = "Account equity (USD)";

    private static final double[] EXPECTED = {5, 25, 50, 75, 95};

    private EquityFanChart() {
    }

    /**
     * The fan of one policy of a comparison, with another as the baseline; each is drawn in the
     * colour of its position in {@code entries} ({@link ChartTheme#seriesColor(int)}), as in the
     * other comparison charts.
     *
     * @param entries the compared policies
     * @param primary index of the policy whose fan is drawn
     * @param baseline index of the baseline policy (e.g. unhedged), or -1 for none
     * @param title the chart title, or {@code null}
     * @param theme the colours
     * @throws IllegalArgumentException if an index is out of range or a result's fan percentiles are
     *     not 5, 25, 50, 75, 95
     */
    public static JFreeChart create(List<PolicyComparison.Entry> entries, int primary, int baseline, String title,
                                    ChartTheme theme) {
        Objects.requireNonNull(entries, "entries");
        if (primary < 0 || primary >= entries.size()) {
            throw new IllegalArgumentException("primary must be in 0.." + (entries.size() - 1) + ", was " + primary);
        }
        if (baseline < -1 || baseline >= entries.size() || baseline == primary) {
            throw new IllegalArgumentException("baseline must be -1 or another index in 0.." + (entries.size() - 1)
                    + ", was " + baseline);
        }
        return create(entries.get(primary).result(), primary,
                baseline < 0 ? null : entries.get(baseline).result(), Math.max(0, baseline), title, theme);
    }

    /**
     * @param result the policy to draw, in {@link ChartTheme#seriesColor(int) seriesColor(colour)}
     * @param colour the palette index of {@code result}
     * @param baseline a policy to compare with (e.g. unhedged), or {@code null}
     * @param baselineColour the palette index of {@code baseline}
     * @param title the chart title, or {@code null}
     * @param theme the colours
     * @throws IllegalArgumentException if a result's fan percentiles are not 5, 25, 50, 75, 95
     */
    public static JFreeChart create(CampaignResult result, int colour, CampaignResult baseline, int baselineColour,
                                    String title, ChartTheme theme) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(theme, "theme");
        checkPercentiles(result);
        double[][] fan = result.equityFan();
        int n = fan[0].length;
        double[] x = new double[n];
        for (int t = 0; t < n; t++) {
            x[t] = t;
        }
        // Each band is an interval series around the median: {x, xLo, xHi, y, yLo, yHi}.
        DefaultIntervalXYDataset bands = new DefaultIntervalXYDataset();
        bands.addSeries("5th to 95th percentile", new double[][] {x, x, x, fan[2], fan[0], fan[4]});
        bands.addSeries("25th to 75th percentile", new double[][] {x, x, x, fan[2], fan[1], fan[3]});
        Color c = theme.seriesColor(colour);
        DeviationRenderer band = new DeviationRenderer(true, false);
        band.setAlpha(1.0f);
        band.setSeriesFillPaint(0, ChartStyle.withAlpha(c, 0.16));
        band.setSeriesFillPaint(1, ChartStyle.withAlpha(c, 0.32));
        band.setSeriesPaint(0, ChartStyle.withAlpha(c, 0.0)); // the median line is drawn once, below
        band.setSeriesPaint(1, ChartStyle.withAlpha(c, 0.0));

        DefaultXYDataset lines = new DefaultXYDataset();
        lines.addSeries("Median " + result.policyName(), new double[][] {x, fan[2]});
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        lineRenderer.setAutoPopulateSeriesStroke(false);
        lineRenderer.setSeriesPaint(0, c);
        lineRenderer.setSeriesStroke(0, ChartStyle.LINE);
        Color b = theme.seriesColor(baselineColour);
        if (baseline != null) {
            checkPercentiles(baseline);
            double[][] base = baseline.equityFan();
            double[] bx = new double[base[0].length];
            for (int t = 0; t < bx.length; t++) {
                bx[t] = t;
            }
            lines.addSeries("Median " + baseline.policyName(), new double[][] {bx, base[2]});
            lines.addSeries("5th pct " + baseline.policyName(), new double[][] {bx, base[0]});
            lineRenderer.setSeriesPaint(1, b);
            lineRenderer.setSeriesStroke(1, ChartStyle.DASHED);
            lineRenderer.setSeriesPaint(2, b);
            lineRenderer.setSeriesStroke(2, ChartStyle.DOTTED);
        }
        lineRenderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}: day {1} \u2192 {2}",
                ChartStyle.integerFormat(), ChartStyle.usdFormat()));

        NumberAxis xAxis = new NumberAxis(ChartStyle.TRADING_DAY_LABEL);
        xAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        xAxis.setLowerMargin(0.0);
        xAxis.setUpperMargin(0.0);
        NumberAxis yAxis = new NumberAxis(RANGE_LABEL);
        yAxis.setAutoRangeIncludesZero(false);
        yAxis.setNumberFormatOverride(ChartStyle.usdFormat());
        XYPlot plot = new XYPlot(lines, xAxis, yAxis, lineRenderer);
        plot.setDataset(1, bands);
        plot.setRenderer(1, band);
        ChartStyle.stylePlot(plot, theme);
        ValueMarker capital = new ValueMarker(result.capital(), theme.zeroLine(), ChartStyle.ZERO);
        plot.addRangeMarker(capital);

        LegendItemCollection legend = new LegendItemCollection();
        Rectangle2D box = new Rectangle2D.Double(-7, -5, 14, 10);
        legend.add(new LegendItem("5th\u201395th pct", null, null, null, box, ChartStyle.withAlpha(c, 0.16)));
        legend.add(new LegendItem("25th\u201375th pct", null, null, null, box, ChartStyle.withAlpha(c, 0.32)));
        legend.add(new LegendItem("Median " + result.policyName(), null, null, null,
                new Line2D.Double(-10, 0, 10, 0), ChartStyle.LINE, c));
        if (baseline != null) {
            legend.add(new LegendItem("Median " + baseline.policyName(), null, null, null,
                    new Line2D.Double(-10, 0, 10, 0), ChartStyle.DASHED, b));
            legend.add(new LegendItem("5th pct " + baseline.policyName(), null, null, null,
                    new Line2D.Double(-10, 0, 10, 0), ChartStyle.DOTTED, b));
        }
        plot.setFixedLegendItems(legend);
        int paths = result.fanSampleSize();
        String subtitle = result.policyName() + ": percentiles over "
                + ChartStyle.integerFormat().format(paths) + (paths == 1 ? " path" : " paths") + "; grey line = starting capital "
                + ChartStyle.usd(result.capital());
        return ChartStyle.chart(plot, title, subtitle, true, theme);
    }

    private static void checkPercentiles(CampaignResult r) {
        if (!java.util.Arrays.equals(r.fanPercentiles(), EXPECTED)) {
            throw new IllegalArgumentException("equity fan of '" + r.policyName()
                    + "' must hold percentiles 5, 25, 50, 75, 95, held " + java.util.Arrays.toString(r.fanPercentiles()));
        }
    }
}
