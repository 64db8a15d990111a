package com.alvh.workbench.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;

import com.alvh.workbench.sim.PolicyComparison;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** Small multiples of the P&amp;L distributions on the shared results fixture (Unhedged, Steward, Promoter). */
class PnlSmallMultiplesChartTest {

    @Test
    void onePanelPerPolicyWithItsOwnVarAndCvarAndTheBaselineOutlineInTheOthers() {
        List<PolicyComparison.Entry> e = ResultsFixture.comparison();
        JFreeChart chart = PnlSmallMultiplesChart.create(e, 0, null, ChartTheme.LIGHT);
        List<XYPlot> panels = ((CombinedDomainXYPlot) chart.getPlot()).getSubplots();
        assertThat(panels).hasSize(3);
        for (int i = 0; i < 3; i++) {
            XYPlot panel = panels.get(i);
            List<Double> markers = panel.getDomainMarkers(Layer.FOREGROUND).stream()
                    .map(m -> ((ValueMarker) m).getValue()).toList();
            assertThat(markers).containsExactly(0.0, -e.get(i).summary().valueAtRisk95(),
                    -e.get(i).summary().expectedShortfall95());
            XYDataset d = panel.getDataset();
            assertThat(d.getSeriesKey(0)).isEqualTo(e.get(i).summary().policyName());
            assertThat(((org.jfree.chart.annotations.XYTextAnnotation) panel.getAnnotations().get(0)).getText())
                    .as("the panel names its policy").isEqualTo(e.get(i).summary().policyName());
            // The baseline's outline in every other panel, none in its own.
            assertThat(d.getSeriesCount()).isEqualTo(i == 0 ? 1 : 2);
            // Each panel's histogram holds its whole sample: heights add up to 100 % over the bins.
            double sum = 0;
            for (int k = 1; k < d.getItemCount(0) - 1; k += 2) {
                sum += d.getYValue(0, k);
            }
            assertThat(sum).isCloseTo(100.0, offset(1e-9));
            // Panels share one y range, so their heights compare.
            assertThat(panel.getRangeAxis().getRange()).isEqualTo(panels.get(0).getRangeAxis().getRange());
        }
        // Bins are common: the baseline outline in panel 1 is panel 0's own outline, point for point.
        XYDataset first = panels.get(0).getDataset();
        XYDataset second = panels.get(1).getDataset();
        for (int k = 0; k < first.getItemCount(0); k++) {
            assertThat(second.getXValue(1, k)).isEqualTo(first.getXValue(0, k));
            assertThat(second.getYValue(1, k)).isEqualTo(first.getYValue(0, k));
        }
    }

    @Test
    void drawsInBothThemesAndRefusesBadArguments() {
        List<PolicyComparison.Entry> e = ResultsFixture.comparison();
        for (ChartTheme theme : List.of(ChartTheme.LIGHT, ChartTheme.DARK)) {
            BufferedImage image = ChartExport.toImage(PnlSmallMultiplesChart.create(e, -1, "t", theme), 800, 500, 1.0);
            int background = theme.plotBackground().getRGB();
            int ink = 0;
            for (int y = 100; y < 400; y += 2) {
                for (int x = 200; x < 700; x += 2) {
                    ink += image.getRGB(x, y) != background ? 1 : 0;
                }
            }
            assertThat(ink).isGreaterThan(200);
        }
        assertThatIllegalArgumentException().isThrownBy(() -> PnlSmallMultiplesChart.create(List.of(), -1, null,
                ChartTheme.LIGHT));
        assertThatIllegalArgumentException().isThrownBy(() -> PnlSmallMultiplesChart.create(e, 3, null,
                ChartTheme.LIGHT)).withMessageContaining("baselineIndex");
    }
}
