package com.alvh.workbench.sweep;

import com.alvh.workbench.scenario.PolicySpec;
import com.alvh.workbench.scenario.Scenario;
import com.alvh.workbench.scenario.ScenarioJson;
import com.alvh.workbench.scenario.ScenarioSamples;
import com.alvh.workbench.scenario.SweepJson;
import com.alvh.workbench.scenario.SweepObjective;
import com.alvh.workbench.scenario.SweepSpec;
import com.alvh.workbench.sim.CampaignResult;
import com.alvh.workbench.sim.CampaignSimulation;
import com.alvh.workbench.sim.CampaignSummary;
import com.alvh.workbench.sim.CancellationToken;
import com.alvh.workbench.sim.ProgressListener;
import com.alvh.workbench.sim.SimulationCancelledException;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SweepsTest {

    /**
     * The shared-path sweep gives every policy exactly what the normal engine gives it, policy by
     * policy: the recorded market is the same draws, replayed.
     */
    @Test
    void everyPolicyGetsExactlyWhatANormalRunGivesIt() {
        SweepSpec spec = SweepTestData.grid(1_300, 21); // two blocks, one partial
        SweepResult r;
        try (SweepExecutor local = new LocalSweepExecutor(2)) {
            r = Sweeps.run(spec, SweepTestData.RESOLVER, local, null, null);
        }
        assertThat(r.rows()).hasSize(2 + 4);
        Scenario base = SweepTestData.RESOLVER.resolve(spec.base());
        CampaignResult unhedged = CampaignSimulation.run(base.model(),
                base.campaign().withPolicy(r.unhedgedRow().policy()), base.settings(), ProgressListener.NONE,
                new CancellationToken());
        for (SweepRow row : r.rows()) {
            CampaignResult normal = CampaignSimulation.run(base.model(), base.campaign().withPolicy(row.policy()),
                    base.settings(), ProgressListener.NONE, new CancellationToken());
            CampaignSummary s = CampaignSummary.of(normal, base.settings().dt());
            PolicyMetrics m = row.metrics();
            assertThat(m.meanPnl()).as(row.label()).isEqualTo(s.pnl().mean());
            assertThat(m.expectedShortfall95()).as(row.label()).isEqualTo(s.expectedShortfall95());
            assertThat(m.valueAtRisk99()).as(row.label()).isEqualTo(s.valueAtRisk99());
            assertThat(m.meanHedgeCost()).as(row.label()).isEqualTo(s.meanHedgeCost());
            assertThat(m.maxDrawdown95()).as(row.label()).isEqualTo(s.maxDrawdown95());
            assertThat(m.probabilityOfRuin()).as(row.label()).isEqualTo(s.probabilityOfRuin());
            assertThat(m.netCost()).as(row.label()).isEqualTo(unhedged.meanPnl() - normal.meanPnl());
        }
        assertThat(r.unhedgedRow().metrics().netCost()).isZero();
        assertThat(r.baseRow().policy()).isEqualTo(base.campaign().policy());
    }

    /**
     * Out of sample on one path of real history (a replay): every re-evaluated policy gets exactly the
     * normal replay's figures, its net cost is against the unhedged condor on that same path, and its
     * tail is the path's maximum drawdown (a CVaR of one terminal P&amp;L would be minus that P&amp;L).
     */
    @Test
    void outOfSampleOnTheRealReplayIsTheNormalReplayAndItsTailIsThePathsDrawdown() {
        String json = SweepTestData.json(300, "{\"type\": \"grid\"}", SweepTestData.GRID_AXES).replace(
                "\"objective\":", """
                "outOfSample": {"name": "the real 2020 crash", "model": {"type": "replay", "episode": "2020-covid"},
                                "simulation": {"paths": 1, "steps": 23, "seed": 1, "threads": 1}},
                "objective":""");
        SweepSpec spec = SweepJson.read(json, "test", SweepTestData.SCENARIOS);
        spec = spec.withBaseSimulation(spec.base().simulation().withSteps(21));
        SweepResult r;
        try (SweepExecutor local = new LocalSweepExecutor(2)) {
            r = Sweeps.run(spec, SweepTestData.RESOLVER, local, null, null);
        }
        SweepResult.OutOfSample oos = r.outOfSample();
        assertThat(oos.paths()).isEqualTo(1);
        assertThat(oos.tail()).isEqualTo(SweepObjective.Tail.MAX_DRAWDOWN95);
        assertThat(oos.rows()).extracting(SweepRow::index).startsWith(0, 1).containsAll(r.frontier().stream()
                .map(i -> r.rows().get(i).index()).toList());
        Scenario replay = SweepTestData.RESOLVER.resolve(spec.outOfSample().scenario());
        CampaignResult unhedged = CampaignSimulation.run(replay.model(),
                replay.campaign().withPolicy(r.unhedgedRow().policy()), replay.settings(), ProgressListener.NONE,
                new CancellationToken());
        for (SweepRow row : oos.rows()) {
            CampaignResult normal = CampaignSimulation.run(replay.model(), replay.campaign().withPolicy(row.policy()),
                    replay.settings(), ProgressListener.NONE, new CancellationToken());
            CampaignSummary s = CampaignSummary.of(normal, replay.settings().dt());
            assertThat(row.metrics().meanPnl()).as(row.label()).isEqualTo(s.pnl().mean());
            assertThat(row.metrics().maxDrawdown95()).as(row.label()).isEqualTo(s.maxDrawdown95());
            assertThat(row.tail()).as(row.label()).isEqualTo(s.maxDrawdown95());
            assertThat(row.cost()).as(row.label()).isEqualTo(unhedged.meanPnl() - normal.meanPnl());
        }
        // The in-sample tail stays the objective's.
        assertThat(r.rows().get(2).tail()).isEqualTo(r.rows().get(2).metrics().expectedShortfall95());
        assertThat(SweepResult.OutOfSample.tailFor(SweepObjective.Tail.CVAR99, 2)).isEqualTo(SweepObjective.Tail.CVAR99);
        assertThat(SweepResult.OutOfSample.tailFor(SweepObjective.Tail.RUIN, 1)).isEqualTo(SweepObjective.Tail.RUIN);
    }

    /**
     * A sweep with a known answer: the reserve never deploys (its breach, a 99 % drawdown or VIX above 200, does not fire on these paths), so its idle cost
     * (capital x rate / 252 a day, 63 days) takes the same USD from every path. The policy without the
     * cost dominates the two with it, which are left off the frontier; the dominating one is kept unless
     * the unhedged condor dominates it too.
     */
    @Test
    void theFrontierOfASweepWithAKnownAnswer() {
        String base = ScenarioJson.write(ScenarioSamples.baseCondorAlvh())
                .replace("\"fraction\" : 0.05\n", "\"fraction\" : 0.99\n") // breach: a 99 % drawdown ...
                .replace("\"level\" : 40.0", "\"level\" : 200.0");       // ... or VIX above 200 (the largest accepted)
        String json = """
            {"schemaVersion": 1, "kind": "sweep", "name": "known answer", "base": %s,
             "simulation": {"paths": 600, "seed": 5},
             "axes": [{"name": "idle cost rate", "path": "$.policy.reserve.costRate", "values": [0.0, 0.04, 0.08]}],
             "sampling": {"type": "grid"}}
            """.formatted(base);
        SweepSpec spec = SweepJson.read(json, "test", null);
        assertThat(spec.base().policy()).isInstanceOf(PolicySpec.Custom.class);
        SweepResult r;
        try (SweepExecutor local = new LocalSweepExecutor(2)) {
            r = Sweeps.run(spec, SweepTestData.RESOLVER, local, null, null);
        }
        SweepRow free = r.rows().get(2);
        SweepRow four = r.rows().get(3);
        SweepRow eight = r.rows().get(4);
        assertThat(free.axisValues()).containsExactly(0.0);
        double idle = 63 * 50_000 * 0.04 / 252; // 500 USD on every path
        assertThat(four.metrics().meanPnl()).isCloseTo(free.metrics().meanPnl() - idle, within(1e-6));
        assertThat(eight.metrics().expectedShortfall95()).isCloseTo(free.metrics().expectedShortfall95() + 2 * idle,
                within(1e-6));
        assertThat(four.onFrontier()).isFalse();
        assertThat(eight.onFrontier()).isFalse();
        boolean unhedgedDominatesFree = r.unhedgedRow().cost() <= free.cost() && r.unhedgedRow().tail() <= free.tail();
        assertThat(free.onFrontier()).isEqualTo(!unhedgedDominatesFree);
        assertThat(r.unhedgedRow().onFrontier()).isTrue(); // the cheapest: net cost 0, nothing cheaper
        assertThat(r.frontier()).allMatch(i -> r.rows().get(i).onFrontier());
    }

    /**
     * The CMA-ES search stays within its budget and its bounds, evaluates each point once, and its
     * best row is the least objective among the rows it made (CVaR 95 + net cost here).
     */
    @Test
    void aCmaesSearchStaysWithinItsBudgetAndBounds() {
        String json = SweepTestData.json(300, "{\"type\": \"cmaes\", \"evaluations\": 12, \"population\": 4, \"seed\": 3}",
                "{\"path\": \"$.policy.layers[1].entry.of[0].level\", \"from\": 18, \"to\": 30},"
                        + "{\"path\": \"$.policy.layers[1].tenorDays\", \"from\": 30, \"to\": 60}");
        SweepSpec spec = SweepJson.read(json, "test", SweepTestData.SCENARIOS);
        spec = spec.withBaseSimulation(spec.base().simulation().withSteps(21));
        SweepResult r;
        try (SweepExecutor local = new LocalSweepExecutor(2)) {
            r = Sweeps.run(spec, SweepTestData.RESOLVER, local, null, null);
        }
        assertThat(r.rows().size()).isBetween(3, 2 + 12);
        java.util.Set<java.util.List<Double>> seen = new java.util.HashSet<>();
        for (SweepRow row : r.rows().subList(2, r.rows().size())) {
            assertThat(row.axisValues()[0]).isBetween(18.0, 30.0);
            assertThat(row.axisValues()[1]).isBetween(30.0, 60.0).matches(v -> v == Math.rint(v), "whole days");
            assertThat(seen.add(java.util.List.of(row.axisValues()[0], row.axisValues()[1]))).as("evaluated once").isTrue();
        }
        double best = r.rows().stream().mapToDouble(x -> x.tail() + x.cost()).min().orElseThrow();
        assertThat(r.bestRow()).hasValueSatisfying(b -> assertThat(b.tail() + b.cost()).isEqualTo(best));
    }

    @Test
    void aCancelStopsTheSweep() {
        SweepSpec spec = SweepTestData.grid(2_100, 21);
        CancellationToken cancel = new CancellationToken();
        AtomicLong seen = new AtomicLong();
        try (SweepExecutor local = new LocalSweepExecutor(2)) {
            assertThatThrownBy(() -> Sweeps.run(spec, SweepTestData.RESOLVER, local, (done, total) -> {
                seen.set(done);
                cancel.cancel();
            }, cancel)).isInstanceOf(SimulationCancelledException.class);
        }
        // Stopped after the first policy of a block or two, not after 6 policies x 2,100 paths.
        assertThat(seen.get()).isPositive().isLessThan(6L * 2_100);
    }
}
