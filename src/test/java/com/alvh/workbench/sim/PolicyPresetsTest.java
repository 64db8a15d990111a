package com.alvh.workbench.sim;

import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.hedge.PolicyPresets;
import com.alvh.workbench.market.HistoricalEpisode;
import com.alvh.workbench.market.MarketHistory;
import com.alvh.workbench.market.VixTermStructure;
import com.alvh.workbench.pricing.SkewModel;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The presets on the real 2020 crash, one path each on the same replay. */
class PolicyPresetsTest {

    private static final double CAPITAL = 1_000_000;

    private static CampaignResult replay(AlvhPolicy policy) throws IOException {
        MarketHistory covid = MarketHistory.load(Path.of("sample-data"))
                .between(HistoricalEpisode.COVID_2020.from().minusDays(30), HistoricalEpisode.COVID_2020.to());
        HistoricalReplayModel model = new HistoricalReplayModel(covid);
        CampaignSpec spec = new CampaignSpec(CondorRule.ByDelta.CNDR, 45, 10, CondorManagement.STANDARD,
                TradingCosts.DEFAULT, SkewModel.DEFAULT, 0.015, 0.018, 0.9, VixTermStructure.DEFAULT, CAPITAL, policy);
        return CampaignSimulation.run(model, spec, new SimulationSettings(1, model.steps(), 1.0 / 252, 1L, 1, 1),
                ProgressListener.NONE, new CancellationToken());
    }

    private static int firstEntry(CampaignResult r) {
        int first = Integer.MAX_VALUE;
        for (List<Integer> steps : r.samples().get(0).layerEntrySteps()) {
            for (int s : steps) {
                first = Math.min(first, s);
            }
        }
        return first;
    }

    @Test
    void everyPresetLosesLessThanTheUnhedgedCondorInTheCovidCrash() throws IOException {
        double unhedged = replay(AlvhPolicy.unhedged()).pnl()[0];
        assertThat(unhedged).as("a CNDR campaign into March 2020 loses money").isNegative();
        for (AlvhPolicy p : List.of(PolicyPresets.steward(CAPITAL), PolicyPresets.promoter(CAPITAL),
                PolicyPresets.staticRatio(), PolicyPresets.vxth())) {
            assertThat(replay(p).pnl()[0]).as(p.name()).isGreaterThan(unhedged);
        }
    }

    @Test
    void theStewardHedgesEarlierThanThePromoter() throws IOException {
        CampaignResult steward = replay(PolicyPresets.steward(CAPITAL));
        CampaignResult promoter = replay(PolicyPresets.promoter(CAPITAL));
        assertThat(firstEntry(steward)).isLessThan(firstEntry(promoter));
        assertThat(steward.reserveDeployed()[0]).isTrue();
    }
}
