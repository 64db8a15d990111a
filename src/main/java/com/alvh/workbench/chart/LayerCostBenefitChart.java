package com.alvh.workbench.chart;

import com.alvh.workbench.sim.CampaignSummary;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Cost and benefit of each hedge layer of one policy, per path on average (USD): what it paid
 * (premium, commissions, slippage; drawn below zero as an outflow), what it brought back (sales,
 * settlements and the final mark of what is still open) and the net of the two.
 */
public final class LayerCostBenefitChart {

    /** Series keys, in order. */
    public static final String PAID = "Paid";
    public static final String RECEIVED = "Received";
    public static final String NET = "Net";

    /** Label of the value axis. */
    public static final String RANGE_LABEL = "USD per path";

    private LayerCostBenefitChart() {
    }

    /**
     * @param summary the policy's summary; with no layers the chart says "No hedge layers"
     * @param title the chart title, or {@code null}
     * @param theme the colours
     */
    public static JFreeChart create(CampaignSummary summary, String title, ChartTheme theme) {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(theme, "theme");
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.setNotify(false);
        for (CampaignSummary.LayerLine line : summary.layers()) {
            data.addValue(-line.meanPaid(), PAID, line.name());
            data.addValue(line.meanReceived(), RECEIVED, line.name());
            data.addValue(line.net(), NET, line.name());
        }
        data.setNotify(true);
        CategoryAxis x = new CategoryAxis(null);
        x.setCategoryMargin(0.25);
        x.setMaximumCategoryLabelLines(2);
        NumberAxis y = new NumberAxis(RANGE_LABEL);
        y.setNumberFormatOverride(ChartStyle.usdFormat());
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setItemMargin(0.04);
        bars.setSeriesPaint(0, theme.loss());
        bars.setSeriesPaint(1, theme.seriesColor(2));
        bars.setSeriesPaint(2, theme.seriesColor(0));
        bars.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1}, {0}: {2}", ChartStyle.usdFormat()));
        CategoryPlot plot = new CategoryPlot(data, x, y, bars);
        plot.setOrientation(PlotOrientation.VERTICAL);
        ChartStyle.stylePlot(plot, theme);
        plot.addRangeMarker(ChartStyle.zeroLine(theme));
        plot.setNoDataMessage("No hedge layers");
        String subtitle = summary.policyName() + ": mean per path; paid shown as an outflow, received includes the "
                + "final mark of open positions";
        return ChartStyle.chart(plot, title, subtitle, summary.layers().size() > 0, theme);
    }
}
