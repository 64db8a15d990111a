package com.alvh.workbench.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.offset;

import com.alvh.workbench.analytics.PayoffProfile;
import java.awt.BasicStroke;
import java.util.List;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class PayoffChartTest {

    private static final double TOL = 1e-12;

    /** A small short-straddle-like profile: tent shape with two break-evens. */
    static PayoffProfile tentProfile() {
        int n = 41;
        double[] spots = new double[n];
        double[] expiry = new double[n];
        double[] horizon = new double[n];
        for (int i = 0; i < n; i++) {
            spots[i] = 4_000.0 + 50.0 * i;
            expiry[i] = 20_000.0 - 100.0 * Math.abs(spots[i] - 5_000.0);
            horizon[i] = 0.8 * expiry[i];
        }
        return new PayoffProfile(spots, expiry, horizon, 14, new double[] {4_800.0, 5_200.0}, 5_010.0);
    }

    @Test
    void holdsExpiryAndHorizonSeriesWithTheProfilesPoints() {
        PayoffProfile profile = tentProfile();
        JFreeChart chart = PayoffChart.create(profile, "Test", ChartTheme.LIGHT);
        XYDataset data = chart.getXYPlot().getDataset();

        assertThat(data.getSeriesCount()).isEqualTo(2);
        assertThat(data.getSeriesKey(PayoffChart.EXPIRY_SERIES)).isEqualTo("P&L at expiry");
        assertThat(data.getSeriesKey(PayoffChart.HORIZON_SERIES)).isEqualTo("P&L at T+14 days");
        double[] spots = profile.spots();
        double[] expiry = profile.pnlAtExpiry();
        double[] horizon = profile.pnlAtHorizon();
        assertThat(data.getItemCount(0)).isEqualTo(spots.length);
        assertThat(data.getItemCount(1)).isEqualTo(spots.length);
        for (int i = 0; i < spots.length; i++) {
            assertThat(data.getXValue(0, i)).isCloseTo(spots[i], offset(TOL));
            assertThat(data.getYValue(0, i)).isCloseTo(expiry[i], offset(TOL));
            assertThat(data.getYValue(1, i)).isCloseTo(horizon[i], offset(TOL));
        }
    }

    @Test
    void expirySolidAndHorizonDashed() {
        XYItemRenderer renderer = PayoffChart.create(tentProfile(), ChartTheme.LIGHT).getXYPlot().getRenderer();
        BasicStroke expiry = (BasicStroke) renderer.getSeriesStroke(PayoffChart.EXPIRY_SERIES);
        BasicStroke horizon = (BasicStroke) renderer.getSeriesStroke(PayoffChart.HORIZON_SERIES);
        assertThat(expiry.getDashArray()).isNull();
        assertThat(horizon.getDashArray()).isNotNull().isNotEmpty();
        assertThat(renderer.getSeriesPaint(0)).isEqualTo(ChartTheme.LIGHT.expiry());
        assertThat(renderer.getSeriesPaint(1)).isEqualTo(ChartTheme.LIGHT.horizon());
    }

    @Test
    void marksZeroBreakEvensAndSpotWithLabels() {
        XYPlot plot = PayoffChart.create(tentProfile(), ChartTheme.LIGHT).getXYPlot();
        List<Double> zero = plot.getRangeMarkers(Layer.FOREGROUND).stream()
                .map(m -> ((ValueMarker) m).getValue()).collect(Collectors.toList());
        assertThat(zero).containsExactly(0.0);

        @SuppressWarnings("unchecked")
        List<Marker> domain = List.copyOf(plot.getDomainMarkers(Layer.FOREGROUND));
        List<String> labels = domain.stream().map(Marker::getLabel).collect(Collectors.toList());
        assertThat(labels).containsExactlyInAnyOrder("Break-even 4,800.0", "Break-even 5,200.0", "Spot 5,010");
    }

    @Test
    void axesNameTheirUnitsAndUseThousandsSeparators() {
        XYPlot plot = PayoffChart.create(tentProfile(), ChartTheme.LIGHT).getXYPlot();
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        assertThat(x.getLabel()).contains("index points");
        assertThat(y.getLabel()).contains("USD");
        assertThat(x.getNumberFormatOverride().format(4_750)).isEqualTo("4,750");
        assertThat(y.getNumberFormatOverride().format(-150_000)).isEqualTo("-$150,000");
        assertThat(y.getNumberFormatOverride().format(12_500)).isEqualTo("$12,500");
        // The x axis spans exactly the grid.
        assertThat(x.getLowerBound()).isEqualTo(4_000.0);
        assertThat(x.getUpperBound()).isEqualTo(6_000.0);
    }

    @Test
    void themeColoursReachTheChart() {
        JFreeChart light = PayoffChart.create(tentProfile(), ChartTheme.LIGHT);
        JFreeChart dark = PayoffChart.create(tentProfile(), ChartTheme.DARK);
        assertThat(light.getBackgroundPaint()).isEqualTo(ChartTheme.LIGHT.background());
        assertThat(dark.getBackgroundPaint()).isEqualTo(ChartTheme.DARK.background());
        assertThat(dark.getXYPlot().getBackgroundPaint()).isEqualTo(ChartTheme.DARK.plotBackground());
        assertThat(dark.getTitle().getPaint()).isEqualTo(ChartTheme.DARK.text());
        assertThat(dark.getXYPlot().getDomainAxis().getTickLabelPaint()).isEqualTo(ChartTheme.DARK.tickText());
        assertThat(dark.getLegend().getItemPaint()).isEqualTo(ChartTheme.DARK.text());
    }

    @Test
    void horizonKeyIsSingularForOneDay() {
        assertThat(PayoffChart.horizonKey(1)).isEqualTo("P&L at T+1 day");
        assertThat(PayoffChart.horizonKey(0)).isEqualTo("P&L at T+0 days");
    }

    @Test
    void nullTitleMeansNoTitle() {
        assertThat(PayoffChart.create(tentProfile(), null, ChartTheme.LIGHT).getTitle()).isNull();
    }

    @Test
    void rejectsNulls() {
        assertThatNullPointerException().isThrownBy(() -> PayoffChart.create(null, ChartTheme.LIGHT))
                .withMessageContaining("profile");
        assertThatNullPointerException().isThrownBy(() -> PayoffChart.create(tentProfile(), null))
                .withMessageContaining("theme");
    }
}
