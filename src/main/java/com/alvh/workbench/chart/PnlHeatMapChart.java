package com.alvh.workbench.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * P&amp;L over an SPX move x VIX level grid as a heat map: red for losses, green for gains, white at
 * zero, on a scale symmetric about zero. A line shows the VIX a stated spot-vol rule gives along the
 * SPX axis, dashed lines the VIX levels the layers' triggers watch, and a ring the point now shown.
 *
 * <p>Axes: SPX move from entry in percent on x, VIX in index points on y; the colour legend in USD.
 */
public final class PnlHeatMapChart {

    private PnlHeatMapChart() {
    }

    /**
     * The grid and what is drawn over it.
     *
     * @param movesPercent SPX moves from entry (percent, ascending, evenly spaced)
     * @param vixLevels VIX levels (index points, ascending, evenly spaced)
     * @param pnl P&amp;L (USD) per {@code [vix][move]}
     * @param ruleMoves SPX moves of the rule's line (percent)
     * @param ruleVix VIX of the rule's line at those moves
     * @param triggerLevels VIX levels of the layers' triggers
     * @param nowMove the SPX move shown on the other charts (percent)
     * @param nowVix the VIX shown on the other charts
     */
    public record Grid(double[] movesPercent, double[] vixLevels, double[][] pnl, double[] ruleMoves, double[] ruleVix,
                       List<Double> triggerLevels, double nowMove, double nowVix) {
        public Grid {
            if (movesPercent.length < 2 || vixLevels.length < 2 || pnl.length != vixLevels.length) {
                throw new IllegalArgumentException("the grid needs at least 2 x 2 cells and one row per VIX level");
            }
            for (double[] row : pnl) {
                if (row.length != movesPercent.length) {
                    throw new IllegalArgumentException("each row needs one P&L per move (" + movesPercent.length + ")");
                }
            }
            if (ruleMoves.length != ruleVix.length) {
                throw new IllegalArgumentException("ruleMoves and ruleVix must have the same length");
            }
            triggerLevels = List.copyOf(triggerLevels);
        }

        /** The largest loss of the grid as a positive amount (USD), at least 1. */
        double worstLoss() {
            double m = 1.0;
            for (double[] row : pnl) {
                for (double v : row) {
                    if (Double.isFinite(v)) {
                        m = Math.max(m, -v);
                    }
                }
            }
            return m;
        }

        /** The largest gain of the grid (USD), at least 1. */
        double bestGain() {
            double m = 1.0;
            for (double[] row : pnl) {
                for (double v : row) {
                    if (Double.isFinite(v)) {
                        m = Math.max(m, v);
                    }
                }
            }
            return m;
        }
    }

    /**
     * A diverging scale: the worst loss deep red, 0 the plot background, the best gain deep green. Each side
     * has its own extent, so a grid whose gains dwarf its losses (VIX calls at VIX 90) still shows where
     * it loses.
     *
     * @param lossExtent the largest loss as a positive amount (USD, &gt; 0)
     * @param gainExtent the largest gain (USD, &gt; 0)
     * @param loss the colour at -extent
     * @param zero the colour at 0 (the plot background)
     * @param gain the colour at +extent
     */
    public record DivergingScale(double lossExtent, double gainExtent, Color loss, Color zero, Color gain)
            implements PaintScale {
        @Override
        public double getLowerBound() {
            return -lossExtent;
        }

        @Override
        public double getUpperBound() {
            return gainExtent;
        }

        @Override
        public Paint getPaint(double value) {
            if (!Double.isFinite(value)) {
                return zero;
            }
            double t = value < 0 ? Math.max(-1.0, value / lossExtent) : Math.min(1.0, value / gainExtent);
            Color end = t < 0 ? loss : gain;
            double a = Math.sqrt(Math.abs(t)); // small amounts still show
            return new Color(mix(zero.getRed(), end.getRed(), a), mix(zero.getGreen(), end.getGreen(), a),
                    mix(zero.getBlue(), end.getBlue(), a));
        }

        private static int mix(int from, int to, double a) {
            return (int) Math.round(from + (to - from) * a);
        }
    }

