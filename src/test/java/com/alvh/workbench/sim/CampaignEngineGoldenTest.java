package com.alvh.workbench.sim;

import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.hedge.EventKind;
import com.alvh.workbench.hedge.ExitRule;
import com.alvh.workbench.hedge.HedgeInstrumentKind;
import com.alvh.workbench.hedge.HedgeLayer;
import com.alvh.workbench.hedge.IndicatorKind;
import com.alvh.workbench.hedge.IndicatorSeries;
import com.alvh.workbench.hedge.PolicyPresets;
import com.alvh.workbench.hedge.Reserve;
import com.alvh.workbench.hedge.SizeRule;
import com.alvh.workbench.hedge.StrikeRule;
import com.alvh.workbench.hedge.Trigger;
import com.alvh.workbench.market.HistoricalEpisode;
import com.alvh.workbench.market.MarketHistory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Pins the equity engine's results bit for bit (finer than the CLI's JSON golden, which rounds to
 * ten digits): W1's market and campaign with the four presets and a policy that exercises the rest
 * of the layer machinery (a VIX future, a cash-budget VIX call taken at three times its cost, a
 * monetised and rolled layer with a cooldown, indicator and event triggers, a reserve of SPX puts
 * by delta capped at its capital) on 600 Heston paths in blocks of 256 (three blocks, two threads),
 * and the Steward through the real March 2020. Written exactly by {@link ResultGolden};
 * regenerate after a deliberate change with {@code -Dalvh.regenerate=true} and review the diff.
 */
class CampaignEngineGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/campaign-engine.txt");

    static AlvhPolicy everything(double capital) {
        HedgeLayer future = new HedgeLayer("VIX future on backwardation", HedgeInstrumentKind.VIX_FUTURE, null, 0, 30,
                new SizeRule.Contracts(2), new Trigger.VixRatioAbove(0.97), new ExitRule(28, 0.5, Double.NaN, 5), true, 3);
        HedgeLayer budget = new HedgeLayer("Budget VIX calls", HedgeInstrumentKind.VIX_CALL, new StrikeRule.Absolute(22),
                0, 40, new SizeRule.CashBudget(3_000), new Trigger.IndicatorAbove(IndicatorSeries.VIX, IndicatorKind.RSI, 55),
                new ExitRule(Double.NaN, 1.0, 3.0, 7), false, 4);
        HedgeLayer rolled = new HedgeLayer("Rolled spread", HedgeInstrumentKind.VIX_CALL_SPREAD,
                new StrikeRule.Delta(0.4), 5, 35, new SizeRule.FractionOfCapital(0.002),
                new Trigger.AnyOf(List.of(new Trigger.EventWithin(EventKind.CPI, 2), new Trigger.VixAbove(21))),
                new ExitRule(24, 0.4, Double.NaN, 12), true, 2);
        HedgeLayer ratio = new HedgeLayer("Vega-ratio calls", HedgeInstrumentKind.VIX_CALL, new StrikeRule.Delta(0.3), 0, 30,
                new SizeRule.VegaRatio(0.3), new Trigger.Not(new Trigger.VixBelow(17)), new ExitRule(30, 0.5, 4.0, 8), true, 0);
        HedgeLayer reservePuts = new HedgeLayer("Reserve SPX puts", HedgeInstrumentKind.SPX_PUT, new StrikeRule.Delta(0.25),
                0, 30, new SizeRule.FractionOfCapital(0.2), new Trigger.Always(), ExitRule.HOLD, false, 0);
        return new AlvhPolicy("Everything", List.of(future, budget, rolled, ratio),
                new Reserve(0.01 * capital, 0.02, new Trigger.AnyOf(List.of(new Trigger.PortfolioDrawdownAbove(0.02),
                        new Trigger.SpxDrawdownAbove(0.04))), reservePuts));
    }

    @Test
    void presetsAndTheWholeLayerMachineryGiveThePinnedResultsBitForBit() throws IOException {
        StringBuilder b = new StringBuilder();
        double capital = Workloads.CAPITAL;
        SimulationSettings settings = new SimulationSettings(600, 45, 1.0 / 252, 20240805L, 2, 256);
        for (AlvhPolicy p : List.of(AlvhPolicy.unhedged(), PolicyPresets.steward(capital), PolicyPresets.promoter(capital),
                PolicyPresets.staticRatio(), PolicyPresets.vxth(), everything(capital))) {
            CampaignResult r = CampaignSimulation.run(Workloads.w1Model(), Workloads.w1Spec().withPolicy(p), settings,
                    ProgressListener.NONE, new CancellationToken());
            ResultGolden.append(b, "heston / " + p.name(), r);
        }
        MarketHistory covid = MarketHistory.load(Path.of("sample-data"))
                .between(HistoricalEpisode.COVID_2020.from(), HistoricalEpisode.COVID_2020.to());
        HistoricalReplayModel replay = new HistoricalReplayModel(covid);
        for (AlvhPolicy p : List.of(PolicyPresets.steward(capital), everything(capital))) {
            CampaignResult r = CampaignSimulation.run(replay, Workloads.w1Spec().withPolicy(p),
                    new SimulationSettings(1, replay.steps(), 1.0 / 252, 1L, 1, 1), ProgressListener.NONE,
                    new CancellationToken());
            ResultGolden.append(b, "2020-covid / " + p.name(), r);
        }
        ResultGolden.assertMatches(GOLDEN, b.toString());
    }
}
