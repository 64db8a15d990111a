package com.alvh.workbench.ui;

import com.alvh.workbench.chart.ChartTheme;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The DeFi tab's state without a toolkit. */
class DefiViewModelTest {

    @Test
    void payoffFollowsTheRangeAndFullRangeAtTheEnds() {
        DefiViewModel m = new DefiViewModel(new DirectJobRunner(DirectJobRunner.Mode.NOW), ChartTheme.LIGHT);
        var p = m.payoff();
        assertThat(p.lower()).isCloseTo(0.8 * DefiViewModel.ENTRY_PRICE, within(1e-9));
        assertThat(p.upper()).isCloseTo(1.25 * DefiViewModel.ENTRY_PRICE, within(1e-9));
        var before = m.payoffChartProperty().get();
        m.rangeLowerPercentProperty().set(-100);
        m.rangeUpperPercentProperty().set(400);
        assertThat(m.payoffChartProperty().get()).isNotSameAs(before);
        assertThat(m.payoff().lower()).isZero();
        assertThat(m.payoff().upper()).isInfinite();
    }

    @Test
    void aSampleRunsHedgedAgainstUnhedgedWithTheReportsCharts() {
        DefiViewModel m = new DefiViewModel(new DirectJobRunner(DirectJobRunner.Mode.NOW), ChartTheme.LIGHT);
        m.sampleProperty().set(m.samples().stream().filter(s -> s.key().equals("stable-lp-depeg")).findFirst()
                .orElseThrow());
        m.pathsProperty().set(200);
        m.run();
        assertThat(m.runningProperty().get()).isFalse();
        assertThat(m.statusProperty().get()).startsWith("Done: stable-lp-depeg, 200 paths");
        assertThat(m.rows()).extracting(PolicyRow::policy).containsExactly("Unhedged", "Peg layers");
        assertThat(m.chartsProperty().get()).extracting(ResultCharts.NamedChart::title)
                .anyMatch(t -> t.startsWith("Realised vol path and layer triggers"));
        // DeFi steps are calendar days, not trading days.
        assertThat(m.chartsProperty().get()).filteredOn(c -> c.chart().getPlot() instanceof org.jfree.chart.plot.XYPlot)
                .extracting(c -> ((org.jfree.chart.plot.XYPlot) c.chart().getPlot()).getDomainAxis().getLabel())
                .doesNotContain("Trading day").contains("Day");
    }
}
