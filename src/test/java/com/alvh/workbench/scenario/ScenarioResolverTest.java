package com.alvh.workbench.scenario;

import com.alvh.workbench.market.HistoricalEpisode;
import com.alvh.workbench.pricing.VixUnderHeston;
import com.alvh.workbench.sim.HestonMarketModel;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

class ScenarioResolverTest {

    private static final ScenarioResolver RESOLVER = new ScenarioResolver(Path.of("sample-data"));

    @Test
    void unhedgedBaselineIsAlwaysRunAndPolicyUnderStudyComesFirst() {
        ScenarioSpec spec = ScenarioSamples.baseCondorAlvh().withCompare(java.util.List.of());
        Scenario s = RESOLVER.resolve(spec);
        assertThat(s.policies()).extracting(p -> p.name()).containsExactly("ALVH 3 layers", "Unhedged");
    }

    @Test
    void bootstrapWarnsAVix3mItDoesNotUse() {
        // A bootstrap path's VIX3M is its sampled day's scaled to the path's VIX, not market.vix3m.
        ScenarioSpec base = ScenarioSamples.baseCondorAlvh().withCompare(java.util.List.of())
                .withModel(new ModelSpec.Bootstrap(LocalDate.of(2010, 1, 4), LocalDate.of(2019, 12, 31), 20, 5));
        MarketSpec m = base.market().withPremia(0, 0);
        assertThat(RESOLVER.resolve(base.withMarket(m)).warnings()).extracting(ScenarioProblem::path)
                .doesNotContain("$.market.vix3m");
        MarketSpec far = new MarketSpec(m.spot(), m.vix(), 30.0, m.rate(), m.dividendYield(), m.vixOptionVol(),
                m.vixCurve(), m.skew(), 0, 0);
        assertThat(RESOLVER.resolve(base.withMarket(far)).warnings())
                .filteredOn(p -> p.path().equals("$.market.vix3m")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("30 is not used by the bootstrap", "start at VIX3M"));
    }

    @Test
    void replayWithManyPathsOrTooManyStepsIsAnError() {
        ScenarioSpec spec = ScenarioSamples.baseCondorAlvh()
                .withModel(ModelSpec.Replay.of(HistoricalEpisode.COVID_2020))
                .withSimulation(new SimulationSpec(10, 500, 1, 1));
        ScenarioException e = catchThrowableOfType(() -> RESOLVER.resolve(spec), ScenarioException.class);
        assertThat(e.problems()).extracting(ScenarioProblem::path)
                .containsExactlyInAnyOrder("$.simulation.paths", "$.simulation.steps");
        assertThat(e.getMessage()).contains("has 23 daily steps");
    }

    @Test
    void rangeOutsideTheHistoryIsNamed() {
        ScenarioSpec spec = ScenarioSamples.baseCondorAlvh()
                .withModel(new ModelSpec.Bootstrap(LocalDate.of(1950, 1, 1), LocalDate.of(1950, 6, 1), 10, 20));
        ScenarioException e = catchThrowableOfType(() -> RESOLVER.resolve(spec), ScenarioException.class);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.model");
            assertThat(p.message()).contains("1950-01-01");
        });
    }

    @Test
    void calibratedHestonStartsAtTheScenarioVix() {
        ScenarioSpec spec = ScenarioSamples.baseCondorAlvh()
                .withModel(new ModelSpec.CalibratedHeston(LocalDate.of(2010, 1, 1), LocalDate.of(2019, 12, 31), -0.7));
        Scenario s = RESOLVER.resolve(spec);
        // The samples quote VIX with the historical volatility premium over the model's realised volatility.
        var quoted = (com.alvh.workbench.sim.RiskPremiumModel) s.model();
        HestonMarketModel m = (HestonMarketModel) quoted.inner();
        assertThat((1 + quoted.volatilityPremium()) * VixUnderHeston.spotVix(m.heston(), m.heston().v0()))
                .isCloseTo(16.0, within(1e-9));
        assertThat(s.modelDescription()).contains("kappa").contains("daily transitions");
    }

    @Test
    void reserveLargerThanCapitalIsRefused() {
        ScenarioSpec spec = ScenarioSamples.baseCondorAlvh().withCapital(40_000);
        ScenarioException e = catchThrowableOfType(() -> RESOLVER.resolve(spec), ScenarioException.class);
        assertThat(e.problems()).extracting(ScenarioProblem::path).contains("$.policy.reserve.capital");
    }
}
