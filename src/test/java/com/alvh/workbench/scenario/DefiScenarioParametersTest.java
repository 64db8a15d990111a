package com.alvh.workbench.scenario;

import com.alvh.workbench.defi.DefiSamples;
import com.alvh.workbench.defi.LpLeg;
import com.alvh.workbench.defi.LpPortfolio;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The {@code defi.parameters} of a DeFi scenario file: read with every problem at the path of the
 * parameter it names, written in the order of the declaration, round-tripped to an equal spec, and
 * used by {@code resolve}.
 */
class DefiScenarioParametersTest {

    private static String file(String defi) {
        return """
                {"schemaVersion": 1, "kind": "defi", "name": "p", "defi": %s,
                 "simulation": {"paths": 10, "steps": 5, "seed": 1, "threads": 1}}
                """.formatted(defi);
    }

    private static List<ScenarioProblem> problems(String defi) {
        ScenarioException e = catchThrowableOfType(() -> ScenarioJson.readFile(file(defi), "p.json"), ScenarioException.class);
        assertThat(e).as("refused").isNotNull();
        return e.problems();
    }

    @Test
    void parametersAreReadAndResolved() {
        DefiScenarioSpec s = (DefiScenarioSpec) ScenarioJson.readFile(file("""
                {"sample": "lp-layered-vs-diversified", "parameters": {"capital": 2000000, "rangeLower": 0.8}}"""), "p.json");
        assertThat(s.parameters()).containsExactly(Map.entry("capital", 2e6), Map.entry("rangeLower", 0.8));
        LpPortfolio single = (LpPortfolio) s.resolve().runs().get(0).position();
        LpLeg leg = single.legs().get(0);
        assertThat(single.capital()).isEqualTo(2e6);
        assertThat(leg.lowerMultiple()).isEqualTo(0.8);
        assertThat(leg.upperMultiple()).isEqualTo(1.4);
        assertThat(s.resolve().settings().paths()).isEqualTo(10);
        assertThatThrownBy(() -> s.parameters().put("capital", 1.0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void everyProblemIsReportedAtTheParametersPath() {
        List<ScenarioProblem> ps = problems("""
                {"sample": "insurance-pool", "parameters": {"premiumRate": 0.9, "colour": 1, "signers": "five",
                 "threshold": 2.5, "tranche1Drawdown": 0.3}}""");
        assertThat(ps).extracting(ScenarioProblem::path).containsExactlyInAnyOrder("$.defi.parameters.premiumRate",
                "$.defi.parameters.colour", "$.defi.parameters.signers", "$.defi.parameters.threshold",
                "$.defi.parameters.tranche1Drawdown");
        assertThat(ps).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("$.defi.parameters.premiumRate");
            assertThat(p.message()).isEqualTo("must be between 0 and 0.5, was 0.9");
        }).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("$.defi.parameters.colour");
            assertThat(p.message()).contains("not a parameter of insurance-pool").contains("capital, coverSold, premiumRate");
        }).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("$.defi.parameters.signers");
            assertThat(p.message()).isEqualTo("must be a number, was the string \"five\"");
        }).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("$.defi.parameters.threshold");
            assertThat(p.message()).isEqualTo("must be a whole number, was 2.5");
        }).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("$.defi.parameters.tranche1Drawdown");
            assertThat(p.message()).isEqualTo("must be below tranche2Drawdown (0.1), was 0.3");
        });
    }

    @Test
    void rulesBetweenParametersAreReportedAtTheKeyToChange() {
        assertThat(problems("""
                {"sample": "insurance-pool", "parameters": {"signers": 4, "threshold": 5}}"""))
                .singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("$.defi.parameters.threshold");
                    assertThat(p.message()).isEqualTo("must be at most signers (4), was 5");
                });
        assertThat(problems("""
                {"sample": "governance-farming", "parameters": {"capFraction": 0.5}}"""))
                .extracting(ScenarioProblem::path).containsExactly("$.defi.parameters.capFraction");
    }

    @Test
    void otherProblemsOfTheFileAreReportedWithTheParameters() {
        List<ScenarioProblem> ps = problems("""
                {"sample": "tail-risk", "parameters": {"exploitsPerYear": -1}, "extra": 1}""");
        assertThat(ps).extracting(ScenarioProblem::path).containsExactlyInAnyOrder("$.defi.parameters.exploitsPerYear",
                "$.defi.extra");
        assertThat(problems("""
                {"sample": "tail-risk", "parameters": [1, 2]}""")).extracting(ScenarioProblem::path)
                .containsExactly("$.defi.parameters");
        // An unknown sample: its parameters cannot be judged; the sample is the problem.
        assertThat(problems("""
                {"sample": "lp", "parameters": {"rangeLower": 0.8}}""")).extracting(ScenarioProblem::path)
                .containsExactly("$.defi.sample");
    }

    @Test
    void theReplayOffersTheLpParametersButTheCorrelation() {
        String replay = "\"replay\": {\"from\": \"2022-01-01\", \"to\": \"2022-12-31\"}";
        assertThat(problems("{\"sample\": \"lp-layered-vs-diversified\", \"parameters\": {\"chainCorrelation\": 0.5}, "
                + replay + "}")).singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("$.defi.parameters.chainCorrelation");
                    assertThat(p.message()).contains("not a parameter of the ETH replay");
                });
        DefiScenarioSpec s = (DefiScenarioSpec) ScenarioJson.readFile(("""
                {"schemaVersion": 1, "kind": "defi", "name": "p", "defi": {"sample": "lp-layered-vs-diversified",
                 "parameters": {"rangeLower": 0.85, "rangeUpper": 1.2}, %s},
                 "simulation": {"paths": 1, "steps": 30, "seed": 1, "threads": 1}}""").formatted(replay), "p.json");
        LpPortfolio single = (LpPortfolio) s.resolve(Path.of("sample-data")).runs().get(0).position();
        assertThat(single.legs().get(0).lowerMultiple()).isEqualTo(0.85);
        assertThat(single.legs().get(0).upperMultiple()).isEqualTo(1.2);
    }

    @Test
    void writtenInDeclarationOrderAndReadBackEqual() {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("reserveTrigger", 0.25);
        values.put("capital", 2e6);
        values.put("signers", 7.0);
        values.put("reserveCapital", -0.0);
        DefiScenarioSpec spec = new DefiScenarioSpec(1, "p", "", "insurance-pool", values, null,
                new SimulationSpec(10, 5, 1L, 1));
        assertThat(spec.parameters().get("reserveCapital")).isEqualTo(0.0); // -0.0 would not survive a save
        String text = ScenarioJson.write(spec);
        assertThat(text).contains("\"capital\" : 2000000,").contains("\"signers\" : 7,").contains("\"reserveTrigger\" : 0.25");
        assertThat(text.indexOf("\"capital\"")).isLessThan(text.indexOf("\"signers\""));
        assertThat(text.indexOf("\"reserveCapital\"")).isLessThan(text.indexOf("\"reserveTrigger\""));
        assertThat(ScenarioJson.readFile(text, "saved.json")).isEqualTo(spec);
        // No parameters, no member.
        DefiScenarioSpec plain = spec.withParameters(Map.of());
        assertThat(ScenarioJson.write(plain)).doesNotContain("parameters");
        assertThat(ScenarioJson.readFile(ScenarioJson.write(plain), "plain.json")).isEqualTo(plain);
    }

    @Test
    void theSpecRefusesBadParametersNamingTheKey() {
        SimulationSpec sim = new SimulationSpec(10, 5, 1L, 1);
        assertThatThrownBy(() -> new DefiScenarioSpec(1, "p", "", "stable-lp-depeg", Map.of("amplification", 0.5), null, sim))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("amplification must be between 1 and 5000, was 0.5");
        // The old constructors mean all defaults.
        DefiScenarioSpec old = new DefiScenarioSpec(1, "p", "", "stable-lp-depeg", sim);
        assertThat(old.parameters()).isEmpty();
        assertThat(old.offeredParameters()).isEqualTo(DefiSamples.parameters("stable-lp-depeg"));
    }
}
