package com.alvh.workbench.scenario;

import com.alvh.workbench.defi.DefiSamples;
import com.alvh.workbench.defi.DefiSimulation;
import com.alvh.workbench.defi.PegReplayMarket;
import com.alvh.workbench.defi.StableLp;
import com.alvh.workbench.sim.CancellationToken;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A DeFi scenario file that replays a stablecoin depeg through the stable LP ({@code defi.replay}
 * with a {@code coin}): read, checked, round-tripped, and resolved to the same runs as the replay
 * built directly in {@code defi}.
 */
class DefiDepegReplayScenarioTest {

    private static final Path DATA = Path.of("sample-data");

    private static String file(String defi, int paths, int steps) {
        return """
                {"schemaVersion": 1, "kind": "defi", "name": "d", "defi": %s,
                 "simulation": {"paths": %d, "steps": %d, "seed": 7, "threads": 1}}
                """.formatted(defi, paths, steps);
    }

    private static double[] pnl(List<DefiSimulation.Labelled> runs, int i) {
        return runs.get(i).entry().result().pnl();
    }

    @Test
    void theShippedUstFileRunsTheSameAsTheReplayBuiltDirectly() throws Exception {
        DefiScenarioSpec spec = (DefiScenarioSpec) ScenarioJson.loadFile(DATA.resolve("scenarios/defi-stable-lp-ust-2022.json"));
        assertThat(spec.replay().coin()).isEqualTo("terrausd");
        assertThat(ScenarioJson.readFile(ScenarioJson.write(spec), "again.json")).isEqualTo(spec);
        List<DefiSimulation.Labelled> viaFile = spec.resolve(DATA).run((d, t) -> { }, new CancellationToken());
        PegReplayMarket market = PegReplayMarket.episode(DATA, "ust-2022");
        List<DefiSimulation.Labelled> direct = DefiSamples.stableLpReplay(market).run((d, t) -> { }, new CancellationToken());
        assertThat(viaFile).extracting(DefiSimulation.Labelled::label).containsExactly("Unhedged", "Peg layers");
        for (int i = 0; i < 2; i++) {
            assertThat(pnl(viaFile, i)).containsExactly(pnl(direct, i));
        }
        DefiRunResult viaEngine = SimulationEngine.run(spec, DATA, (d, t) -> { }, new CancellationToken());
        assertThat(viaEngine.modelDescription()).contains("terrausd").contains("2022-05-01 .. 2022-06-30")
                .doesNotContain("jump-diffusion");
        // UST died: the unhedged LP lost most of the deposit; the peg layers kept most of it.
        assertThat(pnl(viaFile, 0)[0]).isLessThan(-0.8 * 1e6);
        assertThat(pnl(viaFile, 1)[0]).isGreaterThan(pnl(viaFile, 0)[0] + 0.5e6);
    }

    @Test
    void parametersApplyToTheReplay() {
        DefiScenarioSpec spec = (DefiScenarioSpec) ScenarioJson.readFile(file("""
                {"sample": "stable-lp-depeg", "parameters": {"capital": 2000000},
                 "replay": {"coin": "usd-coin", "from": "2023-03-01", "to": "2023-03-31"}}""", 1, 30), "d.json");
        DefiSamples.DefiSample s = spec.resolve(DATA);
        assertThat(((StableLp) s.runs().get(0).position()).capital()).isEqualTo(2e6);
        assertThat(s.settings().steps()).isEqualTo(30);
        assertThat(s.settings().paths()).isEqualTo(1);
    }

    @Test
    void aCoinOnTheWrongQuestionOrAnEthWindowOnTheStableLpIsRefused() {
        ScenarioException e = catchThrowableOfType(() -> ScenarioJson.readFile(file("""
                {"sample": "lp-layered-vs-diversified",
                 "replay": {"coin": "terrausd", "from": "2022-05-01", "to": "2022-06-30"}}""", 1, 30), "d.json"),
                ScenarioException.class);
        assertThat(e.getMessage()).contains("stable-lp-depeg");
        e = catchThrowableOfType(() -> ScenarioJson.readFile(file("""
                {"sample": "stable-lp-depeg", "replay": {"from": "2022-05-01", "to": "2022-06-30"}}""", 1, 30), "d.json"),
                ScenarioException.class);
        assertThat(e.getMessage()).contains("lp-layered-vs-diversified");
        e = catchThrowableOfType(() -> ScenarioJson.readFile(file("""
                {"sample": "stable-lp-depeg", "replay": {"coin": "Terra USD", "from": "2022-05-01", "to": "2022-06-30"}}""",
                1, 30), "d.json"), ScenarioException.class);
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.path()).isEqualTo("$.defi.replay"));
        e = catchThrowableOfType(() -> ScenarioJson.readFile(file("""
                {"sample": "stable-lp-depeg", "replay": {"coin": "dai", "from": "2023-03-01", "to": "2023-03-31"}}""",
                50, 30), "d.json"), ScenarioException.class);
        assertThat(e.getMessage()).contains("paths to 1");
    }

    @Test
    void aWindowOutsideTheHistoryOrLongerThanItsDaysFailsOnResolveNamingTheCoin() {
        DefiScenarioSpec outside = (DefiScenarioSpec) ScenarioJson.readFile(file("""
                {"sample": "stable-lp-depeg", "replay": {"coin": "dai", "from": "1999-01-01", "to": "1999-02-01"}}""",
                1, 10), "d.json");
        IllegalArgumentException e = catchThrowableOfType(() -> outside.resolve(DATA), IllegalArgumentException.class);
        assertThat(e.getMessage()).contains("dai");
        DefiScenarioSpec tooLong = (DefiScenarioSpec) ScenarioJson.readFile(file("""
                {"sample": "stable-lp-depeg", "replay": {"coin": "dai", "from": "2023-03-01", "to": "2023-03-31"}}""",
                1, 300), "d.json");
        e = catchThrowableOfType(() -> tooLong.resolve(DATA), IllegalArgumentException.class);
        assertThat(e.getMessage()).contains("dai").contains("steps was 300");
    }
}
