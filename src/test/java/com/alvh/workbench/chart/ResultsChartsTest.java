package com.alvh.workbench.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;

import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.sim.CampaignResult;
import com.alvh.workbench.sim.CampaignSummary;
import com.alvh.workbench.sim.PolicyComparison;
import java.awt.Shape;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** The results charts hold the simulation's numbers, and draw something in both themes. */
class ResultsChartsTest {

    private static final double TOL = 1e-9;

    private static List<PolicyComparison.Entry> entries() {
        return ResultsFixture.comparison();
    }

    private static List<Double> domainMarkers(XYPlot plot) {
        List<Double> out = new ArrayList<>();
        java.util.Collection<?> markers = plot.getDomainMarkers(Layer.FOREGROUND);
        for (Object m : markers) {
            out.add(((ValueMarker) m).getValue());
        }
        return out;
    }

    @Test
    void histogramSharesAddUpAndEdgesAreRight() {
        Histogram h = Histogram.of(new double[][] {{0, 1, 2, 3, 4, 5, 6, 7, 8, 10}, {5, 5, 5, 10}}, 5);
        assertThat(h.lower()).isEqualTo(0.0);
        assertThat(h.width()).isEqualTo(2.0);
        // [0,2) 0,1 | [2,4) 2,3 | [4,6) 4,5 | [6,8) 6,7 | [8,10] 8,10 (the maximum falls in the last bin)
        assertThat(h.percent()[0]).containsExactly(20, 20, 20, 20, 20);
        assertThat(h.percent()[1]).containsExactly(new double[] {0, 0, 75, 0, 25}, offset(TOL));
        double[][] outline = h.outline(1);
        assertThat(outline[0]).hasSize(12);
        assertThat(outline[0][0]).isEqualTo(0.0);
        assertThat(outline[1][0]).isEqualTo(0.0);
        assertThat(outline[0][11]).isEqualTo(10.0);
        assertThat(outline[1][5]).isCloseTo(75.0, offset(TOL)); // bin 2 top-left
        assertThat(outline[1][6]).isCloseTo(75.0, offset(TOL)); // bin 2 top-right
        assertThat(Arrays.stream(Histogram.of(new double[][] {entries().get(1).result().pnl()}, 60).percent()[0])
                .sum()).isCloseTo(100.0, offset(1e-9));
        assertThatIllegalArgumentException().isThrownBy(() -> Histogram.of(new double[][] {{1, Double.NaN}}, 3))
                .withMessageContaining("non-finite");
        // All values equal: one bin still shows them.
        assertThat(Histogram.of(new double[][] {{3, 3}}, 4).percent()[0]).contains(100.0);
    }

    @Test
    void pnlDistributionMarksMinusVarAndMinusCvarOfEachPolicy() {
        PolicyComparison.Entry steward = entries().get(1);
        JFreeChart one = PnlDistributionChart.create(steward, ChartTheme.LIGHT);
        XYPlot plot = one.getXYPlot();
        assertThat(plot.getDataset().getSeriesCount()).isEqualTo(1);
        assertThat(domainMarkers(plot)).contains(-steward.summary().valueAtRisk95(),
                -steward.summary().expectedShortfall95(), 0.0);
        assertThat(((ValueMarker) plot.getDomainMarkers(Layer.FOREGROUND).stream()
                .filter(m -> ((ValueMarker) m).getValue() == -steward.summary().valueAtRisk95()).findFirst()
                .orElseThrow()).getLabel()).isEqualTo("VaR 95 " + ChartStyle.usd(steward.summary().valueAtRisk95()));

        JFreeChart all = PnlDistributionChart.create(entries(), "All", ChartTheme.DARK);
        XYPlot p = all.getXYPlot();
        assertThat(p.getDataset().getSeriesCount()).isEqualTo(3);
        assertThat(p.getDomainMarkers(Layer.FOREGROUND)).hasSize(2 * 3 + 1);
        for (PolicyComparison.Entry e : entries()) {
            assertThat(domainMarkers(p)).contains(-e.summary().valueAtRisk95(), -e.summary().expectedShortfall95());
        }
        // The outline of a policy covers its whole sample: heights add up to 100 % over the bins.
        XYDataset d = p.getDataset();
        double sum = 0;
        for (int i = 1; i < d.getItemCount(0) - 1; i += 2) {
            sum += d.getYValue(0, i);
        }
        assertThat(sum).isCloseTo(100.0, offset(1e-9));
        // Legend: three policies and the two marker styles.
        assertThat(p.getLegendItems().getItemCount()).isEqualTo(5);
    }

