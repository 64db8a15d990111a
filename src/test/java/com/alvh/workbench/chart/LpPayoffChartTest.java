package com.alvh.workbench.chart;

import com.alvh.workbench.defi.LpPayoff;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LpPayoffChartTest {

    @Test
    void chartCarriesTheCurvesTheRangeAndTheEntry() {
        LpPayoff p = LpPayoff.of(100_000, 3000, 2500, 3600, 1500, 4500, 301);
        JFreeChart chart = LpPayoffChart.create(p, "LP", ChartTheme.LIGHT);
        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getDataset().getSeriesCount()).isEqualTo(2);
        assertThat(plot.getDataset().getSeriesKey(0)).isEqualTo(LpPayoffChart.LP_KEY);
        // At entry the LP and the hold value both equal the deposit.
        int mid = 150;
        assertThat(plot.getDataset().getXValue(0, mid)).isCloseTo(3000, within(1e-9));
        assertThat(plot.getDataset().getYValue(0, mid)).isCloseTo(100_000, within(1e-6));
        assertThat(plot.getDataset().getYValue(1, mid)).isCloseTo(100_000, within(1e-6));
        // Impermanent loss: away from entry the LP is worth less than holding.
        assertThat(plot.getDataset().getYValue(0, 0)).isLessThan(plot.getDataset().getYValue(1, 0));
        IntervalMarker range = null;
        for (Object m : plot.getDomainMarkers(Layer.BACKGROUND)) {
            if (m instanceof IntervalMarker im) {
                range = im;
            }
        }
        assertThat(range).isNotNull();
        assertThat(range.getStartValue()).isEqualTo(2500.0);
        assertThat(range.getEndValue()).isEqualTo(3600.0);
        assertThat(plot.getDomainMarkers(Layer.FOREGROUND)).hasSize(1);
    }

    @Test
    void fullRangeHasNoRangeMarker() {
        LpPayoff p = LpPayoff.of(100_000, 3000, 0, Double.POSITIVE_INFINITY, 1500, 4500, 101);
        XYPlot plot = LpPayoffChart.create(p, null, ChartTheme.DARK).getXYPlot();
        assertThat(plot.getDomainMarkers(Layer.BACKGROUND)).isNullOrEmpty();
    }
}
