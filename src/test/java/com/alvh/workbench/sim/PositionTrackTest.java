package com.alvh.workbench.sim;

import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.hedge.PolicyPresets;
import com.alvh.workbench.market.MarketHistory;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A position recorded once and replayed to a policy gives that policy's block exactly what computing
 * the position with it gives: the same cash flows in the same order, the same marks, the same max loss
 * and VIX sensitivity for the layers' sizes (the Static preset sizes by vega ratio).
 */
class PositionTrackTest {

    private static PathState[] simulate(MarketModel model, int paths, int steps, long seed) {
        UniformRandomProvider random = BlockRunner.blockStream(seed, 0);
        PathState state = new PathState(paths);
        PathState[] states = new PathState[steps + 1];
        model.initialise(state);
        states[0] = copy(state);
        for (int t = 1; t <= steps; t++) {
            model.advance(state, t, 1.0 / 252, random);
            states[t] = copy(state);
        }
        return states;
    }

    private static PathState copy(PathState s) {
        PathState c = new PathState(s.size());
        System.arraycopy(s.spot, 0, c.spot, 0, s.size());
        System.arraycopy(s.variance, 0, c.variance, 0, s.size());
        System.arraycopy(s.vix, 0, c.vix, 0, s.size());
        System.arraycopy(s.vix3m, 0, c.vix3m, 0, s.size());
        System.arraycopy(s.vix9d, 0, c.vix9d, 0, s.size());
        System.arraycopy(s.vix6m, 0, c.vix6m, 0, s.size());
        System.arraycopy(s.open, 0, c.open, 0, s.size());
        System.arraycopy(s.cursor, 0, c.cursor, 0, s.size());
        return c;
    }

    private static CampaignBlock run(PathObserver<CampaignBlock> observer, PathState[] states) {
        observer.start(copy(states[0]));
        for (int t = 1; t < states.length; t++) {
            observer.step(copy(states[t]), t);
        }
        return observer.result();
    }

    @Test
    void aReplayedPositionGivesEveryPolicyItsOwnResultBitForBit() {
        MarketModel model = Workloads.w1Model();
        int paths = 300;
        int steps = 63;
        PathState[] states = simulate(model, paths, steps, 99L);
        CampaignSpec base = Workloads.w1Spec();
        PositionTrack track = new CampaignSimulation(model, base.withPolicy(AlvhPolicy.unhedged()), steps, 2, 0)
                .recordPosition(states);
        for (AlvhPolicy p : List.of(AlvhPolicy.unhedged(), PolicyPresets.steward(base.capital()),
                PolicyPresets.staticRatio(), PolicyPresets.vxth(), PolicyPresets.promoter(base.capital()))) {
            CampaignSimulation sim = new CampaignSimulation(model, base.withPolicy(p), steps, 2, 0);
            CampaignBlock live = run(sim.observer(0, paths), states);
            CampaignBlock replayed = run(sim.observer(0, paths, track), states);
            assertThat(replayed.pnl()).as(p.name()).isEqualTo(live.pnl());
            assertThat(replayed.maxDrawdown()).as(p.name()).isEqualTo(live.maxDrawdown());
            assertThat(replayed.hedgeCost()).as(p.name()).isEqualTo(live.hedgeCost());
            assertThat(replayed.condorTrades()).as(p.name()).isEqualTo(live.condorTrades());
            assertThat(replayed.layerPaid()).as(p.name()).isDeepEqualTo(live.layerPaid());
        }
    }

    /**
     * On history the position is marked at its own tenor's vol level (VIX9D .. VIX6M) and a monthly
     * condor settles at the expiration day's open: the track records those marks and flows, and a
     * policy replaying it gets its live result bit for bit. A replayed policy keeps no trade list (a sweep
     * writes none); the live run of the first path does.
     */
    @Test
    void aReplayedMonthlyCondorOnHistoryMatchesItsLiveRunAndLogsNoTrades() throws IOException {
        MarketHistory year = MarketHistory.load(Path.of("sample-data"))
                .between(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 12, 31));
        HistoricalReplayModel model = new HistoricalReplayModel(year);
        int steps = model.steps();
        PathState[] states = simulate(model, 1, steps, 1L);
        CampaignSpec base = Workloads.w1Spec();
        EquityPosition monthly = EquityPosition.of("CNDR monthly", PositionPresets.condor(0.20, 0.05),
                new PositionExpiry.Monthly(), 10, new CondorManagement(Double.NaN, Double.NaN, 0, true))
                .withSettlement(Settlement.OPEN);
        for (EquityPosition position : List.of(monthly, monthly.withManagement(new CondorManagement(0.5, 2.0, 7, true)))) {
            CampaignSpec spec = base.withPosition(position);
            PositionTrack track = new CampaignSimulation(model, spec.withPolicy(AlvhPolicy.unhedged()), steps, 2, 0)
                    .recordPosition(states);
            CampaignSimulation sim = new CampaignSimulation(model, spec.withPolicy(PolicyPresets.staticRatio()),
                    steps, 2, 0);
            CampaignBlock live = run(sim.observer(0, 1), states);
            CampaignBlock replayed = run(sim.observer(0, 1, track), states);
            String name = position.management().toString();
            assertThat(live.condorTrades()[0]).as(name).isGreaterThan(10);
            assertThat(replayed.pnl()).as(name).isEqualTo(live.pnl());
            assertThat(replayed.maxDrawdown()).as(name).isEqualTo(live.maxDrawdown());
            assertThat(replayed.hedgeCost()).as(name).isEqualTo(live.hedgeCost());
            assertThat(replayed.condorTrades()).as(name).isEqualTo(live.condorTrades());
            assertThat(replayed.layerPaid()).as(name).isDeepEqualTo(live.layerPaid());
            assertThat(live.trades()).as(name).isNotEmpty();
            assertThat(replayed.trades()).as(name).isEmpty();
        }
    }

    @Test
    void aCollateralisedPositionIsNotShared() {
        MarketModel model = Workloads.w1Model();
        CampaignSpec base = Workloads.w1Spec();
        CampaignSpec collateral = base.withPosition(base.position().withSize(new PositionSize.Collateralised(1.0)));
        CampaignSimulation sim = new CampaignSimulation(model, collateral, 10, 2, 0);
        assertThat(sim.sharesPosition()).isFalse();
        assertThatThrownBy(() -> sim.recordPosition(simulate(model, 10, 10, 1L)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(new CampaignSimulation(model, base, 10, 2, 0).sharesPosition()).isTrue();
    }
}