    @Test
    void maxDrawdownChartMarksMeanAndPercentile() {
        JFreeChart chart = MaxDrawdownChart.create(entries(), "DD", ChartTheme.LIGHT);
        XYPlot p = chart.getXYPlot();
        for (PolicyComparison.Entry e : entries()) {
            assertThat(domainMarkers(p)).contains(e.summary().meanMaxDrawdown(), e.summary().maxDrawdown95());
        }
    }

    @Test
    void underwaterCurveIsEquityBelowItsRunningPeak() {
        assertThat(UnderwaterChart.underwater(new double[] {100, 110, 105, 120, 90, 125}))
                .containsExactly(0, 0, -5, 0, -30, 0);
        // Identity with the engine: the deepest point of each sample path's curve is that path's
        // maximum drawdown as the simulation recorded it.
        CampaignResult r = entries().get(1).result();
        JFreeChart chart = UnderwaterChart.create(r, null, ChartTheme.LIGHT);
        XYDataset d = chart.getXYPlot().getDataset();
        assertThat(d.getSeriesCount()).isEqualTo(r.samples().size()).isPositive();
        for (int s = 0; s < r.samples().size(); s++) {
            double min = 0;
            for (int i = 0; i < d.getItemCount(s); i++) {
                min = Math.min(min, d.getYValue(s, i));
            }
            int path = r.samples().get(s).pathIndex();
            assertThat(-min).as("path %d", path).isCloseTo(r.maxDrawdown()[path], offset(1e-6));
        }
    }

    @Test
    void equityFanBandsAreTheSimulatedPercentiles() {
        CampaignResult r = entries().get(1).result();
        JFreeChart chart = EquityFanChart.create(entries(), 1, 0, "Fan", ChartTheme.LIGHT);
        XYPlot plot = chart.getXYPlot();
        IntervalXYDataset bands = (IntervalXYDataset) plot.getDataset(1);
        double[][] fan = r.equityFan();
        for (int t = 0; t < fan[0].length; t += 7) {
            assertThat(bands.getStartYValue(0, t)).isEqualTo(fan[0][t]);
            assertThat(bands.getEndYValue(0, t)).isEqualTo(fan[4][t]);
            assertThat(bands.getStartYValue(1, t)).isEqualTo(fan[1][t]);
            assertThat(bands.getEndYValue(1, t)).isEqualTo(fan[3][t]);
            assertThat(plot.getDataset(0).getYValue(0, t)).isEqualTo(fan[2][t]);
            assertThat(plot.getDataset(0).getYValue(1, t)).isEqualTo(entries().get(0).result().equityFan()[2][t]);
        }
        assertThat(plot.getDataset(0).getSeriesKey(1)).isEqualTo("Median Unhedged");
        assertThatIllegalArgumentException().isThrownBy(() -> EquityFanChart.create(entries(), 1, 1, null,
                ChartTheme.LIGHT)).withMessageContaining("baseline");
        assertThat(EquityFanChart.create(entries(), 2, -1, null, ChartTheme.DARK).getXYPlot().getDataset(0)
                .getSeriesCount()).isEqualTo(1);
    }

    @Test
    void vixPathMarksEachLayersEntriesOnTheVixLineWithDistinctShapes() {
        CampaignResult r = entries().get(1).result();
        int sample = VixPathChart.busiestSample(r);
        CampaignResult.SamplePath path = r.samples().get(sample);
        JFreeChart chart = VixPathChart.create(r, sample, "VIX", ChartTheme.LIGHT);
        XYPlot plot = chart.getXYPlot();
        XYDataset d = plot.getDataset(0);
        assertThat(d.getSeriesCount()).isEqualTo(1 + r.layerCount());
        int total = 0;
        for (int l = 0; l < r.layerCount(); l++) {
            List<Integer> steps = path.layerEntrySteps().get(l);
            assertThat(d.getSeriesKey(l + 1)).isEqualTo(r.layerNames().get(l) + " entry");
            assertThat(d.getItemCount(l + 1)).isEqualTo(steps.size());
            for (int k = 0; k < steps.size(); k++) {
                assertThat(d.getXValue(l + 1, k)).isEqualTo((double) steps.get(k));
                assertThat(d.getYValue(l + 1, k)).isEqualTo(path.vix()[steps.get(k)]);
            }
            total += steps.size();
        }
        assertThat(total).as("the busiest sample path has entries").isPositive();
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer(0);
        Set<String> shapes = new HashSet<>();
        for (int l = 0; l < r.layerCount(); l++) {
            Shape s = renderer.getSeriesShape(l + 1);
            shapes.add(outline(s));
        }
        assertThat(shapes).hasSize(r.layerCount());
        assertThat(plot.getDataset(1).getYValue(0, 0)).isEqualTo(path.spot()[0]);
        assertThatIllegalArgumentException().isThrownBy(() -> VixPathChart.create(r, r.samples().size(), null,
                ChartTheme.LIGHT)).withMessageContaining("sample");
    }

