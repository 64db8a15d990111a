package com.alvh.workbench.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;

import com.alvh.workbench.chart.ChartTheme;
import com.alvh.workbench.chart.HedgedPayoffChart;
import com.alvh.workbench.chart.PayoffChart;
import com.alvh.workbench.scenario.ScenarioCondor;
import com.alvh.workbench.scenario.ScenarioSamples;
import com.alvh.workbench.scenario.ScenarioSpec;
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
        ScenarioSpec spec = ScenarioSamples.baseCondorAlvh();
        var market = ScenarioCondor.market(spec);
        return new ExploreViewModel(new ExploreCalculator(ScenarioCondor.first(spec, market), market,
                spec.market().vix3m(), spec.market().skew(), spec.policy().resolve(spec.capital()), spec.capital()), "SPX iron condor",
                ChartTheme.LIGHT);
    }

    private static double spotMarker(JFreeChart chart) {
        @SuppressWarnings("unchecked")
        List<ValueMarker> markers = List.copyOf(chart.getXYPlot().getDomainMarkers(Layer.FOREGROUND));
        return markers.stream().filter(m -> m.getLabel() != null && m.getLabel().startsWith("Spot")).findFirst()
                .orElseThrow().getValue();
    }

    @Test
    void aSliderChangeUpdatesTheSameChartOnceWithTheCurvesGreeksAndTableOfOneResult() {
        ExploreViewModel model = model();
        JFreeChart chart = model.getChart();
        int[] events = {0};
        chart.addChangeListener(e -> events[0]++);
        model.daysForwardProperty().set(20);
        assertThat(events[0]).as("one change event per input change").isEqualTo(1);
        model.spotProperty().set(4600.0);
        assertThat(events[0]).isEqualTo(2);
        assertThat(model.getChart()).isSameAs(chart);
        XYDataset data = chart.getXYPlot().getDataset();
        assertThat(data.getSeriesKey(PayoffChart.HORIZON_SERIES)).isEqualTo(PayoffChart.horizonKey(20));
        assertThat(data.getSeriesKey(HedgedPayoffChart.HEDGED_SERIES)).isEqualTo(HedgedPayoffChart.hedgedKey(20));
        ExploreCalculator.Result r = model.getResult();
        assertThat(data.getYValue(HedgedPayoffChart.HEDGED_SERIES, 60)).isEqualTo(r.curves().hedgedAtHorizon()[60]);
        assertThat(spotMarker(chart)).isEqualTo(4600.0);
        assertThat(chart.getTitle().getText()).endsWith("T+20 days");
        assertThat(model.lastRedrawMillisProperty().get()).isPositive();
        // Legs, the position, each layer that is on, then the position with its layers.
        assertThat(model.greeks()).hasSize(4 + 1 + r.layerRows().size() + 1);
        assertThat(model.greeks().get(4).label()).isEqualTo("Position");
        assertThat(model.greeks().get(model.greeks().size() - 1).label()).isEqualTo("With layers");
        assertThat(model.layers()).hasSize(4); // three layers and the reserve's deployment
    }

    @Test
    void slidersAreClampedAndTheClampIsSaid() {
        ExploreViewModel model = model();
        model.spotProperty().set(1.0);
        assertThat(model.spotProperty().get()).isEqualTo(model.minSpot());
        assertThat(model.noticeProperty().get()).isEqualTo("Spot 1 is outside 3,000 to 6,000: set to 3,000");
        model.vixShiftProperty().set(99);
        assertThat(model.vixShiftProperty().get()).isEqualTo(ExploreViewModel.MAX_VIX_SHIFT);
        model.daysForwardProperty().set(500);
        assertThat(model.daysForwardProperty().get()).isEqualTo(45);
        assertThat(model.noticeProperty().get()).isEqualTo("Days forward 500 is outside 0 to 45: set to 45");
        model.daysForwardProperty().set(-3);
        assertThat(model.daysForwardProperty().get()).isZero();
        assertThat(model.getResult().inputs().daysForward()).isZero();
    }

    @Test
    void typedTextIsRefusedWhenNotANumberAndClampedWithAMessage() {
        ExploreViewModel model = model();
        assertThat(model.enter(ExploreViewModel.Field.SPOT, "abc")).isFalse();
        assertThat(model.noticeProperty().get()).isEqualTo("Spot: 'abc' is not a number; kept 5,000");
        assertThat(model.spotProperty().get()).isEqualTo(5000.0);
        assertThat(model.enter(ExploreViewModel.Field.SPOT, "99999")).isTrue();
        assertThat(model.spotProperty().get()).isEqualTo(model.maxSpot());
        assertThat(model.noticeProperty().get()).isEqualTo("Spot 99,999 is outside 3,000 to 6,000: set to 6,000");
        assertThat(model.enter(ExploreViewModel.Field.DAYS, "2.5")).isFalse();
        assertThat(model.noticeProperty().get()).startsWith("Days forward must be a whole number");
        assertThat(model.enter(ExploreViewModel.Field.ELASTICITY, "2")).isTrue();
        assertThat(model.getResult().inputs().elasticity()).isEqualTo(2.0);
        assertThat(model.noticeProperty().get()).isEmpty();
    }

    @Test
    void resetRestoresTheOpeningState() {
        ExploreViewModel model = model();
        ExploreCalculator.Inputs opening = model.getResult().inputs();
        model.spotProperty().set(4800);
        model.vixShiftProperty().set(10);
        model.elasticityProperty().set(2);
        model.daysForwardProperty().set(30);
        model.spotProperty().set(1);
        model.reset();
        assertThat(model.getResult().inputs()).isEqualTo(opening);
        assertThat(model.noticeProperty().get()).isEmpty();
        assertThat(model.getResult().pnlNow()).isCloseTo(0.0, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void theHeatMapIsBuiltWhenShownAndFollowsTheSpot() {
        ExploreViewModel model = model();
        assertThat(model.heatMapProperty().get()).isNull();
        model.heatMapShownProperty().set(true);
        JFreeChart first = model.heatMapProperty().get();
        assertThat(first).isNotNull();
        assertThat(first.getTitle().getText()).contains("P&L at T+0 days by SPX move and VIX");
        model.spotProperty().set(4500);
        assertThat(model.heatMapProperty().get()).isNotSameAs(first);
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
    void csvExportWritesTheTableWithLayersAtTheCurrentRule() throws IOException {
        ExploreViewModel model = model();
        model.vixShiftProperty().set(8);
        Path csv = dir.resolve("pnl.csv");
        model.exportTableCsv(csv);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).contains("elasticity 4.00").contains("+8.0 points");
        assertThat(lines.get(1)).startsWith("days_forward,3000.00,").endsWith(",6000.00");
        assertThat(lines).hasSize(2 + 10);
        String[] day5 = lines.get(3).split(",");
        assertThat(day5[0]).isEqualTo("5");
        assertThat(Double.parseDouble(day5[9])).isCloseTo(model.getResult().table().pnlAt(1, 8),
                org.assertj.core.data.Offset.offset(0.005));
    }
}
