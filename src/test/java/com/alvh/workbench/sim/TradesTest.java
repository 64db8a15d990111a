package com.alvh.workbench.sim;

import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.hedge.PolicyPresets;
import com.alvh.workbench.hedge.Reserve;
import com.alvh.workbench.market.HistoricalEpisode;
import com.alvh.workbench.market.MarketHistory;
import com.alvh.workbench.market.VolIndexTerm;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The trade list of a replay: every leg opened and settled, every layer bought and sold, and nothing
 * else moves cash, so the trades' cash adds up to the run's P&amp;L once everything is closed.
 */
class TradesTest {

    @Test
    void theTradesOfAReplayAddUpToItsPnlAndTheLegsOpenAtTheirDeltaStrikes() throws IOException {
        MarketHistory covid = MarketHistory.load(Path.of("sample-data"))
                .between(HistoricalEpisode.COVID_2020.from(), HistoricalEpisode.COVID_2020.to());
        HistoricalReplayModel replay = new HistoricalReplayModel(covid);
        // A 20-day CNDR condor held to expiry, once; the Steward's layers without its reserve.
        EquityPosition condor = EquityPosition.of("CNDR 20d", PositionPresets.condor(0.20, 0.05), new PositionExpiry.Days(20),
                10, CondorManagement.HOLD_TO_EXPIRY);
        AlvhPolicy steward = PolicyPresets.steward(Workloads.CAPITAL);
        AlvhPolicy layersOnly = new AlvhPolicy("Steward layers", steward.layers(), Reserve.NONE);
        CampaignSpec spec = Workloads.w1Spec().withPosition(condor).withPolicy(layersOnly);
        CampaignResult r = CampaignSimulation.run(replay, spec.withPolicy(layersOnly),
                new SimulationSettings(1, replay.steps(), 1.0 / 252, 1L, 1, 1), ProgressListener.NONE,
                new CancellationToken());
        List<Trade> trades = r.trades();
        // Opened on day 0: four legs at the CNDR deltas of the 20-day tenor's vol level that day.
        int tenor = CampaignSimulation.toSteps(20);
        double level = VolIndexTerm.interpolate(covid.vix9dClose(0), covid.vixClose(0), covid.vix3mClose(0),
                covid.vix6mClose(0), tenor / 252.0);
        double[] expected = PositionStrikes.at(condor, spec.skew(), covid.spxClose(0), level, spec.rate(),
                spec.dividendYield(), tenor / 252.0);
        List<Trade> opening = trades.stream().filter(t -> t.reason().equals(Trade.OPEN)).toList();
        assertThat(opening).hasSize(4).allMatch(t -> t.step() == 0 && t.expiryStep() == tenor);
        assertThat(opening).extracting(Trade::strike).containsExactly(expected[0], expected[1], expected[2], expected[3]);
        assertThat(opening).extracting(Trade::quantity).containsExactly(10.0, -10.0, -10.0, 10.0);
        assertThat(opening).extracting(Trade::instrument).containsExactly("SPX put", "SPX put", "SPX call", "SPX call");
        // Settled at expiry: every leg closed at its payoff on the SPX close of that day.
        List<Trade> settled = trades.stream().filter(t -> t.position().equals("CNDR 20d") && t.reason().equals(Trade.EXPIRY)).toList();
        assertThat(settled).hasSize(4).allMatch(t -> t.step() == tenor);
        double spx = covid.spxClose(tenor);
        for (int j = 0; j < 4; j++) {
            Trade t = settled.get(j);
            double payoff = t.instrument().equals("SPX put") ? Math.max(t.strike() - spx, 0) : Math.max(spx - t.strike(), 0);
            assertThat(t.price()).isCloseTo(payoff, within(1e-9));
            assertThat(t.quantity()).isEqualTo(-opening.get(j).quantity());
        }
        // The layers traded too, and cash moved only by trades: the run's P&L is their sum plus what the
        // layers still hold.
        assertThat(trades.stream().filter(t -> !t.position().equals("CNDR 20d"))).isNotEmpty();
        double cash = trades.stream().mapToDouble(Trade::cash).sum();
        double held = 0;
        for (double v : r.layerFinalValue()) {
            held += v;
        }
        assertThat(cash + held).isCloseTo(r.pnl()[0], within(1e-6));
    }

    @Test
    void onlyTheFirstPathOfAModelRunIsLogged() {
        SimulationSettings s = new SimulationSettings(600, 30, 1.0 / 252, 7L, 2, 256);
        CampaignResult r = CampaignSimulation.run(Workloads.w1Model(), Workloads.w1Spec(), s, ProgressListener.NONE,
                new CancellationToken());
        assertThat(r.trades()).isNotEmpty();
        // Path 0's opening: one row per leg at step 0; later trades only at later steps.
        assertThat(r.trades().subList(0, 4)).allMatch(t -> t.step() == 0 && t.reason().equals(Trade.OPEN));
        assertThat(r.trades().stream().filter(t -> t.reason().equals(Trade.OPEN)).count() / 4)
                .isEqualTo(r.condorTrades()[0]);
    }
}
