package com.alvh.workbench.chart;

import com.alvh.workbench.defi.KOfNTradeoff;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * An insurance pool's k-of-n trade-off: against the threshold {@code k} (x), one line per number of
 * signers {@code n}, the probability of ruin (top, simulated) and the probability that a payout is later
 * than the deadline (bottom, closed form), both in percent.
 */
public final class KOfNTradeoffChart {

    private KOfNTradeoffChart() {
    }

    /**
     * @param data the trade-off
     * @param title the chart title, or {@code null}
     * @param theme the colours
     */
    public static JFreeChart create(KOfNTradeoff data, String title, ChartTheme theme) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(theme, "theme");
        XYSeriesCollection ruin = new XYSeriesCollection();
        XYSeriesCollection late = new XYSeriesCollection();
        for (int n : new TreeSet<>(data.points().stream().map(KOfNTradeoff.Point::signers).toList())) {
            XYSeries r = new XYSeries("n = " + n);
            XYSeries l = new XYSeries("n = " + n);
            for (KOfNTradeoff.Point p : data.points()) {
                if (p.signers() == n) {
                    r.add(p.threshold(), 100 * p.probabilityOfRuin());
                    l.add(p.threshold(), 100 * p.payoutLaterThanDeadline());
                }
            }
            ruin.addSeries(r);
            late.addSeries(l);
        }
        NumberAxis k = new NumberAxis("Threshold k (approvals needed)");
        k.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(k);
        plot.setGap(12);
        plot.add(subplot(ruin, "P(ruin) (%)", theme, true), 1);
        plot.add(subplot(late, String.format(Locale.ROOT, "P(payout > %.0f days) (%%)", data.deadlineDays()), theme, false), 1);
        ChartStyle.styleAxis(k, theme);
        plot.setBackgroundPaint(theme.plotBackground());
        plot.setOutlineVisible(false);
        String subtitle = ChartStyle.integerFormat().format(data.paths()) + " paths per point; P(ruin) simulated, delays in closed form";
        JFreeChart chart = ChartStyle.chart(plot, title, subtitle, true, theme);
        return chart;
    }

    private static XYPlot subplot(XYSeriesCollection data, String label, ChartTheme theme, boolean inLegend) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setDefaultSeriesVisibleInLegend(inLegend); // the same n in both panels: one legend entry each
        for (int i = 0; i < data.getSeriesCount(); i++) {
            r.setSeriesPaint(i, theme.seriesColor(i));
            r.setSeriesStroke(i, ChartStyle.LINE);
        }
        NumberAxis y = new NumberAxis(label);
        y.setAutoRangeIncludesZero(true);
        XYPlot p = new XYPlot(data, null, y, r);
        // A subplot has no domain axis of its own (the combined plot's k axis), so style it piece by piece.
        p.setBackgroundPaint(theme.plotBackground());
        p.setOutlineVisible(false);
        p.setDomainGridlinePaint(theme.gridline());
        p.setRangeGridlinePaint(theme.gridline());
        ChartStyle.styleAxis(y, theme);
        return p;
    }
}
