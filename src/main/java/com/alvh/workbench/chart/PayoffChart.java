package com.alvh.workbench.chart;

import com.alvh.workbench.analytics.PayoffProfile;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Stroke;
import java.text.NumberFormat;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * Builds the payoff chart of a position from its {@link PayoffProfile}: P&amp;L at expiry (solid)
 * and at the horizon T+n (dashed) against the underlying price, a zero line, labelled break-even
 * markers and the current spot.
 *
 * <p>Axes: underlying price in index points on x, P&amp;L in USD on y, both with thousands
 * separators in a fixed (US) format, so a chart reads the same on every machine. The dataset
 * keeps the profile's primitive arrays (no per-point objects). The same chart draws on screen
 * (through a JavaFX viewer in {@code ui}) and to files through {@link ChartExport}.
 */
public final class PayoffChart {

    /** Series key of the P&amp;L at expiry (series index 0). */
    public static final String EXPIRY_KEY = "P&L at expiry";

    /** Index of the expiry series in the chart's dataset. */
    public static final int EXPIRY_SERIES = 0;

    /** Index of the horizon (T+n) series in the chart's dataset. */
    public static final int HORIZON_SERIES = 1;

    /** Label of the x axis. */
    public static final String DOMAIN_LABEL = "Underlying price (index points)";

    /** Label of the y axis. */
    public static final String RANGE_LABEL = "P&L (USD)";

    private static final String FONT_FAMILY = Font.SANS_SERIF;
    private static final Font TITLE_FONT = new Font(FONT_FAMILY, Font.BOLD, 17);
    private static final Font AXIS_LABEL_FONT = new Font(FONT_FAMILY, Font.PLAIN, 14);
    private static final Font TICK_FONT = new Font(FONT_FAMILY, Font.PLAIN, 13);
    private static final Font LEGEND_FONT = new Font(FONT_FAMILY, Font.PLAIN, 13);
    private static final Font MARKER_FONT = new Font(FONT_FAMILY, Font.PLAIN, 13);

    private static final Stroke EXPIRY_STROKE =
            new BasicStroke(2.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke HORIZON_STROKE = new BasicStroke(2.0f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_ROUND, 10f, new float[] {8f, 5f}, 0f);
    private static final Stroke ZERO_STROKE = new BasicStroke(1.2f);
    private static final Stroke MARKER_STROKE = new BasicStroke(1.0f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_MITER, 10f, new float[] {3f, 3f}, 0f);
    private static final Stroke SPOT_STROKE = new BasicStroke(1.4f);

    private PayoffChart() {
    }

    /** Series key of the P&amp;L at a horizon of {@code days} calendar days (series index 1). */
    public static String horizonKey(int days) {
        return days == 1 ? "P&L at T+1 day" : "P&L at T+" + days + " days";
    }

    /** The chart with the default title "Payoff". */
    public static JFreeChart create(PayoffProfile profile, ChartTheme theme) {
        return create(profile, "Payoff", theme);
    }

    /**
     * Builds the payoff chart.
     *
     * @param profile the P&amp;L grid (USD) over underlying prices (index points)
     * @param title the chart title, or {@code null} for none
     * @param theme the colours
     * @return a new chart; it shares no mutable state with other charts
     */
    public static JFreeChart create(PayoffProfile profile, String title, ChartTheme theme) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(theme, "theme");
        double[] spots = profile.spots();

        DefaultXYDataset dataset = dataset(profile, spots);

        NumberAxis xAxis = new NumberAxis(DOMAIN_LABEL);
        xAxis.setAutoRangeIncludesZero(false);
        xAxis.setNumberFormatOverride(ChartStyle.pointsFormat());
        // The grid is the range of interest: no blank margins beyond it.
        xAxis.setRange(spots[0], spots[spots.length - 1]);
        styleAxis(xAxis, theme);

        NumberAxis yAxis = new NumberAxis(RANGE_LABEL);
        yAxis.setAutoRangeIncludesZero(true);
        yAxis.setNumberFormatOverride(ChartStyle.usdFormat());
        // Headroom above for the break-even labels, a little below for the spot label.
        yAxis.setUpperMargin(0.14);
        yAxis.setLowerMargin(0.08);
        styleAxis(yAxis, theme);

        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setAutoPopulateSeriesStroke(false);
        renderer.setSeriesPaint(EXPIRY_SERIES, theme.expiry());
        renderer.setSeriesStroke(EXPIRY_SERIES, EXPIRY_STROKE);
        renderer.setSeriesPaint(HORIZON_SERIES, theme.horizon());
        renderer.setSeriesStroke(HORIZON_SERIES, HORIZON_STROKE);
        renderer.setDrawSeriesLineAsPath(true); // keeps the dash pattern continuous along the curve
        renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator(
                "{0}: {1} \u2192 {2}", ChartStyle.pointsFormat(), ChartStyle.usdFormat()));

        XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer);
        plot.setBackgroundPaint(theme.plotBackground());
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(theme.gridline());
        plot.setRangeGridlinePaint(theme.gridline());
        plot.setDomainGridlineStroke(new BasicStroke(1.0f));
        plot.setRangeGridlineStroke(new BasicStroke(1.0f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(8, 8, 8, 16));

        ValueMarker zero = new ValueMarker(0.0, theme.zeroLine(), ZERO_STROKE);
        plot.addRangeMarker(zero);
        addDomainMarkers(plot, profile, theme);

        JFreeChart chart = new JFreeChart(null, TITLE_FONT, plot, true);
        if (title != null) {
            TextTitle text = new TextTitle(title, TITLE_FONT);
            text.setPaint(theme.text());
            text.setPadding(new RectangleInsets(4, 4, 6, 4));
            chart.setTitle(text);
        }
        chart.setBackgroundPaint(theme.background());
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 8));
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(LEGEND_FONT);
        legend.setItemPaint(theme.text());
        legend.setBackgroundPaint(theme.background());
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 16));
        return chart;
    }

    /**
     * Puts a new profile on a chart made by {@link #create}: both curves, the break-even and spot
     * markers and the title, with a single change notification (so a viewer redraws once per
     * call, not once per series and marker). The grid must be the one the chart was made with,
     * since the x axis keeps its range. For live what-if sliders.
     *
     * @param chart a chart from {@link #create}
     * @param profile the new P&amp;L grid, on the chart's x grid
     * @param title the new title, or {@code null} to keep the current one
     * @param theme the colours the chart was made with (for the markers)
     */
    public static void update(JFreeChart chart, PayoffProfile profile, String title, ChartTheme theme) {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(theme, "theme");
        XYPlot plot = chart.getXYPlot();
        chart.setNotify(false);
        try {
            plot.setDataset(dataset(profile, profile.spots()));
            plot.clearDomainMarkers();
            addDomainMarkers(plot, profile, theme);
            if (title != null && chart.getTitle() != null) {
                chart.getTitle().setText(title);
            }
        } finally {
            chart.setNotify(true); // fires the one ChartChangeEvent
        }
    }

    private static DefaultXYDataset dataset(PayoffProfile profile, double[] spots) {
        DefaultXYDataset dataset = new DefaultXYDataset();
        dataset.addSeries(EXPIRY_KEY, new double[][] {spots, profile.pnlAtExpiry()});
        dataset.addSeries(horizonKey(profile.horizonDays()), new double[][] {spots, profile.pnlAtHorizon()});
        return dataset;
    }

    private static void addDomainMarkers(XYPlot plot, PayoffProfile profile, ChartTheme theme) {
        addBreakEvenMarkers(plot, profile.breakEvens(), theme);
        plot.addDomainMarker(spotMarker(profile.spot(), theme));
    }

    private static void styleAxis(NumberAxis axis, ChartTheme theme) {
        axis.setLabelFont(AXIS_LABEL_FONT);
        axis.setLabelPaint(theme.text());
        axis.setTickLabelFont(TICK_FONT);
        axis.setTickLabelPaint(theme.tickText());
        axis.setAxisLinePaint(theme.axisLine());
        axis.setTickMarkPaint(theme.axisLine());
        axis.setLabelInsets(new RectangleInsets(6, 6, 6, 6));
    }

    /**
     * One dashed vertical marker per break-even, labelled with its value. The lowest label sits
     * left of its line and the others right of theirs, so the usual two labels of a condor point
     * away from each other and from the profit plateau between them.
     */
    private static void addBreakEvenMarkers(XYPlot plot, double[] breakEvens, ChartTheme theme) {
        NumberFormat format = ChartStyle.oneDecimalFormat();
        for (int i = 0; i < breakEvens.length; i++) {
            ValueMarker marker = new ValueMarker(breakEvens[i], theme.breakEven(), MARKER_STROKE);
            marker.setLabel("Break-even " + format.format(breakEvens[i]));
            marker.setLabelFont(MARKER_FONT);
            marker.setLabelPaint(theme.breakEven());
            marker.setLabelBackgroundColor(theme.plotBackground()); // knocks out grid lines behind the text
            boolean left = i == 0 && breakEvens.length > 1;
            marker.setLabelAnchor(left ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(left ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
            marker.setLabelOffset(new RectangleInsets(6, 6, 6, 6));
            plot.addDomainMarker(marker);
        }
    }

    private static ValueMarker spotMarker(double spot, ChartTheme theme) {
        ValueMarker marker = new ValueMarker(spot, theme.spot(), SPOT_STROKE);
        marker.setLabel("Spot " + ChartStyle.pointsFormat().format(spot));
        marker.setLabelFont(MARKER_FONT);
        marker.setLabelPaint(theme.spot());
        marker.setLabelBackgroundColor(theme.plotBackground());
        marker.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        marker.setLabelOffset(new RectangleInsets(6, 6, 6, 6));
        return marker;
    }
}
