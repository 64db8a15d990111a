package com.alvh.workbench.sim;

import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.hedge.PolicyPresets;
import com.alvh.workbench.market.VixTermStructure;
import com.alvh.workbench.pricing.HestonModel;
import com.alvh.workbench.pricing.SkewModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class PolicyComparisonTest {

    @Test
    void everyPolicySeesTheSameMarketPathsAndTheSummaryAddsUp() {
        HestonModel h = new HestonModel(0.0256, 4.0, 0.04, 0.7, -0.7);
        HestonMarketModel model = new HestonMarketModel(h, 5000, 0.04, 0.013);
        CampaignSpec spec = new CampaignSpec(CondorRule.ByDelta.CNDR, 45, 10, CondorManagement.STANDARD,
                TradingCosts.DEFAULT, SkewModel.DEFAULT, 0.04, 0.013, 0.9, VixTermStructure.DEFAULT, 1_000_000,
                AlvhPolicy.unhedged());
        List<AlvhPolicy> policies = List.of(AlvhPolicy.unhedged(), PolicyPresets.steward(1_000_000),
                PolicyPresets.staticRatio());
        List<Long> progress = new ArrayList<>();
        List<PolicyComparison.Entry> entries = PolicyComparison.run(model, spec, policies,
                new SimulationSettings(2000, 45, 1.0 / 252, 17L, 2, 500), (done, total) -> {
                    synchronized (progress) {
                        progress.add(done);
                    }
                    assertThat(total).isEqualTo(6000);
                }, new CancellationToken());
        assertThat(entries).hasSize(3);
        CampaignResult.SamplePath first = entries.get(0).result().samples().get(0);
        for (PolicyComparison.Entry e : entries) {
            CampaignResult.SamplePath p = e.result().samples().get(0);
            assertThat(p.spot()).containsExactly(first.spot());
            assertThat(p.vix()).containsExactly(first.vix());
        }
        assertThat(progress).contains(6000L);

        CampaignSummary unhedged = entries.get(0).summary();
        assertThat(unhedged.layers()).isEmpty();
        assertThat(unhedged.meanHedgeCost()).isZero();
        CampaignSummary steward = entries.get(1).summary();
        assertThat(steward.layers()).hasSize(4); // three layers and the reserve's deployment
        assertThat(steward.meanHedgeCost()).isPositive();
        // Per-layer premium (and the reserve's idle cost) add up to the hedge cost per path.
        double layerPaid = steward.layers().stream().mapToDouble(CampaignSummary.LayerLine::meanPaid).sum();
        assertThat(layerPaid).isLessThanOrEqualTo(steward.meanHedgeCost() + 1e-6);
        assertThat(steward.valueAtRisk99()).isGreaterThanOrEqualTo(steward.valueAtRisk95());
        assertThat(steward.expectedShortfall95()).isGreaterThanOrEqualTo(steward.valueAtRisk95());
        assertThat(steward.pnl().mean()).isCloseTo(entries.get(1).result().meanPnl(), offset(1e-6));
    }
}