    /** A shape's outline as text: its path segments and their rounded coordinates. */
    private static String outline(Shape s) {
        StringBuilder sb = new StringBuilder();
        double[] c = new double[6];
        for (java.awt.geom.PathIterator it = s.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            sb.append(type).append(':');
            for (int i = 0; i < 6; i++) {
                sb.append(Math.round(c[i] * 100)).append(',');
            }
        }
        return sb.toString();
    }

    @Test
    void policyComparisonAndLayerChartsHoldTheSummaryNumbers() {
        JFreeChart chart = PolicyComparisonChart.create(entries(), "Cmp", ChartTheme.LIGHT);
        CategoryDataset d = ((CategoryPlot) chart.getPlot()).getDataset();
        assertThat(d.getRowCount()).isEqualTo(3);
        assertThat(d.getColumnCount()).isEqualTo(PolicyComparisonChart.METRICS.size());
        CampaignSummary s = entries().get(1).summary();
        assertThat(d.getValue("Steward", "VaR 95").doubleValue()).isEqualTo(s.valueAtRisk95());
        assertThat(d.getValue("Steward", "Mean P&L").doubleValue()).isEqualTo(s.pnl().mean());
        assertThat(d.getValue("Unhedged", "Mean hedge cost").doubleValue()).isZero();

        JFreeChart layers = LayerCostBenefitChart.create(s, "Layers", ChartTheme.DARK);
        CategoryDataset l = ((CategoryPlot) layers.getPlot()).getDataset();
        assertThat(l.getColumnCount()).isEqualTo(s.layers().size());
        for (CampaignSummary.LayerLine line : s.layers()) {
            assertThat(l.getValue(LayerCostBenefitChart.PAID, line.name()).doubleValue()).isEqualTo(-line.meanPaid());
            assertThat(l.getValue(LayerCostBenefitChart.NET, line.name()).doubleValue()).isEqualTo(line.net());
        }
        JFreeChart none = LayerCostBenefitChart.create(entries().get(0).summary(), null, ChartTheme.LIGHT);
        assertThat(((CategoryPlot) none.getPlot()).getDataset().getColumnCount()).isZero();
        assertThat(none.getPlot().getNoDataMessage()).isEqualTo("No hedge layers");
        assertThat(AlvhPolicy.unhedged().layers()).isEmpty();
    }

    @Test
    void everyChartDrawsInkInItsPlotAreaInBothThemes() {
        List<PolicyComparison.Entry> e = entries();
        for (ChartTheme theme : List.of(ChartTheme.LIGHT, ChartTheme.DARK)) {
            List<JFreeChart> charts = List.of(
                    PnlDistributionChart.create(e.get(1), theme),
                    PnlDistributionChart.create(e, null, theme),
                    MaxDrawdownChart.create(e, null, theme),
                    UnderwaterChart.create(e.get(1).result(), null, theme),
                    EquityFanChart.create(e, 1, 0, null, theme),
                    VixPathChart.create(e.get(1).result(), 0, null, theme),
                    PolicyComparisonChart.create(e, null, theme),
                    LayerCostBenefitChart.create(e.get(1).summary(), null, theme));
            for (JFreeChart chart : charts) {
                BufferedImage image = ChartExport.toImage(chart, 800, 500, 1.0);
                int background = theme.plotBackground().getRGB();
                int ink = 0;
                // The central region of the image, inside any plot area.
                for (int y = 150; y < 350; y += 2) {
                    for (int x = 250; x < 650; x += 2) {
                        if (image.getRGB(x, y) != background) {
                            ink++;
                        }
                    }
                }
                assertThat(ink).as("%s chart in %s theme draws in its centre", chart.getPlot().getPlotType(),
                        theme.name()).isGreaterThan(200);
            }
        }
    }

    @Test
    void paletteIsThemedAndRepeats() {
        assertThat(ChartTheme.LIGHT.isDark()).isFalse();
        assertThat(ChartTheme.DARK.isDark()).isTrue();
        assertThat(ChartTheme.LIGHT.seriesColor(0)).isNotEqualTo(ChartTheme.DARK.seriesColor(0));
        assertThat(ChartTheme.LIGHT.seriesColor(8)).isEqualTo(ChartTheme.LIGHT.seriesColor(0));
        assertThatIllegalArgumentException().isThrownBy(() -> ChartTheme.LIGHT.seriesColor(-1));
    }
}
