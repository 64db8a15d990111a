package com.alvh.workbench.chart;

import com.alvh.workbench.sim.CampaignResult;
import java.awt.Color;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * The underwater curve of the sample paths: equity minus its running peak at each trading day
 * (USD, zero or negative). The path whose drawdown goes deepest is drawn bold in the loss colour,
 * the others thin.
 *
 * <p>Axes: trading day on x (0 is the start), drawdown in USD on y.
 */
public final class UnderwaterChart {

    /** Label of the y axis. */
    public static final String RANGE_LABEL = "Drawdown from peak (USD)";

    private UnderwaterChart() {
    }

    /**
     * The drawdown curve of an equity series: {@code equity[t] - max(equity[0..t])} (USD, &le; 0).
     *
     * @param equity equity per step (USD)
     * @return a new array of the same length
     */
    public static double[] underwater(double[] equity) {
        double[] out = new double[equity.length];
        double peak = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < equity.length; t++) {
            peak = Math.max(peak, equity[t]);
            out[t] = equity[t] - peak;
        }
        return out;
    }

    /**
     * @param result a campaign result with sample paths (if it has none the chart says so)
     * @param title the chart title, or {@code null}
     * @param theme the colours
     */
    public static JFreeChart create(CampaignResult result, String title, ChartTheme theme) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(theme, "theme");
        List<CampaignResult.SamplePath> samples = result.samples();
        DefaultXYDataset data = new DefaultXYDataset();
        int deepest = -1;
        double deepestValue = 0.0;
        for (int i = 0; i < samples.size(); i++) {
            double[] y = underwater(samples.get(i).equity());
            double[] x = new double[y.length];
            double min = 0.0;
            for (int t = 0; t < y.length; t++) {
                x[t] = t;
                min = Math.min(min, y[t]);
            }
            if (min < deepestValue) {
                deepestValue = min;
                deepest = i;
            }
            data.addSeries("Path " + samples.get(i).pathIndex(), new double[][] {x, y});
        }
        NumberAxis x = new NumberAxis(ChartStyle.TRADING_DAY_LABEL);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(true);
        x.setLowerMargin(0.0);
        x.setUpperMargin(0.0);
        NumberAxis y = new NumberAxis(RANGE_LABEL);
        y.setNumberFormatOverride(ChartStyle.usdFormat());
        y.setAutoRangeIncludesZero(true);

        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        lines.setAutoPopulateSeriesStroke(false);
        Color quiet = ChartStyle.withAlpha(theme.seriesColor(0), 0.55);
        for (int i = 0; i < samples.size(); i++) {
            boolean bold = i == deepest;
            lines.setSeriesPaint(i, bold ? theme.loss() : quiet);
            lines.setSeriesStroke(i, bold ? ChartStyle.LINE : ChartStyle.THIN_LINE);
        }
        lines.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}: day {1} \u2192 {2}",
                ChartStyle.integerFormat(), ChartStyle.usdFormat()));
        XYPlot plot = new XYPlot(data, x, y, lines);
        ChartStyle.stylePlot(plot, theme);
        plot.addRangeMarker(ChartStyle.zeroLine(theme));
        plot.setNoDataMessage("No sample paths kept");
        String subtitle = result.policyName() + ": " + samples.size() + " sample paths"
                + (deepest >= 0 ? "; deepest (path " + samples.get(deepest).pathIndex() + ", "
                + ChartStyle.usd(deepestValue) + ") in bold" : "");
        return ChartStyle.chart(plot, title, subtitle, false, theme);
    }
}
