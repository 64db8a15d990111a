package com.alvh.workbench.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * The look every results chart shares (fonts, strokes, axis and legend styling, number formats),
 * so the dashboard, the PNG/SVG files and the PDF report draw identically. Formats are fixed to
 * US symbols: a chart reads the same on every machine whatever its locale.
 */
final class ChartStyle {

    static final String FONT_FAMILY = Font.SANS_SERIF;
    static final Font TITLE_FONT = new Font(FONT_FAMILY, Font.BOLD, 17);
    static final Font SUBTITLE_FONT = new Font(FONT_FAMILY, Font.PLAIN, 13);
    static final Font AXIS_LABEL_FONT = new Font(FONT_FAMILY, Font.PLAIN, 14);
    static final Font TICK_FONT = new Font(FONT_FAMILY, Font.PLAIN, 12);
    static final Font LEGEND_FONT = new Font(FONT_FAMILY, Font.PLAIN, 13);
    static final Font MARKER_FONT = new Font(FONT_FAMILY, Font.PLAIN, 12);

    static final Stroke LINE = new BasicStroke(2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke THIN_LINE = new BasicStroke(1.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke ZERO = new BasicStroke(1.2f);
    static final Stroke DASHED = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {7f, 4f}, 0f);
    static final Stroke DOTTED = new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
            new float[] {1f, 4f}, 0f);

    /** Label of a trading-day axis. */
    static final String TRADING_DAY_LABEL = "Trading day";

    private ChartStyle() {
    }

