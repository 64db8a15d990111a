package com.alvh.workbench.chart;

import com.alvh.workbench.risk.CalendarReturns;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A calendar heat map of monthly returns: one row per year (the first at the top), one column per
 * month, each cell coloured by the month's return (red for losses, green for gains, deeper with size,
 * full colour at {@link #FULL_COLOUR} and beyond) and labelled with it in percent. A month the replay
 * covers only in part is labelled in brackets. Empty cells: months outside the replay.
 */
public final class MonthlyReturnsHeatMap {

    /** The return (either sign) at which a cell reaches full colour. */
    public static final double FULL_COLOUR = 0.05;
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};
    private static final Font CELL_FONT = new Font(ChartStyle.FONT_FAMILY, Font.PLAIN, 11);

    private MonthlyReturnsHeatMap() {
    }

    /**
     * @param months the months, in order (at least one)
     * @param title the chart title, or {@code null}
     * @param subtitle a line under the title (e.g. the policy), or {@code null}
     * @param theme the colours
     */
    public static JFreeChart create(List<CalendarReturns.Month> months, String title, String subtitle,
                                    ChartTheme theme) {
        Objects.requireNonNull(months, "months");
        Objects.requireNonNull(theme, "theme");
        if (months.isEmpty()) {
            throw new IllegalArgumentException("months must not be empty");
        }
        int firstYear = months.get(0).month().getYear();
        int lastYear = months.get(months.size() - 1).month().getYear();
        int rows = lastYear - firstYear + 1;
        String[] years = new String[rows];
        for (int r = 0; r < rows; r++) {
            years[r] = Integer.toString(firstYear + r);
        }
        double[] x = new double[months.size()];
        double[] y = new double[months.size()];
        double[] z = new double[months.size()];
        for (int i = 0; i < months.size(); i++) {
            CalendarReturns.Month m = months.get(i);
            x[i] = m.month().getMonthValue() - 1;
            y[i] = m.month().getYear() - firstYear;
            z[i] = m.simpleReturn();
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("monthly return", new double[][] {x, y, z});
        SymbolAxis monthAxis = new SymbolAxis(null, MONTHS);
        monthAxis.setGridBandsVisible(false);
        monthAxis.setLowerMargin(0.0);
        monthAxis.setUpperMargin(0.0);
        monthAxis.setRange(-0.5, 11.5);
        SymbolAxis yearAxis = new SymbolAxis(null, years);
        yearAxis.setGridBandsVisible(false);
        yearAxis.setInverted(true); // the first year at the top, reading down like a calendar
        yearAxis.setRange(-0.5, rows - 0.5);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(new ReturnScale(theme));
        renderer.setDefaultToolTipGenerator((ds, s, item) -> MONTHS[(int) x[item]] + " " + (firstYear + (int) y[item])
                + ": " + percent(z[item]));
        XYPlot plot = new XYPlot(data, monthAxis, yearAxis, renderer);
        ChartStyle.stylePlot(plot, theme);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        for (int i = 0; i < months.size(); i++) {
            CalendarReturns.Month m = months.get(i);
            String label = percent(z[i]);
            XYTextAnnotation text = new XYTextAnnotation(m.partial() ? "(" + label + ")" : label, x[i], y[i]);
            text.setFont(CELL_FONT);
            text.setPaint(Math.abs(z[i]) > 0.6 * FULL_COLOUR ? Color.WHITE : theme.text());
            text.setTextAnchor(TextAnchor.CENTER);
            plot.addAnnotation(text, false);
        }
        return ChartStyle.chart(plot, title, subtitle, false, theme);
    }

    private static String percent(double r) {
        if (Math.abs(r) < 0.0005) {
            return "0.0%"; // not "-0.0%"
        }
        return new DecimalFormat("+0.0'%';-0.0'%'", DecimalFormatSymbols.getInstance(Locale.US)).format(100 * r);
    }

    /** Red below zero, green above, transparent at zero, full at +-{@link #FULL_COLOUR}. */
    private record ReturnScale(ChartTheme theme) implements PaintScale {
        @Override
        public double getLowerBound() {
            return -FULL_COLOUR;
        }

        @Override
        public double getUpperBound() {
            return FULL_COLOUR;
        }

        @Override
        public Paint getPaint(double value) {
            if (Double.isNaN(value)) {
                return theme.plotBackground();
            }
            double strength = Math.min(Math.abs(value) / FULL_COLOUR, 1.0);
            Color base = value < 0 ? theme.loss() : gain(theme);
            return ChartStyle.withAlpha(base, 0.12 + 0.88 * strength);
        }
    }

    /** The colour of gains: the theme's green (its spot colour). */
    private static Color gain(ChartTheme theme) {
        return theme.spot();
    }
}
