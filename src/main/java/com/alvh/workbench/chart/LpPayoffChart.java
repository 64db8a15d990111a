package com.alvh.workbench.chart;

import com.alvh.workbench.defi.LpPayoff;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;

import java.util.Locale;
import java.util.Objects;

/**
 * The live payoff of a DeFi liquidity position: the LP's value against the price of the volatile
 * token, the value of simply holding the deposit, the price range of a concentrated position
 * shaded, and the entry price marked. The gap between the two curves is the impermanent loss.
 */
public final class LpPayoffChart {

    /** Series key of the LP value. */
    public static final String LP_KEY = "LP value";
    /** Series key of the hold value. */
    public static final String HOLD_KEY = "Hold the deposit";

    private LpPayoffChart() {
    }

    /**
     * @param payoff the curves (from {@link LpPayoff#of})
     * @param title the title, or {@code null}
     * @param theme the colours
     * @return the chart
     */
    public static JFreeChart create(LpPayoff payoff, String title, ChartTheme theme) {
        Objects.requireNonNull(payoff, "payoff");
        Objects.requireNonNull(theme, "theme");
        double[] p = payoff.prices();
        DefaultXYDataset data = new DefaultXYDataset();
        data.addSeries(LP_KEY, new double[][] {p, payoff.value()});
        data.addSeries(HOLD_KEY, new double[][] {p, payoff.hold()});
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setAutoPopulateSeriesStroke(false);
        renderer.setSeriesPaint(0, theme.expiry());
        renderer.setSeriesStroke(0, ChartStyle.LINE);
        renderer.setSeriesPaint(1, theme.horizon());
        renderer.setSeriesStroke(1, ChartStyle.DASHED);
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}: price {1} \u2192 {2}",
                ChartStyle.pointsFormat(), ChartStyle.usdFormat()));
        NumberAxis x = new NumberAxis("Price of the volatile token (USD)");
        x.setAutoRangeIncludesZero(false);
        x.setRange(p[0], p[p.length - 1]);
        x.setNumberFormatOverride(ChartStyle.pointsFormat());
        NumberAxis y = new NumberAxis("Position value (USD)");
        y.setAutoRangeIncludesZero(false);
        y.setNumberFormatOverride(ChartStyle.usdFormat());
        XYPlot plot = new XYPlot(data, x, y, renderer);
        ChartStyle.stylePlot(plot, theme);
        boolean concentrated = payoff.lower() > 0 || Double.isFinite(payoff.upper());
        if (concentrated) {
            double lo = Math.max(payoff.lower(), p[0]);
            double hi = Double.isFinite(payoff.upper()) ? Math.min(payoff.upper(), p[p.length - 1]) : p[p.length - 1];
            IntervalMarker range = new IntervalMarker(lo, hi, ChartStyle.withAlpha(theme.spot(), 0.10));
            range.setLabel(String.format(Locale.ROOT, "range %s - %s", ChartStyle.pointsFormat().format(payoff.lower()),
                    Double.isFinite(payoff.upper()) ? ChartStyle.pointsFormat().format(payoff.upper()) : "\u221e"));
            range.setLabelFont(ChartStyle.MARKER_FONT);
            range.setLabelPaint(theme.tickText());
            range.setLabelAnchor(RectangleAnchor.TOP);
            range.setLabelTextAnchor(TextAnchor.TOP_CENTER);
            plot.addDomainMarker(range, Layer.BACKGROUND);
        }
        ValueMarker entry = new ValueMarker(payoff.entryPrice(), theme.spot(), ChartStyle.THIN_LINE);
        entry.setLabel("entry " + ChartStyle.pointsFormat().format(payoff.entryPrice()));
        entry.setLabelFont(ChartStyle.MARKER_FONT);
        entry.setLabelPaint(theme.spot());
        entry.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        entry.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addDomainMarker(entry);
        String subtitle = concentrated ? "Concentrated liquidity: all in the volatile token below the range, all in "
                + "the stable token above it" : "Full range (constant product): value 2 sqrt(L^2 P)";
        return ChartStyle.chart(plot, title, subtitle, true, theme);
    }
}
