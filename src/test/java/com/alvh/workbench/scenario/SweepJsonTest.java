package com.alvh.workbench.scenario;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SweepJsonTest {

    private static final Path SCENARIOS = Path.of("sample-data", "scenarios");

    private static String sweep(String axes, String sampling) {
        return """
            {"schemaVersion": 1, "kind": "sweep", "name": "t", "base": "base-condor-alvh.json",
             "axes": [%s], "sampling": %s}
            """.formatted(axes, sampling);
    }

    private static List<ScenarioProblem> problems(String json) {
        ScenarioException e = catchThrowableOfType(() -> SweepJson.read(json, "t", SCENARIOS), ScenarioException.class);
        assertThat(e).as("refused").isNotNull();
        return e.problems();
    }

    @Test
    void readsAGridOverThePolicy() {
        SweepSpec s = SweepJson.read(sweep("""
                {"name": "regime level", "path": "$.policy.layers[1].entry.of[0].level", "values": [18, 22]},
                {"path": "$.policy.layers[1].tenorDays", "from": 30, "to": 60, "count": 4}""", "{\"type\": \"grid\"}"),
                "t", SCENARIOS);
        assertThat(s.axes()).hasSize(2);
        assertThat(s.axes().get(0).gridValues()).containsExactly(18.0, 22.0);
        assertThat(s.axes().get(1).integer()).isTrue(); // tenorDays is written as an integer
        assertThat(s.axes().get(1).gridValues()).containsExactly(30.0, 40.0, 50.0, 60.0);
        assertThat(s.axes().get(1).name()).isEqualTo("$.policy.layers[1].tenorDays");
        assertThat(s.gridSize()).isEqualTo(8);
        assertThat(s.objective()).isEqualTo(SweepObjective.FRONTIER_ONLY);
        assertThat(s.base().name()).isEqualTo("Base SPX condor with ALVH layers");
    }

    @Test
    void axisPathsThatDoNotExistAreRefusedAtTheirJsonPath() {
        List<ScenarioProblem> p = problems(sweep("""
                {"path": "$.policy.layers[1].entry.of[0].levl", "values": [18]},
                {"path": "$.policy.layers[7].tenorDays", "values": [30]},
                {"path": "$.policy.layers[1].name", "values": [1]},
                {"path": "$.model.kappa", "values": [2]},
                {"path": "$.policy.layers[0]..size", "values": [2]}""", "{\"type\": \"grid\"}"));
        assertThat(p).extracting(ScenarioProblem::path).containsExactly("$.axes[0].path", "$.axes[1].path",
                "$.axes[2].path", "$.axes[3].path", "$.axes[4].path");
        assertThat(p.get(0).message()).contains("no field 'levl' at $.policy.layers[1].entry.of[0]", "type, level");
        assertThat(p.get(1).message()).contains("no [7] at $.policy.layers", "3 elements");
        assertThat(p.get(2).message()).contains("$.policy.layers[1].name is the string", "not a number");
        assertThat(p.get(3).message()).contains("must start with $.policy");
        assertThat(p.get(4).message()).contains("expected .field or [index]");
    }

    @Test
    void valuesThePolicyCannotTakeAreRefusedAtTheAxisWithTheFieldsOwnProblem() {
        List<ScenarioProblem> p = problems(sweep("""
                {"path": "$.policy.layers[1].size.fraction", "values": [0.01, 0.0]},
                {"path": "$.policy.layers[1].tenorDays", "from": 30.5, "to": 60, "count": 3}""", "{\"type\": \"grid\"}"));
        assertThat(p).extracting(ScenarioProblem::path).containsExactly("$.axes[0].values[1]", "$.axes[1].from");
        assertThat(p.get(0).message()).contains("$.policy.layers[1].size.fraction", "must be in [0.0001, 1]", "was 0");
        assertThat(p.get(1).message()).contains("takes whole numbers");
    }

    @Test
    void everyProblemOfTheSweepItselfHasItsPath() {
        List<ScenarioProblem> p = problems("""
                {"schemaVersion": 1, "kind": "sweep", "name": "t", "base": "missing.json", "extra": 1,
                 "axes": [{"path": "$.policy.layers[0].size.fraction", "from": 0.2, "to": 0.1}],
                 "sampling": {"type": "annealing"},
                 "objective": {"goal": "leastCost", "tail": "cvar97"}}""");
        assertThat(p).extracting(ScenarioProblem::path).contains("$.extra", "$.base", "$.sampling.type",
                "$.axes[0].to", "$.objective.tail", "$.objective.tailAtMost");
        assertThat(p).filteredOn(x -> x.path().equals("$.base")).first().extracting(ScenarioProblem::message)
                .asString().contains("scenario file not found");
    }

    @Test
    void aSearchNeedsRangesAndAGoal() {
        List<ScenarioProblem> p = problems(sweep("""
                {"path": "$.policy.layers[1].size.fraction", "values": [0.01, 0.02]}""",
                "{\"type\": \"cmaes\", \"evaluations\": 50, \"seed\": 1}"));
        assertThat(p).extracting(ScenarioProblem::path).containsExactly("$.axes[0].values", "$.objective");
    }

    @Test
    void anInlineBaseReportsItsProblemsUnderBase() {
        String base = ScenarioJson.write(ScenarioSamples.baseCondorAlvh()).replace("\"spot\" : 5000.0", "\"spot\" : -1");
        List<ScenarioProblem> p = problems("""
                {"schemaVersion": 1, "kind": "sweep", "name": "t", "base": %s,
                 "axes": [{"path": "$.policy.layers[0].size.fraction", "values": [0.1]}], "sampling": {"type": "grid"}}
                """.formatted(base));
        assertThat(p).extracting(ScenarioProblem::path).containsExactly("$.base.market.spot");
    }

    @Test
    void aPresetBaseIsWrittenOutSoItsLayersCanBeSwept() {
        String base = ScenarioJson.write(ScenarioSamples.baseCondorAlvh().withPolicy(
                new PolicySpec.Preset(PolicySpec.PresetName.STEWARD)));
        SweepSpec s = SweepJson.read("""
                {"schemaVersion": 1, "kind": "sweep", "name": "t", "base": %s,
                 "axes": [{"path": "$.policy.reserve.capital", "values": [20000, 40000]}], "sampling": {"type": "grid"}}
                """.formatted(base), "t", null);
        PolicyTemplate t = PolicyTemplate.of(s.base(), List.of("$.policy.reserve.capital"));
        assertThat(t.policy(new double[] {20000}, "x").reserve().capital()).isEqualTo(20000.0);
    }

    @Test
    void aSweepMayRunTheBaseOnAnotherModelAndItsProblemsAreAtModel() {
        SweepSpec s = SweepJson.read("""
                {"schemaVersion": 1, "kind": "sweep", "name": "t", "base": "base-condor-alvh.json",
                 "model": {"type": "bates", "v0": 0.0174, "kappa": 4.0, "theta": 0.0283, "sigma": 0.36, "rho": -0.7,
                           "jumpIntensity": 0.63, "jumpMean": -0.04, "jumpVol": 0.038},
                 "axes": [{"path": "$.policy.layers[0].size.fraction", "values": [0.1]}], "sampling": {"type": "grid"}}
                """, "t", SCENARIOS);
        assertThat(s.base().model()).isInstanceOf(ModelSpec.Bates.class);
        assertThat(s.base().policy()).isEqualTo(ScenarioSamples.baseCondorAlvh().policy());
        List<ScenarioProblem> p = problems("""
                {"schemaVersion": 1, "kind": "sweep", "name": "t", "base": "base-condor-alvh.json",
                 "model": {"type": "bates", "v0": 0.0174},
                 "axes": [{"path": "$.policy.layers[0].size.fraction", "values": [0.1]}], "sampling": {"type": "grid"}}
                """);
        assertThat(p).extracting(ScenarioProblem::path).contains("$.model.kappa", "$.model.jumpIntensity");
    }

    @Test
    void theOutOfSampleMarketIsTheBaseWithAnotherModelAndItsProblemsAreUnderOutOfSample() {
        List<ScenarioProblem> p = problems("""
                {"schemaVersion": 1, "kind": "sweep", "name": "t", "base": "base-condor-alvh.json",
                 "axes": [{"path": "$.policy.layers[0].size.fraction", "values": [0.1]}], "sampling": {"type": "grid"},
                 "outOfSample": {"name": "x", "model": {"type": "heston", "v0": 0.02}, "simulation": {"paths": 10, "steps": 5, "seed": 1}}}
                """);
        assertThat(p).extracting(ScenarioProblem::path).contains("$.outOfSample.model.kappa");
    }
}