    /** {@code c} with opacity {@code alpha} (0..1). */
    static Color withAlpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * alpha));
    }

    static void styleAxis(Axis axis, ChartTheme theme) {
        axis.setLabelFont(AXIS_LABEL_FONT);
        axis.setLabelPaint(theme.text());
        axis.setTickLabelFont(TICK_FONT);
        axis.setTickLabelPaint(theme.tickText());
        axis.setAxisLinePaint(theme.axisLine());
        axis.setTickMarkPaint(theme.axisLine());
        axis.setLabelInsets(new RectangleInsets(6, 6, 6, 6));
    }

    static void stylePlot(XYPlot plot, ChartTheme theme) {
        stylePlotBackground(plot, theme);
        plot.setDomainGridlinePaint(theme.gridline());
        plot.setRangeGridlinePaint(theme.gridline());
        plot.setDomainGridlineStroke(new BasicStroke(1.0f));
        plot.setRangeGridlineStroke(new BasicStroke(1.0f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(8, 8, 8, 16));
        // A subplot of a combined plot has no domain axis of its own (and the combined plot no range axis).
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            if (plot.getDomainAxis(i) != null) {
                styleAxis(plot.getDomainAxis(i), theme);
            }
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            if (plot.getRangeAxis(i) != null) {
                styleAxis(plot.getRangeAxis(i), theme);
            }
        }
    }

    static void stylePlot(CategoryPlot plot, ChartTheme theme) {
        stylePlotBackground(plot, theme);
        plot.setRangeGridlinePaint(theme.gridline());
        plot.setRangeGridlineStroke(new BasicStroke(1.0f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(8, 8, 8, 16));
        styleAxis(plot.getDomainAxis(), theme);
        styleAxis(plot.getRangeAxis(), theme);
    }

    private static void stylePlotBackground(Plot plot, ChartTheme theme) {
        plot.setBackgroundPaint(theme.plotBackground());
        plot.setOutlineVisible(false);
        plot.setNoDataMessagePaint(theme.text());
        plot.setNoDataMessageFont(AXIS_LABEL_FONT);
    }

    /**
     * Wraps {@code plot} in a chart with the theme's title, subtitle and legend (at the bottom).
     *
     * @param title the title, or {@code null} for none
     * @param subtitle a quieter line under the title, or {@code null}
     * @param legend whether to show a legend
     */
    static JFreeChart chart(Plot plot, String title, String subtitle, boolean legend, ChartTheme theme) {
        JFreeChart chart = new JFreeChart(null, TITLE_FONT, plot, legend);
        if (title != null) {
            TextTitle text = new TextTitle(title, TITLE_FONT);
            text.setPaint(theme.text());
            text.setPadding(new RectangleInsets(4, 4, subtitle == null ? 6 : 2, 4));
            chart.setTitle(text);
        }
        if (subtitle != null) {
            TextTitle sub = new TextTitle(subtitle, SUBTITLE_FONT);
            sub.setPaint(theme.tickText());
            sub.setPadding(new RectangleInsets(0, 4, 6, 4));
            chart.addSubtitle(sub);
        }
        chart.setBackgroundPaint(theme.background());
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 8));
        if (legend) {
            LegendTitle l = chart.getLegend();
            l.setItemFont(LEGEND_FONT);
            l.setItemPaint(theme.text());
            l.setBackgroundPaint(theme.background());
            l.setFrame(BlockBorder.NONE);
            l.setPosition(RectangleEdge.BOTTOM);
            l.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
        }
        return chart;
    }

    /** A horizontal zero line on the range axis. */
    static ValueMarker zeroLine(ChartTheme theme) {
        return new ValueMarker(0.0, theme.zeroLine(), ZERO);
    }

    /**
     * A vertical marker with a label at the top of the plot, written beside the line on the side
     * given ({@code right} true: the text runs rightwards from the line).
     */
    static ValueMarker labelledMarker(double x, String label, Paint paint, Stroke stroke, boolean right,
                                      ChartTheme theme) {
        return labelledMarker(x, label, paint, stroke, right, 0, theme);
    }

    /**
     * As {@link #labelledMarker(double, String, Paint, Stroke, boolean, ChartTheme)}, with the label
     * on text row {@code row} (0 at the top), so two labels of nearby lines do not overlap.
     */
    static ValueMarker labelledMarker(double x, String label, Paint paint, Stroke stroke, boolean right, int row,
                                      ChartTheme theme) {
        ValueMarker marker = new ValueMarker(x, paint, stroke);
        if (label != null) {
            marker.setLabel(label);
            marker.setLabelFont(MARKER_FONT);
            marker.setLabelPaint(paint);
            marker.setLabelBackgroundColor(theme.plotBackground());
            marker.setLabelAnchor(right ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(right ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
            marker.setLabelOffset(new RectangleInsets(6 + 18 * row, 5, 6, 5));
        }
        return marker;
    }

    /** Sets a range axis to show USD with a "$" and thousands separators. */
    static void usdAxis(ValueAxis axis) {
        ((org.jfree.chart.axis.NumberAxis) axis).setNumberFormatOverride(usdFormat());
    }

    private static DecimalFormatSymbols symbols() {
        return DecimalFormatSymbols.getInstance(Locale.US);
    }

    /** USD on an axis or label: {@code $12,500} and {@code -$150,000}. */
    static NumberFormat usdFormat() {
        return new DecimalFormat("$#,##0;-$#,##0", symbols());
    }

    /** Index points with up to two decimals: {@code 4,750.25}. */
    static NumberFormat pointsFormat() {
        return new DecimalFormat("#,##0.##", symbols());
    }

    /** VIX and similar with one decimal: {@code 23.4}. */
    static NumberFormat oneDecimalFormat() {
        return new DecimalFormat("#,##0.0", symbols());
    }

    /** Whole numbers: {@code 1,250}. */
    static NumberFormat integerFormat() {
        return new DecimalFormat("#,##0", symbols());
    }

    /** A percentage value (already times 100) with one decimal: {@code 12.5%}. */
    static NumberFormat percentFormat() {
        return new DecimalFormat("#,##0.#'%'", symbols());
    }

    /** USD for a label: {@code $12,500}, {@code -$3,200}. */
    static String usd(double value) {
        return usdFormat().format(value);
    }
}
