package com.alvh.workbench.ui.playback;

import com.alvh.workbench.chart.ChartTheme;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * The playback chart: SPX and VIX (two axes) on top, account equity in the middle, and a lane per
 * position below (the condor and each hedge layer drawn where it is on), with a cursor on the day
 * shown. A view helper of the Playback tab; it reads {@link PlaybackData} and knows nothing of the
 * engine. Dates are UTC midnight on a {@link DateAxis}.
 */
public final class PlaybackChart {

    static final String SPX_KEY = "SPX";
    static final String VIX_KEY = "VIX";
    static final String EQUITY_KEY = "Equity";

    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final BasicStroke LINE = new BasicStroke(2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke LANE = new BasicStroke(9.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
    private static final BasicStroke CURSOR = new BasicStroke(1.6f);

    private PlaybackChart() {
    }

    public static double millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** The chart for {@code data} with the cursor on day {@code position}. */
    static JFreeChart create(PlaybackData data, int position, ChartTheme theme) {
        int n = data.days();
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = millis(data.dates()[i]);
        }
        DateAxis time = new DateAxis("Date");
        time.setTimeZone(TimeZone.getTimeZone("UTC"));
        time.setLowerMargin(0.01);
        time.setUpperMargin(0.01);
        style(time, theme);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        plot.setGap(10);
        plot.setBackgroundPaint(theme.background());
        plot.setOutlineVisible(false);

        // Market: SPX on the left axis, VIX on the right.
        DefaultXYDataset spx = new DefaultXYDataset();
        spx.addSeries(SPX_KEY, new double[][] {x, data.spx()});
        NumberAxis spxAxis = numberAxis("SPX", theme, new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US)));
        XYPlot market = subplot(spx, spxAxis, line(theme.expiry(), "{0} {1}: {2}"), theme);
        DefaultXYDataset vix = new DefaultXYDataset();
        vix.addSeries(VIX_KEY, new double[][] {x, data.vix()});
        NumberAxis vixAxis = numberAxis("VIX", theme, new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.US)));
        market.setRangeAxis(1, vixAxis);
        market.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        market.setDataset(1, vix);
        market.mapDatasetToRangeAxis(1, 1);
        market.setRenderer(1, line(theme.horizon(), "{0} {1}: {2}"));
        plot.add(market, 3);

        // Equity.
        DefaultXYDataset equity = new DefaultXYDataset();
        equity.addSeries(EQUITY_KEY, new double[][] {x, data.equity()});
        NumberAxis equityAxis = numberAxis("Equity (USD)", theme,
                new DecimalFormat("$#,##0", DecimalFormatSymbols.getInstance(Locale.US)));
        XYPlot account = subplot(equity, equityAxis, line(theme.spot(), "{0} {1}: {2}"), theme);
        ValueMarker capital = new ValueMarker(data.capital(), theme.zeroLine(), new BasicStroke(1.0f,
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
        account.addRangeMarker(capital);
        plot.add(account, 2);

        // Lanes: the condor and each layer, drawn where on (NaN gaps where off).
        int lanes = data.layerNames().size() + 1;
        String[] names = new String[lanes];
        names[0] = "Iron condor";
        DefaultXYDataset on = new DefaultXYDataset();
        on.addSeries(names[0], new double[][] {x, lane(data.condorOpen(), 0)});
        for (int l = 0; l < data.layerNames().size(); l++) {
            names[l + 1] = data.layerNames().get(l);
            on.addSeries(names[l + 1], new double[][] {x, lane(data.layerOpen()[l], l + 1)});
        }
        SymbolAxis laneAxis = new SymbolAxis(null, names);
        laneAxis.setGridBandsVisible(false);
        laneAxis.setInverted(true);
        laneAxis.setLowerMargin(0.0);
        laneAxis.setUpperMargin(0.0);
        laneAxis.setRange(-0.6, lanes - 0.4);
        style(laneAxis, theme);
        XYLineAndShapeRenderer laneRenderer = new XYLineAndShapeRenderer(true, false);
        laneRenderer.setAutoPopulateSeriesStroke(false);
        laneRenderer.setDefaultStroke(LANE);
        Color[] palette = {theme.expiry(), theme.horizon(), theme.breakEven(), theme.spot(), theme.tickText()};
        for (int s = 0; s < lanes; s++) {
            laneRenderer.setSeriesPaint(s, palette[s % palette.length]);
            laneRenderer.setSeriesStroke(s, LANE);
        }
        laneRenderer.setDefaultSeriesVisibleInLegend(false);
        XYPlot positions = subplot(on, laneAxis, laneRenderer, theme);
        positions.setRangeGridlinesVisible(false);
        plot.add(positions, Math.max(1, (lanes + 1) / 2));

        for (XYPlot p : plot.getSubplots()) {
            p.addDomainMarker(cursor(x[Math.max(0, Math.min(n - 1, position))], theme));
        }

        JFreeChart chart = new JFreeChart(null, TITLE_FONT, plot, true);
        TextTitle title = new TextTitle(data.episode().label() + " \u2014 " + data.policyName()
                + " policy on the real SPX and VIX closes", TITLE_FONT);
        title.setPaint(theme.text());
        chart.setTitle(title);
        chart.setBackgroundPaint(theme.background());
        chart.setPadding(new RectangleInsets(8, 8, 8, 8));
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(LABEL_FONT);
        legend.setItemPaint(theme.text());
        legend.setBackgroundPaint(theme.background());
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.BOTTOM);
        return chart;
    }

    /** Moves the cursor of every subplot to {@code date}, with one redraw. */
    static void moveCursor(JFreeChart chart, LocalDate date) {
        double x = millis(date);
        chart.setNotify(false);
        try {
            for (XYPlot p : ((CombinedDomainXYPlot) chart.getPlot()).getSubplots()) {
                for (Object m : p.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)) {
                    ((ValueMarker) m).setValue(x);
                }
            }
        } finally {
            chart.setNotify(true);
        }
    }

    /** The cursor's position (epoch ms), for tests. */
    public static double cursor(JFreeChart chart) {
        XYPlot first = ((CombinedDomainXYPlot) chart.getPlot()).getSubplots().get(0);
        return ((ValueMarker) first.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).iterator().next()).getValue();
    }

    private static double[] lane(boolean[] open, int index) {
        double[] y = new double[open.length];
        for (int i = 0; i < open.length; i++) {
            y[i] = open[i] ? index : Double.NaN;
        }
        return y;
    }

    private static ValueMarker cursor(double x, ChartTheme theme) {
        return new ValueMarker(x, theme.breakEven(), CURSOR);
    }

    private static XYPlot subplot(DefaultXYDataset data, ValueAxis axis, XYLineAndShapeRenderer renderer,
                                  ChartTheme theme) {
        XYPlot p = new XYPlot(data, null, axis, renderer);
        p.setBackgroundPaint(theme.plotBackground());
        p.setOutlineVisible(false);
        p.setDomainGridlinePaint(theme.gridline());
        p.setRangeGridlinePaint(theme.gridline());
        p.setDomainGridlineStroke(new BasicStroke(1.0f));
        p.setRangeGridlineStroke(new BasicStroke(1.0f));
        p.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return p;
    }

    private static XYLineAndShapeRenderer line(Color color, String tooltip) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setAutoPopulateSeriesStroke(false);
        r.setSeriesPaint(0, color);
        r.setSeriesStroke(0, LINE);
        java.text.SimpleDateFormat day = new java.text.SimpleDateFormat("yyyy-MM-dd", Locale.US);
        day.setTimeZone(TimeZone.getTimeZone("UTC"));
        r.setDefaultToolTipGenerator(new StandardXYToolTipGenerator(tooltip, day,
                new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US))));
        return r;
    }

    private static NumberAxis numberAxis(String label, ChartTheme theme, DecimalFormat format) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(false);
        axis.setNumberFormatOverride(format);
        style(axis, theme);
        return axis;
    }

    private static void style(ValueAxis axis, ChartTheme theme) {
        axis.setLabelFont(LABEL_FONT);
        axis.setLabelPaint(theme.text());
        axis.setTickLabelFont(TICK_FONT);
        axis.setTickLabelPaint(theme.tickText());
        axis.setAxisLinePaint(theme.axisLine());
        axis.setTickMarkPaint(theme.axisLine());
    }
}