    /**
     * @param grid the P&amp;L grid and its overlays
     * @param title the title, or null
     * @param theme the colours
     */
    public static JFreeChart create(Grid grid, String title, ChartTheme theme) {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(theme, "theme");
        double[] mx = grid.movesPercent();
        double[] vy = grid.vixLevels();
        double dx = mx[1] - mx[0];
        double dy = vy[1] - vy[0];
        int cells = mx.length * vy.length;
        double[] xs = new double[cells];
        double[] ys = new double[cells];
        double[] zs = new double[cells];
        int k = 0;
        for (int r = 0; r < vy.length; r++) {
            for (int c = 0; c < mx.length; c++) {
                xs[k] = mx[c];
                ys[k] = vy[r];
                zs[k] = grid.pnl()[r][c];
                k++;
            }
        }
        DefaultXYZDataset cellsData = new DefaultXYZDataset();
        cellsData.addSeries("P&L", new double[][] {xs, ys, zs});
        XYBlockRenderer blocks = new XYBlockRenderer();
        blocks.setBlockWidth(dx);
        blocks.setBlockHeight(dy);
        DivergingScale scale = new DivergingScale(grid.worstLoss(), grid.bestGain(), theme.loss(), theme.plotBackground(),
                theme.spot());
        blocks.setPaintScale(scale);
        blocks.setDefaultToolTipGenerator((dataset, series, item) -> String.format(java.util.Locale.US,
                "SPX %+.1f %%, VIX %.0f: %s", dataset.getXValue(series, item), dataset.getYValue(series, item),
                ChartStyle.usd(((DefaultXYZDataset) dataset).getZValue(series, item))));
        NumberAxis x = new NumberAxis("SPX move from entry (%)");
        x.setRange(mx[0] - dx / 2, mx[mx.length - 1] + dx / 2);
        x.setNumberFormatOverride(ChartStyle.integerFormat());
        NumberAxis y = new NumberAxis("VIX");
        y.setRange(vy[0] - dy / 2, vy[vy.length - 1] + dy / 2);
        XYPlot plot = new XYPlot(cellsData, x, y, blocks);
        DefaultXYDataset rule = new DefaultXYDataset();
        rule.addSeries("VIX by the rule", new double[][] {grid.ruleMoves(), grid.ruleVix()});
        XYLineAndShapeRenderer ruleLine = new XYLineAndShapeRenderer(true, false);
        ruleLine.setSeriesPaint(0, theme.text());
        ruleLine.setSeriesStroke(0, ChartStyle.LINE);
        plot.setDataset(1, rule);
        plot.setRenderer(1, ruleLine);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD); // the line over the cells
        ChartStyle.stylePlot(plot, theme);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        for (double level : grid.triggerLevels()) {
            plot.addRangeMarker(ChartStyle.labelledMarker(level, null, theme.breakEven(), ChartStyle.DASHED, true, theme));
        }
        double r = 1.1;
        XYShapeAnnotation ring = new XYShapeAnnotation(new java.awt.geom.Ellipse2D.Double(grid.nowMove() - r * dx / 2,
                grid.nowVix() - r * dy / 2, r * dx, r * dy), new BasicStroke(2.5f), theme.text());
        plot.addAnnotation(ring);
        JFreeChart chart = ChartStyle.chart(plot, title, null, false, theme);
        NumberAxis legendAxis = new NumberAxis("P&L (USD)");
        legendAxis.setNumberFormatOverride(ChartStyle.usdFormat());
        legendAxis.setRange(-scale.lossExtent(), scale.gainExtent());
        ChartStyle.styleAxis(legendAxis, theme);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(new RectangleInsets(8, 8, 8, 8));
        legend.setStripWidth(14);
        legend.setBackgroundPaint(theme.background());
        chart.addSubtitle(legend);
        return chart;
    }
}
