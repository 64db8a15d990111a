package com.alvh.workbench.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;

import com.alvh.workbench.analytics.SampleScenarios;
import com.alvh.workbench.chart.ChartTheme;
import com.alvh.workbench.chart.PayoffChart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Explore view model without a display. */
class ExploreViewModelTest {

    @TempDir
    Path dir;

    private static ExploreViewModel model() {
        return new ExploreViewModel(new ExploreCalculator(SampleScenarios.baseCondor(), SampleScenarios.baseMarket(),
                SampleScenarios.baseSkew(), SampleScenarios.baseProfile().spots()), "SPX iron condor", ChartTheme.LIGHT);
    }

    private static double spotMarker(JFreeChart chart) {
        @SuppressWarnings("unchecked")
        List<ValueMarker> markers = List.copyOf(chart.getXYPlot().getDomainMarkers(Layer.FOREGROUND));
        return markers.stream().filter(m -> m.getLabel().startsWith("Spot")).findFirst().orElseThrow().getValue();
    }

    @Test
    void aSliderChangeUpdatesTheSameChartOnceWithTheNewCurvesAndMarker() {
        ExploreViewModel model = model();
        JFreeChart chart = model.getChart();
        int[] events = {0};
        chart.addChangeListener(e -> events[0]++);
        model.daysForwardProperty().set(20);
        assertThat(events[0]).as("one change event per input change").isEqualTo(1);
        model.spotProperty().set(5100.0);
        assertThat(events[0]).isEqualTo(2);
        assertThat(model.getChart()).isSameAs(chart);
        XYDataset data = chart.getXYPlot().getDataset();
        assertThat(data.getSeriesKey(PayoffChart.HORIZON_SERIES)).isEqualTo(PayoffChart.horizonKey(20));
        double[] expected = model.getResult().profile().pnlAtHorizon();
        assertThat(data.getYValue(PayoffChart.HORIZON_SERIES, 123)).isEqualTo(expected[123]);
        assertThat(spotMarker(chart)).isEqualTo(5100.0);
        assertThat(chart.getTitle().getText()).endsWith("T+20 days");
        assertThat(model.lastRedrawMillisProperty().get()).isPositive();
        assertThat(model.greeks()).hasSize(5);
        assertThat(model.greeks().get(4).label()).isEqualTo("Position");
    }

    @Test
    void inputsAreClampedAndNaNIsRefused() {
        ExploreViewModel model = model();
        model.spotProperty().set(1.0);
        assertThat(model.spotProperty().get()).isEqualTo(model.minSpot());
        model.spotProperty().set(Double.NaN);
        assertThat(model.spotProperty().get()).isEqualTo(model.minSpot());
        model.vixShiftProperty().set(99);
        assertThat(model.vixShiftProperty().get()).isEqualTo(ExploreViewModel.MAX_VIX_SHIFT);
        model.daysForwardProperty().set(500);
        assertThat(model.daysForwardProperty().get()).isEqualTo(SampleScenarios.DAYS_TO_EXPIRY);
        model.daysForwardProperty().set(-3);
        assertThat(model.daysForwardProperty().get()).isZero();
        assertThat(model.getResult().inputs().daysForward()).isZero();
    }

    @Test
    void resetReturnsToEntry() {
        ExploreViewModel model = model();
        model.spotProperty().set(4800);
        model.vixShiftProperty().set(10);
        model.daysForwardProperty().set(30);
        model.reset();
        assertThat(model.getResult().inputs()).isEqualTo(new ExploreCalculator.Inputs(SampleScenarios.SPOT, 0, 0));
        assertThat(model.getResult().pnlNow()).isCloseTo(0.0, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void themeChangeRebuildsTheChartAtTheCurrentInputs() {
        ExploreViewModel model = model();
        model.spotProperty().set(4950);
        JFreeChart light = model.getChart();
        model.setChartTheme(ChartTheme.DARK);
        assertThat(model.getChart()).isNotSameAs(light);
        assertThat(model.getChart().getBackgroundPaint()).isEqualTo(ChartTheme.DARK.background());
        assertThat(spotMarker(model.getChart())).isEqualTo(4950.0);
    }

    @Test
    void csvExportWritesTheTableAtTheCurrentVixShift() throws IOException {
        ExploreViewModel model = model();
        model.vixShiftProperty().set(8);
        Path csv = dir.resolve("pnl.csv");
        model.exportTableCsv(csv);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).contains("VIX shift +8.0");
        assertThat(lines.get(1)).startsWith("days_forward,4400.00,").endsWith(",5600.00");
        assertThat(lines).hasSize(2 + 10);
        String[] day5 = lines.get(3).split(",");
        assertThat(day5[0]).isEqualTo("5");
        assertThat(Double.parseDouble(day5[7])).isCloseTo(model.getResult().table().pnlAt(1, 6),
                org.assertj.core.data.Offset.offset(0.005));
    }
}
