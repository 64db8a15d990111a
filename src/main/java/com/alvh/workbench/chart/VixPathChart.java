package com.alvh.workbench.chart;

import com.alvh.workbench.sim.CampaignResult;
import java.awt.Color;
import java.awt.Shape;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * One sample path's VIX per trading day with the moments each hedge layer entered: one marker
 * series per layer (a distinct shape and colour each, named in the legend) placed on the VIX line
 * at the entry step. The SPX of the same path is drawn faintly against a right-hand axis for
 * context.
 *
 * <p>Axes: trading day on x, VIX in index points on the left, SPX in index points on the right.
 */
public final class VixPathChart {

    /** Label of the left axis. */
    public static final String VIX_LABEL = "VIX (index points)";

    /** Label of the right axis. */
    public static final String SPX_LABEL = "SPX (index points)";

    private VixPathChart() {
    }

    /**
     * The sample path with the most layer entries (the first such path on a tie): the most
     * telling one to show. 0 when there are no entries or no layers.
     *
     * @param result a result with at least one sample path
     */
    public static int busiestSample(CampaignResult result) {
        int best = 0;
        int bestCount = -1;
        List<CampaignResult.SamplePath> samples = result.samples();
        for (int i = 0; i < samples.size(); i++) {
            int count = 0;
            for (List<Integer> steps : samples.get(i).layerEntrySteps()) {
                count += steps.size();
            }
            if (count > bestCount) {
                best = i;
                bestCount = count;
            }
        }
        return best;
    }

    /**
     * @param result the policy's result
     * @param sample index into {@link CampaignResult#samples()}
     * @param title the chart title, or {@code null}
     * @param theme the colours
     * @throws IllegalArgumentException if {@code sample} is out of range
     */
    public static JFreeChart create(CampaignResult result, int sample, String title, ChartTheme theme) {
        return create(result, sample, title, theme, MarketLabels.EQUITY);
    }

    /**
     * The same chart with other series names (a DeFi path carries realised vol and the asset price).
     *
     * @param labels what the volatility and price series are called
     */
    public static JFreeChart create(CampaignResult result, int sample, String title, ChartTheme theme,
                                    MarketLabels labels) {
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(theme, "theme");
        if (sample < 0 || sample >= result.samples().size()) {
            throw new IllegalArgumentException("sample must be in 0.." + (result.samples().size() - 1)
                    + ", was " + sample);
        }
        CampaignResult.SamplePath path = result.samples().get(sample);
        double[] vix = path.vix();
        double[] x = new double[vix.length];
        for (int t = 0; t < x.length; t++) {
            x[t] = t;
        }
        DefaultXYDataset vixData = new DefaultXYDataset();
        vixData.addSeries(labels.volName(), new double[][] {x, vix});
        int layers = path.layerEntrySteps().size();
        Shape[] shapes = DefaultDrawingSupplier.createStandardSeriesShapes();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setAutoPopulateSeriesStroke(false);
        renderer.setAutoPopulateSeriesShape(false);
        renderer.setSeriesPaint(0, theme.text());
        renderer.setSeriesStroke(0, ChartStyle.LINE);
        renderer.setSeriesShapesVisible(0, false);
        int entries = 0;
        for (int l = 0; l < layers; l++) {
            List<Integer> steps = path.layerEntrySteps().get(l);
            double[] ex = new double[steps.size()];
            double[] ey = new double[steps.size()];
            for (int k = 0; k < ex.length; k++) {
                int t = steps.get(k);
                ex[k] = t;
                ey[k] = vix[t];
            }
            entries += ex.length;
            String name = l < result.layerNames().size() ? result.layerNames().get(l) : "Layer " + (l + 1);
            vixData.addSeries(name + " entry", new double[][] {ex, ey});
            int s = l + 1;
            Color c = theme.seriesColor(l);
            renderer.setSeriesLinesVisible(s, false);
            renderer.setSeriesShapesVisible(s, true);
            renderer.setSeriesShape(s, enlarge(shapes[l % shapes.length], 1.6));
            renderer.setSeriesPaint(s, c);
            renderer.setSeriesFillPaint(s, c);
        }
        renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}: day {1}, " + labels.volName() + " {2}",
                ChartStyle.integerFormat(), ChartStyle.oneDecimalFormat()));

        NumberAxis xAxis = new NumberAxis(labels == MarketLabels.EQUITY ? ChartStyle.TRADING_DAY_LABEL : labels.stepAxis());
        xAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        xAxis.setLowerMargin(0.01);
        xAxis.setUpperMargin(0.01);
        NumberAxis vixAxis = new NumberAxis(labels.volAxis());
        vixAxis.setAutoRangeIncludesZero(false);
        // Whole-number ticks, and a range of at least two points: a nearly flat series (realised vol
        // before its window fills) would otherwise get fractional ticks that all print as the same integer.
        if (java.util.Arrays.stream(path.vix()).filter(Double::isFinite).max().orElse(100.0) < 5.0) {
            // A price near 1 (a stablecoin through a depeg): decimal ticks, never an integer-only axis.
            vixAxis.setStandardTickUnits(NumberAxis.createStandardTickUnits());
            vixAxis.setNumberFormatOverride(new java.text.DecimalFormat("0.00", java.text.DecimalFormatSymbols.getInstance(
                    java.util.Locale.ROOT)));
        } else {
            vixAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            vixAxis.setAutoRangeMinimumSize(2.0);
            vixAxis.setNumberFormatOverride(ChartStyle.integerFormat());
        }
        XYPlot plot = new XYPlot(vixData, xAxis, vixAxis, renderer);

        DefaultXYDataset spxData = new DefaultXYDataset();
        spxData.addSeries(labels.spotName() + " (right axis)", new double[][] {x, path.spot()});
        NumberAxis spxAxis = new NumberAxis(labels.spotAxis());
        spxAxis.setAutoRangeIncludesZero(false);
        spxAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        spxAxis.setAutoRangeMinimumSize(2.0);
        spxAxis.setNumberFormatOverride(ChartStyle.integerFormat());
        XYLineAndShapeRenderer spxRenderer = new XYLineAndShapeRenderer(true, false);
        spxRenderer.setSeriesPaint(0, ChartStyle.withAlpha(theme.tickText(), 0.6));
        spxRenderer.setSeriesStroke(0, ChartStyle.THIN_LINE);
        spxRenderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}: day {1}, " + labels.spotName() + " {2}",
                ChartStyle.integerFormat(), ChartStyle.pointsFormat()));
        plot.setRangeAxis(1, spxAxis);
        plot.setDataset(1, spxData);
        plot.setRenderer(1, spxRenderer);
        plot.mapDatasetToRangeAxis(1, 1);
        ChartStyle.stylePlot(plot, theme);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.REVERSE);

        String subtitle = result.policyName() + ", sample path " + path.pathIndex() + ": " + entries
                + (entries == 1 ? " layer entry" : " layer entries") + " marked on the " + labels.volName() + " line";
        return ChartStyle.chart(plot, title, subtitle, true, theme);
    }

    private static Shape enlarge(Shape shape, double factor) {
        return java.awt.geom.AffineTransform.getScaleInstance(factor, factor).createTransformedShape(shape);
    }
}
