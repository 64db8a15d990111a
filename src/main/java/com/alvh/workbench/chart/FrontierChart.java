package com.alvh.workbench.chart;

import com.alvh.workbench.scenario.SweepObjective;
import com.alvh.workbench.sweep.SweepResult;
import com.alvh.workbench.sweep.SweepRow;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A sweep's policies as points of cost (x) against tail risk (y), both lower-is-better, the
 * Pareto frontier joined by a line, and the unhedged condor, the base policy and the best policy
 * marked. Every point of the chart is one row of the sweep: {@link Points#rowAt} maps a clicked
 * item back to it.
 */
public final class FrontierChart {

    /** Series order. */
    public static final int POLICIES = 0;
    public static final int FRONTIER = 1;
    public static final int UNHEDGED = 2;
    public static final int BASE = 3;
    public static final int BEST = 4;

    private FrontierChart() {
    }

    /** The chart's data: one series per kind of point, each item remembering its sweep row. */
    public static final class Points extends XYSeriesCollection {
        private static final long serialVersionUID = 1L;
        private final List<List<Integer>> rows = new ArrayList<>();

        void add(int series, double x, double y, int row) {
            while (rows.size() <= series) {
                rows.add(new ArrayList<>());
            }
            getSeries(series).add(x, y, false);
            rows.get(series).add(row);
        }

        /**
         * The sweep row of an item.
         *
         * @param series the series
         * @param item the item
         * @return the row's index in {@link SweepResult#rows()}, or -1
         */
        public int rowAt(int series, int item) {
            if (series < 0 || series >= rows.size() || item < 0 || item >= rows.get(series).size()) {
                return -1;
            }
            return rows.get(series).get(item);
        }
    }

    /** Axis label of a cost measure. */
    public static String costLabel(SweepObjective.Cost c) {
        return c == SweepObjective.Cost.NET_COST ? "Net cost: mean P&L given up against unhedged (USD per path)"
                : "Premium paid (USD per path)";
    }

    /** Axis label of a tail measure. */
    public static String tailLabel(SweepObjective.Tail t) {
        return switch (t) {
            case VAR95 -> "VaR 95 (USD)";
            case VAR99 -> "VaR 99 (USD)";
            case CVAR95 -> "CVaR 95 (USD)";
            case CVAR99 -> "CVaR 99 (USD)";
            case MAX_DRAWDOWN95 -> "Max drawdown, 95th percentile (USD)";
            case RUIN -> "P(ruin)";
        };
    }

    /**
     * The frontier chart of a sweep.
     *
     * @param result the sweep
     * @param title the title, or null
     * @param theme the colours
     * @return the chart; its dataset is a {@link Points}
     */
    public static JFreeChart create(SweepResult result, String title, ChartTheme theme) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(theme, "theme");
        return chart(result.rows(), result.frontier(), result.best(), result.spec().objective(), title,
                subtitle(result), theme);
    }

    /**
     * The frontier's policies in sample and out of sample, side by side as two frontiers (each point
     * joined to its counterpart is too busy; the two clouds show whether the ranking holds).
     */
    public static JFreeChart outOfSample(SweepResult result, String title, ChartTheme theme) {
        SweepResult.OutOfSample oos = Objects.requireNonNull(result.outOfSample(), "no out-of-sample evaluation");
        List<SweepRow> rows = oos.rows();
        List<Integer> frontier = new ArrayList<>();
        int best = -1;
        for (int k = 0; k < rows.size(); k++) {
            if (rows.get(k).onFrontier()) {
                frontier.add(k);
            }
            if (result.best() >= 0 && rows.get(k).index() == result.rows().get(result.best()).index()) {
                best = k;
            }
        }
        frontier.sort((a, b) -> Double.compare(rows.get(a).cost(), rows.get(b).cost()));
        String sub = oos.name() + ": the in-sample frontier's policies, in cost order (" + oos.paths()
                + (oos.paths() == 1 ? " path: the tail is its maximum drawdown)" : " paths)");
        SweepObjective o = result.spec().objective();
        // On one path the tail is the path's max drawdown (SweepResult.OutOfSample.tail).
        SweepObjective measured = new SweepObjective(o.cost(), oos.tail(), o.goal(), o.tailAtMost(), o.lambda());
        return chart(rows, frontier, best, measured, title, sub, theme);
    }

    private static String subtitle(SweepResult r) {
        return String.format(Locale.ROOT, "%d policies on the same %,d paths x %d days; lower-left is better",
                r.rows().size(), r.paths(), r.steps());
    }

    private static JFreeChart chart(List<SweepRow> rows, List<Integer> frontier, int best, SweepObjective o,
                                    String title, String subtitle, ChartTheme theme) {
        Points data = new Points();
        data.addSeries(new XYSeries("Policies", false, true));
        data.addSeries(new XYSeries("Frontier", false, true));
        data.addSeries(new XYSeries("Unhedged", false, true));
        data.addSeries(new XYSeries("Base policy", false, true));
        data.addSeries(new XYSeries("Best for the objective", false, true));
        data.setNotify(false);
        boolean ruin = o.tail() == SweepObjective.Tail.RUIN;
        for (int i = 0; i < rows.size(); i++) {
            SweepRow r = rows.get(i);
            if (r.role() == SweepRow.Role.POINT && !frontier.contains(i)) {
                data.add(POLICIES, r.cost(), r.tail(), i);
            }
        }
        for (int i : frontier) {
            data.add(FRONTIER, rows.get(i).cost(), rows.get(i).tail(), i);
        }
        for (int i = 0; i < rows.size(); i++) {
            SweepRow r = rows.get(i);
            if (r.role() == SweepRow.Role.UNHEDGED) {
                data.add(UNHEDGED, r.cost(), r.tail(), i);
            } else if (r.role() == SweepRow.Role.BASE) {
                data.add(BASE, r.cost(), r.tail(), i);
            }
        }
        if (best >= 0) {
            data.add(BEST, rows.get(best).cost(), rows.get(best).tail(), best);
        }
        data.setNotify(true);

        NumberAxis x = new NumberAxis(costLabel(o.cost()));
        x.setAutoRangeIncludesZero(false);
        x.setNumberFormatOverride(ChartStyle.usdFormat());
        NumberAxis y = new NumberAxis(tailLabel(o.tail()));
        y.setAutoRangeIncludesZero(false);
        y.setNumberFormatOverride(ruin ? new java.text.DecimalFormat("0.0%") : ChartStyle.usdFormat());
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        Color muted = ChartStyle.withAlpha(theme.tickText(), 0.55);
        Color frontierColor = theme.seriesColor(0);
        style(r, POLICIES, muted, new Ellipse2D.Double(-3, -3, 6, 6), false);
        style(r, FRONTIER, frontierColor, new Ellipse2D.Double(-4, -4, 8, 8), true);
        style(r, UNHEDGED, theme.loss(), new Rectangle2D.Double(-5, -5, 10, 10), false);
        style(r, BASE, theme.seriesColor(1), diamond(7), false);
        style(r, BEST, theme.seriesColor(2), diamond(8), false);
        r.setSeriesShapesFilled(BEST, false);
        r.setSeriesOutlineStroke(BEST, new BasicStroke(2.2f));
        r.setUseOutlinePaint(false);
        r.setDrawOutlines(true);
        XYToolTipGenerator tips = (dataset, series, item) -> {
            int row = ((Points) dataset).rowAt(series, item);
            SweepRow sr = row < 0 ? null : rows.get(row);
            return sr == null ? null : String.format(Locale.ROOT, "%s: cost %s, %s %s", sr.label(),
                    ChartStyle.usd(sr.cost()), o.tail().id(), ruin ? String.format(Locale.ROOT, "%.2f%%", 100 * sr.tail())
                            : ChartStyle.usd(sr.tail()));
        };
        r.setDefaultToolTipGenerator(tips);
        XYPlot plot = new XYPlot(data, x, y, r);
        ChartStyle.stylePlot(plot, theme);
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        return ChartStyle.chart(plot, title, subtitle, true, theme);
    }

    private static void style(XYLineAndShapeRenderer r, int series, Color color, java.awt.Shape shape, boolean line) {
        r.setSeriesPaint(series, color);
        r.setSeriesShape(series, shape);
        r.setSeriesShapesVisible(series, true);
        r.setSeriesLinesVisible(series, line);
        r.setSeriesStroke(series, ChartStyle.LINE);
    }

    private static java.awt.Shape diamond(double s) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -s);
        p.lineTo(s, 0);
        p.lineTo(0, s);
        p.lineTo(-s, 0);
        p.closePath();
        return p;
    }
}
