package com.alvh.workbench.sweep;

import com.alvh.workbench.scenario.Scenario;
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
