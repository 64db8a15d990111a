package com.alvh.workbench.chart;

import java.awt.BasicStroke;
import java.awt.Stroke;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * The payoff of a position with its hedge layers: the position's P&amp;L at expiry (solid), its P&amp;L
 * at T+n with VIX moving with SPX by a stated rule (dashed), the position and its layers together at
 * T+n (bold), and, on a right axis, the VIX the rule gives at each SPX level. A dotted line marks
 * where each layer switches on as SPX moves away from entry; the current spot and the expiry
 * break-evens are marked as on {@link PayoffChart}.
 *
 * <p>Axes: SPX in index points on x, P&amp;L in USD on the left, VIX in index points on the right.
 * Series 0 and 1 are keyed as {@link PayoffChart}'s ({@link PayoffChart#EXPIRY_KEY},
 * {@link PayoffChart#horizonKey(int)}); series 2 is {@link #hedgedKey(int)}.
 */
public final class HedgedPayoffChart {

    /** Index of the hedged (position and layers) T+n series. */
    public static final int HEDGED_SERIES = 2;
    /** Key of the VIX series on the right axis. */
    public static final String VIX_KEY = "VIX by the rule (right axis)";

    private static final Stroke HEDGED_STROKE = new BasicStroke(3.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke HORIZON_STROKE = new BasicStroke(2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            10f, new float[] {8f, 5f}, 0f);
    private static final Stroke LAYER_STROKE = new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
            10f, new float[] {1.5f, 3.5f}, 0f);

    private HedgedPayoffChart() {
    }

    /** Key of the hedged series at a horizon of {@code days} calendar days. */
    public static String hedgedKey(int days) {
        return "With layers at T+" + days + (days == 1 ? " day" : " days");
    }

    /**
     * Where a layer switches on along the SPX axis.
     *
     * @param spot the first SPX level (moving away from entry) at which it is on (index points)
     * @param label e.g. "Tail SPX puts on (VIX 30.2)"
     */
    public record LayerMark(double spot, String label) {
        public LayerMark {
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * The curves, all on one SPX grid.
     *
     * @param spots ascending SPX grid (index points)
     * @param atExpiry position P&amp;L at expiry (USD)
     * @param positionAtHorizon position P&amp;L at T+n, VIX by the rule (USD)
     * @param hedgedAtHorizon position and layers at T+n (USD)
     * @param vix VIX at each SPX level (index points)
     * @param horizonDays n
     * @param breakEvens the position's expiry break-evens (index points)
     * @param spot the current spot (index points)
     * @param layers where layers switch on
     */
    public record Curves(double[] spots, double[] atExpiry, double[] positionAtHorizon, double[] hedgedAtHorizon,
                         double[] vix, int horizonDays, double[] breakEvens, double spot, List<LayerMark> layers) {
        public Curves {
            int n = spots.length;
            if (n < 2 || atExpiry.length != n || positionAtHorizon.length != n || hedgedAtHorizon.length != n
                    || vix.length != n) {
                throw new IllegalArgumentException("curves need at least 2 points and equal lengths, had " + n + ", "
                        + atExpiry.length + ", " + positionAtHorizon.length + ", " + hedgedAtHorizon.length + ", "
                        + vix.length);
            }
            Objects.requireNonNull(breakEvens, "breakEvens");
            layers = List.copyOf(layers);
        }
    }

    /**
     * @param curves the curves
     * @param title the title, or null
     * @param theme the colours
     */
    public static JFreeChart create(Curves curves, String title, ChartTheme theme) {
        Objects.requireNonNull(curves, "curves");
        Objects.requireNonNull(theme, "theme");
        double[] spots = curves.spots();
        NumberAxis x = new NumberAxis(PayoffChart.DOMAIN_LABEL);
        x.setAutoRangeIncludesZero(false);
        x.setNumberFormatOverride(ChartStyle.pointsFormat());
        x.setRange(spots[0], spots[spots.length - 1]);
        NumberAxis y = new NumberAxis(PayoffChart.RANGE_LABEL);
        y.setNumberFormatOverride(ChartStyle.usdFormat());
        y.setRange(range(curves));
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        lines.setAutoPopulateSeriesStroke(false);
        lines.setSeriesPaint(PayoffChart.EXPIRY_SERIES, theme.expiry());
        lines.setSeriesStroke(PayoffChart.EXPIRY_SERIES, ChartStyle.LINE);
        lines.setSeriesPaint(PayoffChart.HORIZON_SERIES, theme.horizon());
        lines.setSeriesStroke(PayoffChart.HORIZON_SERIES, HORIZON_STROKE);
        lines.setSeriesPaint(HEDGED_SERIES, theme.spot());
        lines.setSeriesStroke(HEDGED_SERIES, HEDGED_STROKE);
        lines.setDrawSeriesLineAsPath(true);
        lines.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}: {1} \u2192 {2}",
                ChartStyle.pointsFormat(), ChartStyle.usdFormat()));
        XYPlot plot = new XYPlot(dataset(curves), x, y, lines);
        NumberAxis vixAxis = new NumberAxis("VIX");
        vixAxis.setAutoRangeIncludesZero(true);
        vixAxis.setNumberFormatOverride(ChartStyle.integerFormat());
        vixAxis.setUpperMargin(0.10);
        plot.setRangeAxis(1, vixAxis);
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        plot.setDataset(1, vixDataset(curves));
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer vixLine = new XYLineAndShapeRenderer(true, false);
        vixLine.setSeriesPaint(0, ChartStyle.withAlpha(theme.tickText(), 0.7));
        vixLine.setSeriesStroke(0, ChartStyle.THIN_LINE);
        vixLine.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}: SPX {1} \u2192 VIX {2}",
                ChartStyle.pointsFormat(), ChartStyle.oneDecimalFormat()));
        plot.setRenderer(1, vixLine);
        ChartStyle.stylePlot(plot, theme);
        plot.addRangeMarker(ChartStyle.zeroLine(theme));
        addMarkers(plot, curves, theme);
        JFreeChart chart = ChartStyle.chart(plot, title, offTop(curves), true, theme);
        return chart;
    }

    /**
     * The P&amp;L axis: from the lowest point of the curves to the highest of the position's own curves
     * (or its loss, whichever is larger) with room for the labels. Layers that pay far more than the
     * position can lose (VIX calls at VIX 90) would flatten the position's curves to a line: their
     * curve goes off the top, and the subtitle says how high it goes (the wheel zooms out).
     */
    static org.jfree.data.Range range(Curves c) {
        double lo = 0.0;
        double hi = 0.0;
        for (double[] curve : new double[][] {c.atExpiry(), c.positionAtHorizon(), c.hedgedAtHorizon()}) {
            for (double v : curve) {
                lo = Math.min(lo, v);
            }
        }
        for (double[] curve : new double[][] {c.atExpiry(), c.positionAtHorizon()}) {
            for (double v : curve) {
                hi = Math.max(hi, v);
            }
        }
        double top = Math.max(hi, 0.6 * Math.abs(lo));
        for (double v : c.hedgedAtHorizon()) {
            top = Math.max(top, Math.min(v, 3.0 * Math.max(hi, Math.abs(lo))));
        }
        double span = top - lo;
        return new org.jfree.data.Range(lo - 0.06 * span, top + 0.22 * span);
    }

    /** "With layers reaches $2,840,000 at SPX 3,000, above the chart" when the hedged curve is cut off, else null. */
    static String offTop(Curves c) {
        double limit = range(c).getUpperBound();
        int best = -1;
        for (int i = 0; i < c.spots().length; i++) {
            if (c.hedgedAtHorizon()[i] > limit && (best < 0 || c.hedgedAtHorizon()[i] > c.hedgedAtHorizon()[best])) {
                best = i;
            }
        }
        return best < 0 ? null : "With layers reaches " + ChartStyle.usd(c.hedgedAtHorizon()[best]) + " at SPX "
                + ChartStyle.pointsFormat().format(c.spots()[best]) + ", above the chart (wheel out to see it)";
    }

    /**
     * Puts new curves on a chart made by {@link #create} (same grid), with one change notification: a
     * slider drag redraws once per step.
     */
    public static void update(JFreeChart chart, Curves curves, String title, ChartTheme theme) {
        XYPlot plot = chart.getXYPlot();
        org.jfree.chart.title.LegendTitle legend = chart.getLegend();
        chart.setNotify(false);
        try {
            plot.setDataset(0, dataset(curves));
            plot.setDataset(1, vixDataset(curves));
            plot.clearDomainMarkers();
            addMarkers(plot, curves, theme);
            plot.getRangeAxis().setRange(range(curves));
            if (title != null && chart.getTitle() != null) {
                chart.getTitle().setText(title);
            }
            String note = offTop(curves);
            chart.clearSubtitles();
            if (note != null) {
                org.jfree.chart.title.TextTitle sub = new org.jfree.chart.title.TextTitle(note, ChartStyle.SUBTITLE_FONT);
                sub.setPaint(theme.tickText());
                chart.addSubtitle(sub);
            }
            chart.addLegend(legend);
        } finally {
            chart.setNotify(true);
        }
    }

    private static DefaultXYDataset dataset(Curves c) {
        DefaultXYDataset d = new DefaultXYDataset();
        d.addSeries(PayoffChart.EXPIRY_KEY, new double[][] {c.spots(), c.atExpiry()});
        d.addSeries(PayoffChart.horizonKey(c.horizonDays()), new double[][] {c.spots(), c.positionAtHorizon()});
        d.addSeries(hedgedKey(c.horizonDays()), new double[][] {c.spots(), c.hedgedAtHorizon()});
        return d;
    }

    private static DefaultXYDataset vixDataset(Curves c) {
        DefaultXYDataset d = new DefaultXYDataset();
        d.addSeries(VIX_KEY, new double[][] {c.spots(), c.vix()});
        return d;
    }

    private static void addMarkers(XYPlot plot, Curves c, ChartTheme theme) {
        double[] be = c.breakEvens();
        for (int i = 0; i < be.length; i++) {
            ValueMarker m = ChartStyle.labelledMarker(be[i], "Break-even " + ChartStyle.oneDecimalFormat().format(be[i]),
                    theme.breakEven(), ChartStyle.DASHED, !(i == 0 && be.length > 1), 0, theme);
            plot.addDomainMarker(m);
        }
        int row = 1;
        double lo = c.spots()[0];
        double hi = c.spots()[c.spots().length - 1];
        for (LayerMark mark : c.layers()) {
            // Labels run away from the nearer edge, so they stay inside the plot.
            boolean right = (mark.spot() - lo) / (hi - lo) < 0.6;
            plot.addDomainMarker(ChartStyle.labelledMarker(mark.spot(), mark.label(), theme.spot(), LAYER_STROKE, right,
                    row++, theme));
        }
        ValueMarker spot = new ValueMarker(c.spot(), theme.spot(), new BasicStroke(1.4f));
        spot.setLabel("Spot " + ChartStyle.pointsFormat().format(c.spot()));
        spot.setLabelFont(ChartStyle.MARKER_FONT);
        spot.setLabelPaint(theme.spot());
        spot.setLabelBackgroundColor(theme.plotBackground());
        spot.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        spot.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        spot.setLabelOffset(new RectangleInsets(6, 6, 6, 6));
        plot.addDomainMarker(spot);
    }
}
