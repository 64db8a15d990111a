package com.alvh.workbench.ui.playback;

import com.alvh.workbench.chart.ChartTheme;
import com.alvh.workbench.market.MarketEvent;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
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
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * The playback chart, drawn to teach: SPX and VIX (two axes) with a line at each VIX level a layer's
 * trigger watches, account equity hedged against unhedged, and a lane per position (the condor and
 * each hedge layer where it is on). Every series grows day by day up to the cursor, on axes fixed to
 * the whole episode, so the picture unfolds as it plays; named market events are marked, and the
 * callouts of the last few days (a layer entering with the reason read off the market, or leaving)
 * point at the VIX line. Fonts scale for presentation. A view helper of the Playback tab: it reads
 * {@link PlaybackData} and knows nothing of the engine. Dates are UTC midnight on a {@link DateAxis}.
 */
public final class PlaybackChart {

    static final String SPX_KEY = "SPX";
    static final String VIX_KEY = "VIX";
    static final String EQUITY_KEY = "Equity, hedged";
    static final String UNHEDGED_KEY = "Equity, unhedged";
    /** Trading days a callout stays on the chart after its day (the side list keeps them all). */
    static final int CALLOUT_DAYS = 6;

    private static final BasicStroke CURSOR = new BasicStroke(1.6f);
    private static final BasicStroke DASHED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {5f, 4f}, 0f);

    private PlaybackChart() {
    }

    /** UTC midnight of {@code date} (epoch ms), the x value of a day. */
    public static double millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** Fonts at a scale (1 = normal, 1.5 = presentation). */
    private record Fonts(Font title, Font label, Font tick, Font note, float line, float lane) {
        static Fonts at(double scale) {
            float s = (float) scale;
            return new Fonts(new Font(Font.SANS_SERIF, Font.BOLD, Math.round(16 * s)),
                    new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(13 * s)),
                    new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(12 * s)),
                    new Font(Font.SANS_SERIF, Font.BOLD, Math.round(12 * s)), 2.0f * s, 9.0f * s);
        }
    }

    /**
     * The chart for {@code data}, drawn up to day {@code position}.
     *
     * @param data the replay
     * @param position the day shown (0-based)
     * @param theme colours
     * @param scale font and line scale (1 normal, larger for presentation)
     */
    public static JFreeChart create(PlaybackData data, int position, ChartTheme theme, double scale) {
        Fonts fonts = Fonts.at(scale);
        int n = data.days();
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = millis(data.dates()[i]);
        }
        DateAxis time = new DateAxis("Date");
        time.setTimeZone(TimeZone.getTimeZone("UTC"));
        double pad = (x[n - 1] - x[0]) * 0.01;
        time.setRange(x[0] - pad, x[n - 1] + pad); // fixed: the path grows into the picture
        style(time, theme, fonts);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        plot.setGap(10 * scale);
        plot.setBackgroundPaint(theme.background());
        plot.setOutlineVisible(false);

        // Market: SPX on the left axis, VIX on the right with the trigger levels.
        NumberAxis spxAxis = numberAxis("SPX", theme, fonts, "#,##0");
        spxAxis.setRange(range(data.spx(), null, 0.04));
        XYPlot market = subplot(new DefaultXYDataset(), spxAxis, line(theme.expiry(), fonts.line(), false), theme);
        NumberAxis vixAxis = numberAxis("VIX", theme, fonts, "0");
        double[] levels = data.triggerLevels().stream().mapToDouble(PlaybackData.TriggerLevel::vix).toArray();
        vixAxis.setRange(range(data.vix(), levels, 0.08));
        market.setRangeAxis(1, vixAxis);
        market.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        market.setDataset(1, new DefaultXYDataset());
        market.mapDatasetToRangeAxis(1, 1);
        market.setRenderer(1, line(theme.horizon(), fonts.line(), false));
        for (PlaybackData.TriggerLevel level : data.triggerLevels()) {
            ValueMarker m = new ValueMarker(level.vix(), theme.breakEven(), DASHED);
            m.setLabel(level.label());
            m.setLabelFont(fonts.tick());
            m.setLabelPaint(theme.breakEven());
            m.setLabelBackgroundColor(theme.plotBackground());
            m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            market.addRangeMarker(1, m, Layer.BACKGROUND);
        }
        List<MarketEvent> events = data.events();
        for (int e = 0; e < events.size(); e++) {
            ValueMarker m = new ValueMarker(millis(events.get(e).date()), theme.zeroLine(), DASHED);
            m.setLabel(events.get(e).date() + " " + events.get(e).label());
            m.setLabelFont(fonts.tick());
            m.setLabelPaint(theme.text());
            m.setLabelBackgroundColor(theme.plotBackground());
            // Alternate top and bottom so two events a week apart do not overwrite each other; in the right
            // half of the episode the label runs left of its line, so it stays inside the plot.
            boolean top = e % 2 == 0;
            boolean right = millis(events.get(e).date()) < (x[0] + x[n - 1]) / 2;
            m.setLabelAnchor(top ? (right ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT)
                    : (right ? RectangleAnchor.BOTTOM_RIGHT : RectangleAnchor.BOTTOM_LEFT));
            m.setLabelTextAnchor(top ? (right ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT)
                    : (right ? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_RIGHT));
            m.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
            market.addDomainMarker(0, m, Layer.BACKGROUND);
        }
        plot.add(market, 3);

        // Equity, hedged against unhedged.
        NumberAxis equityAxis = numberAxis("Equity (USD)", theme, fonts, "$#,##0");
        double[] both = concat(data.equity(), data.unhedgedEquity());
        equityAxis.setRange(range(both, new double[] {data.capital()}, 0.06));
        XYLineAndShapeRenderer equityLines = line(theme.spot(), fonts.line(), false);
        equityLines.setSeriesPaint(1, theme.zeroLine());
        equityLines.setSeriesStroke(1, new BasicStroke(fonts.line(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10f, new float[] {6f, 4f}, 0f));
        XYPlot account = subplot(new DefaultXYDataset(), equityAxis, equityLines, theme);
        ValueMarker capital = new ValueMarker(data.capital(), theme.zeroLine(), new BasicStroke(1.0f,
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 3f}, 0f));
        account.addRangeMarker(capital);
        plot.add(account, 2);

        // Lanes: the condor and each layer, drawn where on (NaN gaps where off).
        int lanes = data.layerNames().size() + 1;
        String[] names = new String[lanes];
        names[0] = "Iron condor";
        for (int l = 0; l < data.layerNames().size(); l++) {
            names[l + 1] = data.layerNames().get(l);
        }
        SymbolAxis laneAxis = new SymbolAxis(null, names);
        laneAxis.setGridBandsVisible(false);
        laneAxis.setInverted(true);
        laneAxis.setRange(-0.6, lanes - 0.4);
        style(laneAxis, theme, fonts);
        XYLineAndShapeRenderer laneRenderer = new XYLineAndShapeRenderer(true, false);
        laneRenderer.setAutoPopulateSeriesStroke(false);
        BasicStroke lane = new BasicStroke(fonts.lane(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
        laneRenderer.setDefaultStroke(lane);
        for (int s = 0; s < lanes; s++) {
            laneRenderer.setSeriesPaint(s, theme.seriesColor(s));
            laneRenderer.setSeriesStroke(s, lane);
        }
        laneRenderer.setDefaultSeriesVisibleInLegend(false);
        XYPlot positions = subplot(new DefaultXYDataset(), laneAxis, laneRenderer, theme);
        positions.setRangeGridlinesVisible(false);
        plot.add(positions, Math.max(1, (lanes + 1) / 2));

        for (XYPlot p : plot.getSubplots()) {
            p.addDomainMarker(cursor(x[0], theme));
        }

        JFreeChart chart = new JFreeChart(null, fonts.title(), plot, true);
        TextTitle title = new TextTitle(data.episode().label() + " \u2014 " + data.policyName()
                + " against unhedged on the real SPX and VIX closes", fonts.title());
        title.setPaint(theme.text());
        chart.setTitle(title);
        chart.setBackgroundPaint(theme.background());
        chart.setPadding(new RectangleInsets(8, 8, 8, 8));
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(fonts.label());
        legend.setItemPaint(theme.text());
        legend.setBackgroundPaint(theme.background());
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.BOTTOM);
        moveTo(chart, data, position, theme, scale);
        return chart;
    }

    /**
     * Draws every series up to day {@code position}, moves the cursor there and shows the callouts of
     * the last {@value #CALLOUT_DAYS} days: one redraw.
     */
    public static void moveTo(JFreeChart chart, PlaybackData data, int position, ChartTheme theme, double scale) {
        int n = data.days();
        int upTo = Math.max(0, Math.min(n - 1, position));
        int shown = upTo + 1;
        double[] x = new double[shown];
        for (int i = 0; i < shown; i++) {
            x[i] = millis(data.dates()[i]);
        }
        List<XYPlot> plots = subplots(chart);
        chart.setNotify(false);
        try {
            XYPlot market = plots.get(0);
            ((DefaultXYDataset) market.getDataset(0)).addSeries(SPX_KEY, new double[][] {x, head(data.spx(), shown)});
            DefaultXYDataset vix = (DefaultXYDataset) market.getDataset(1);
            vix.addSeries(VIX_KEY, new double[][] {x, head(data.vix(), shown)});
            DefaultXYDataset equity = (DefaultXYDataset) plots.get(1).getDataset();
            equity.addSeries(EQUITY_KEY, new double[][] {x, head(data.equity(), shown)});
            equity.addSeries(UNHEDGED_KEY, new double[][] {x, head(data.unhedgedEquity(), shown)});
            DefaultXYDataset lanes = (DefaultXYDataset) plots.get(2).getDataset();
            lanes.addSeries("Iron condor", new double[][] {x, lane(data.condorOpen(), 0, shown)});
            for (int l = 0; l < data.layerNames().size(); l++) {
                lanes.addSeries(data.layerNames().get(l), new double[][] {x, lane(data.layerOpen()[l], l + 1, shown)});
            }
            for (XYPlot p : plots) {
                for (Object m : p.getDomainMarkers(Layer.FOREGROUND)) {
                    ((ValueMarker) m).setValue(x[upTo]);
                }
            }
            XYLineAndShapeRenderer vixRenderer = (XYLineAndShapeRenderer) market.getRenderer(1);
            vixRenderer.removeAnnotations();
            Fonts fonts = Fonts.at(scale);
            int k = 0;
            for (PlaybackData.Callout c : data.callouts()) {
                if (c.day() <= upTo && c.day() > upTo - CALLOUT_DAYS) {
                    vixRenderer.addAnnotation(callout(c, millis(data.dates()[c.day()]), data.vix()[c.day()], k++,
                            2 * c.day() < n, theme, fonts));
                }
            }
        } finally {
            chart.setNotify(true);
        }
    }

    private static XYPointerAnnotation callout(PlaybackData.Callout c, double x, double y, int k, boolean early,
                                               ChartTheme theme, Fonts fonts) {
        // Point at the VIX close from above, the text towards the middle of the episode (right of the point
        // in its first half, left in its second), so it stays in the plot; stack several of the same days.
        double angle = early ? -Math.PI * (0.25 - 0.06 * (k % 4)) : Math.PI * (1.25 - 0.06 * (k % 4));
        XYPointerAnnotation a = new XYPointerAnnotation(c.shortText(), x, y, angle);
        a.setFont(fonts.note());
        Color ink = c.on() ? theme.spot() : theme.horizon();
        a.setPaint(ink);
        a.setArrowPaint(ink);
        a.setArrowStroke(new BasicStroke(1.4f));
        a.setBaseRadius(24 + 22 * (k % 4));
        a.setTipRadius(3);
        a.setTextAnchor(early ? TextAnchor.HALF_ASCENT_LEFT : TextAnchor.HALF_ASCENT_RIGHT);
        a.setBackgroundPaint(new Color(theme.background().getRed(), theme.background().getGreen(),
                theme.background().getBlue(), 220));
        a.setOutlineVisible(false);
        return a;
    }

    /** The cursor's position (epoch ms), for tests. */
    public static double cursor(JFreeChart chart) {
        XYPlot first = subplots(chart).get(0);
        return ((ValueMarker) first.getDomainMarkers(Layer.FOREGROUND).iterator().next()).getValue();
    }

    /** Points drawn of the VIX series (the day shown plus one), for tests. */
    static int vixPointsShown(JFreeChart chart) {
        return subplots(chart).get(0).getDataset(1).getItemCount(0);
    }

    /** The callout texts on the chart now, for tests. */
    static List<String> calloutsShown(JFreeChart chart) { // the short texts
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) subplots(chart).get(0).getRenderer(1);
        return r.getAnnotations().stream().map(a -> ((XYPointerAnnotation) a).getText()).toList();
    }

    private static List<XYPlot> subplots(JFreeChart chart) {
        return ((CombinedDomainXYPlot) chart.getPlot()).getSubplots();
    }

    private static double[] head(double[] values, int n) {
        return Arrays.copyOf(values, n);
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The finite values' range (with {@code extra} points) widened by {@code margin} of its length. */
    private static Range range(double[] values, double[] extra, double margin) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] arr : new double[][] {values, extra == null ? new double[0] : extra}) {
            for (double v : arr) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!(hi > lo)) {
            double c = Double.isFinite(lo) ? lo : 0.0;
            return new Range(c - 1, c + 1);
        }
        double m = (hi - lo) * margin;
        return new Range(lo - m, hi + m);
    }

    private static double[] lane(boolean[] open, int index, int n) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
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

    private static XYLineAndShapeRenderer line(Color color, float width, boolean legendHidden) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setAutoPopulateSeriesStroke(false);
        r.setSeriesPaint(0, color);
        BasicStroke stroke = new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        r.setSeriesStroke(0, stroke);
        r.setDefaultStroke(stroke);
        r.setDefaultSeriesVisibleInLegend(!legendHidden);
        java.text.SimpleDateFormat day = new java.text.SimpleDateFormat("yyyy-MM-dd", Locale.US);
        day.setTimeZone(TimeZone.getTimeZone("UTC"));
        r.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0} {1}: {2}", day,
                new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US))));
        return r;
    }

    private static NumberAxis numberAxis(String label, ChartTheme theme, Fonts fonts, String pattern) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(false);
        axis.setNumberFormatOverride(new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US)));
        style(axis, theme, fonts);
        return axis;
    }

    private static void style(ValueAxis axis, ChartTheme theme, Fonts fonts) {
        axis.setLabelFont(fonts.label());
        axis.setLabelPaint(theme.text());
        axis.setTickLabelFont(fonts.tick());
        axis.setTickLabelPaint(theme.tickText());
        axis.setAxisLinePaint(theme.axisLine());
        axis.setTickMarkPaint(theme.axisLine());
    }
}
