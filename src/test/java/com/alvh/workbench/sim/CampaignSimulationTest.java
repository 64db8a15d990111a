package com.alvh.workbench.sim;

import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.hedge.ExitRule;
import com.alvh.workbench.hedge.HedgeInstrumentKind;
import com.alvh.workbench.hedge.HedgeLayer;
import com.alvh.workbench.hedge.Reserve;
import com.alvh.workbench.hedge.SizeRule;
import com.alvh.workbench.hedge.StrikeRule;
import com.alvh.workbench.hedge.Trigger;
import com.alvh.workbench.market.HistoricalEpisode;
import com.alvh.workbench.market.MarketHistory;
import com.alvh.workbench.market.VixTermStructure;
import com.alvh.workbench.pricing.BlackScholes;
import com.alvh.workbench.pricing.HestonModel;
import com.alvh.workbench.pricing.VixUnderHeston;
import com.alvh.workbench.pricing.OptionType;
import com.alvh.workbench.pricing.SkewModel;
import com.alvh.workbench.risk.PnlDistribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class CampaignSimulationTest {

    private static final double RATE = 0.04;
    private static final double DIV = 0.013;
    private static final double VOL = 0.16;
    private static MarketHistory history;

    @BeforeAll
    static void load() throws IOException {
        history = MarketHistory.load(Path.of("sample-data"));
    }

    private static CampaignSpec spec(CondorManagement management, TradingCosts costs, SkewModel skew, AlvhPolicy policy) {
        return new CampaignSpec(new CondorRule.ByDistancePercent(0.05, 0.04), 45, 10, management, costs, skew, RATE, DIV,
                0.9, VixTermStructure.DEFAULT, 1_000_000, policy);
    }

    @Test
    void unhedgedCondorHeldToExpiryEarnsItsCreditLessTheCarryOnAverage() {
        // With a flat skew at the GBM's own vol and no costs, the credit is the discounted expected
        // payout, and cash earns nothing: E[P&L] = credit (1 - e^{rT}) exactly. Checked within 3
        // standard errors (false-failure rate 0.27 %, fixed seed).
        GeometricBrownianModel gbm = new GeometricBrownianModel(5000, RATE, DIV, VOL);
        CampaignSpec spec = spec(CondorManagement.HOLD_TO_EXPIRY, TradingCosts.NONE, SkewModel.flat(1.0),
                AlvhPolicy.unhedged());
        int steps = CampaignSimulation.toSteps(45);
        CampaignResult result = CampaignSimulation.run(gbm, spec,
                new SimulationSettings(100_000, steps, 1.0 / 252, 11L, 2, 1024), ProgressListener.NONE,
                new CancellationToken());
        double t = steps / 252.0;
        double unit = BlackScholes.price(OptionType.PUT, 5000, 4550, t, RATE, DIV, VOL)
                - BlackScholes.price(OptionType.PUT, 5000, 4750, t, RATE, DIV, VOL)
                - BlackScholes.price(OptionType.CALL, 5000, 5250, t, RATE, DIV, VOL)
                + BlackScholes.price(OptionType.CALL, 5000, 5450, t, RATE, DIV, VOL);
        double credit = -unit * 100 * 10;
        PnlDistribution d = PnlDistribution.of(result.pnl());
        assertThat(d.mean()).isCloseTo(credit * (1 - Math.exp(RATE * t)), offset(3 * d.standardError()));
        // Bounded by the condor's payoff: at most the credit, at worst the wing minus the credit. The
        // simulation prices the legs from SmileOptionTable, within 2e-7 s of the forward per leg
        // (s = ATM total std dev; SmileOptionTableTest), so its credit can differ from the exact one
        // by at most 4 legs x that x 100 x 10 contracts (about 0.2 USD here).
        double tableTolerance = 4 * 2e-7 * VOL * Math.sqrt(t) * 5000 * Math.exp((RATE - DIV) * t) * 100 * 10;
        assertThat(d.max()).isLessThanOrEqualTo(credit + tableTolerance);
        assertThat(d.min()).isGreaterThanOrEqualTo(credit - 200 * 100 * 10 - tableTolerance);
        assertThat(result.condorTrades()).containsOnly(1);
    }

    @Test
    void hedgesOnHestonPathsReadTheModelsOwnVixFutures() {
        // A VIX-future band trigger around the Heston model's 30-day future fires at step 0; the
        // generic term-structure curve (the fallback) sits outside the band.
        HestonModel h = new HestonModel(0.0256, 4.0, 0.04, 0.7, -0.7);
        HestonMarketModel heston = new HestonMarketModel(h, 5000, RATE, DIV);
        double vix0 = VixUnderHeston.spotVix(h, 0.0256);
        double model = heston.vixFuture(vix0, 0.0256, 30 / 365.0);
        double generic = VixTermStructure.DEFAULT.futureLevel(vix0, 30 / 365.0);
        assertThat(Math.abs(model - generic)).isGreaterThan(0.3);
        HedgeLayer band = new HedgeLayer("Band", HedgeInstrumentKind.VIX_CALL, new StrikeRule.Delta(0.3), 0, 30,
                new SizeRule.Contracts(1), new Trigger.VixFutureBetween(model - 0.1, model + 0.1, 30), ExitRule.HOLD,
                false, 0);
        CampaignSpec spec = spec(CondorManagement.STANDARD, TradingCosts.NONE, SkewModel.DEFAULT,
                new AlvhPolicy("Band", List.of(band), Reserve.NONE));
        SimulationSettings one = new SimulationSettings(50, 1, 1.0 / 252, 1L, 1, 50);
        assertThat(CampaignSimulation.run(heston, spec, one, ProgressListener.NONE, new CancellationToken())
                .layerEntriesByStep()[0][0]).isEqualTo(50);
        // A model without its own futures (flat vol, VIX constant at the same level) reads the curve.
        GeometricBrownianModel gbm = new GeometricBrownianModel(5000, RATE, DIV, vix0 / 100);
        assertThat(CampaignSimulation.run(gbm, spec, one, ProgressListener.NONE, new CancellationToken())
                .layerEntriesByStep()[0][0]).isZero();
    }

    @Test
    void worthlessOptionsAreAbandonedNotSoldAtANegativePrice() {
        // VIX calls struck at 200 with VIX at 16 are worth ~0; selling them 10 days before expiry
        // would pay slippage and commissions for nothing. The sale is floored at 0: no cash flow.
        HedgeLayer farCalls = new HedgeLayer("Far calls", HedgeInstrumentKind.VIX_CALL, new StrikeRule.Absolute(200), 0,
                30, new SizeRule.Contracts(10), new Trigger.Always(), new ExitRule(Double.NaN, 1.0, Double.NaN, 10),
                false, 100);
        CampaignSpec spec = spec(CondorManagement.STANDARD, TradingCosts.DEFAULT, SkewModel.DEFAULT,
                new AlvhPolicy("Far", List.of(farCalls), Reserve.NONE));
        CampaignResult result = CampaignSimulation.run(new GeometricBrownianModel(5000, RATE, DIV, VOL), spec,
                new SimulationSettings(1, 30, 1.0 / 252, 3L, 1, 1), ProgressListener.NONE, new CancellationToken());
        double[] paid = result.layerPaidByStep()[0];
        double[] received = result.layerReceivedByStep()[0];
        int exit = CampaignSimulation.toSteps(30) - CampaignSimulation.toSteps(10);
        assertThat(paid[0]).as("bought at step 0: premium plus costs").isPositive();
        assertThat(java.util.Arrays.stream(paid).sum()).as("nothing paid after entry").isEqualTo(paid[0]);
        assertThat(received).containsOnly(0.0);
        boolean[] open = result.samples().get(0).layerOpen()[0];
        int firstClosed = 0;
        while (firstClosed < open.length && open[firstClosed]) {
            firstClosed++;
        }
        assertThat(firstClosed).as("closed at the exit date, not held to expiry").isBetween(exit - 1, exit + 1);
    }

    @Test
    void compiledTriggersAgreeWithTheTriggersThemselves() {
        java.util.Random random = new java.util.Random(9);
        Trigger steward = new Trigger.AnyOf(List.of(new Trigger.AllOf(List.of(new Trigger.VixAbove(18),
                new Trigger.Not(new Trigger.VixBelow(12)))), new Trigger.VixRatioAbove(0.95),
                new Trigger.SpxDrawdownAbove(0.05), new Trigger.PortfolioDrawdownAbove(0.03),
                new Trigger.VixFutureBetween(15, 30, 30), new Trigger.Always()));
        List<Trigger> triggers = List.of(steward, new Trigger.VixAbove(25), new Trigger.VixBelow(14),
                new Trigger.VixRatioAbove(1.0), new Trigger.SpxDrawdownAbove(0.05),
                new Trigger.PortfolioDrawdownAbove(0.05), new Trigger.Not(new Trigger.VixRatioAbove(1.0)),
                new Trigger.AllOf(List.of(new Trigger.VixAbove(20), new Trigger.SpxDrawdownAbove(0.02))));
        for (int n = 0; n < 5000; n++) {
            double vix = 10 + random.nextDouble() * 30;
            double vix3m = random.nextInt(10) == 0 ? Double.NaN : 12 + random.nextDouble() * 20;
            double spxDd = random.nextDouble() * 0.1;
            double pfDd = random.nextDouble() * 0.1;
            double future = 10 + random.nextDouble() * 30;
            com.alvh.workbench.hedge.TriggerInputs in = new com.alvh.workbench.hedge.TriggerInputs() {
                public double vix(int i) { return vix; }
                public double vix3m(int i) { return vix3m; }
                public double vixFuture(int i, int tenorDays) { return future; }
                public double portfolioDrawdown(int i) { return pfDd; }
                public double spxDrawdown(int i) { return spxDd; }
                public double indicator(com.alvh.workbench.hedge.IndicatorSeries s, com.alvh.workbench.hedge.IndicatorKind k,
                                        int i) { return Double.NaN; }
                public int tradingDaysToEvent(com.alvh.workbench.hedge.EventKind kind) { return Integer.MAX_VALUE; }
            };
            for (Trigger t : triggers) {
                assertThat(TriggerChecks.compile(t).fires(in, 0)).as(t.describe()).isEqualTo(t.fires(in, 0));
            }
        }
    }

    @Test
    void selectionGivesTheOrderStatisticsOfASort() {
        java.util.Random random = new java.util.Random(5);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(300);
            double[] a = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = random.nextInt(20); // many ties
            }
            double[] sorted = a.clone();
            java.util.Arrays.sort(sorted);
            int from = 0;
            for (int k : new int[] {0, n / 4, n / 2, (3 * n) / 4, n - 1}) {
                int kk = Math.max(k, from);
                assertThat(CampaignBlock.select(a, from, n, kk)).isEqualTo(sorted[kk]);
                from = kk;
            }
        }
    }

    @Test
    void sameResultWhateverTheThreadCount() {
        GeometricBrownianModel gbm = new GeometricBrownianModel(5000, RATE, DIV, VOL);
        CampaignSpec spec = spec(CondorManagement.STANDARD, TradingCosts.DEFAULT, SkewModel.DEFAULT, tailPolicy());
        SimulationSettings s = new SimulationSettings(3000, 60, 1.0 / 252, 5L, 1, 256);
        CampaignResult one = CampaignSimulation.run(gbm, spec, s, ProgressListener.NONE, new CancellationToken());
        CampaignResult two = CampaignSimulation.run(gbm, spec, s.withThreads(2), ProgressListener.NONE,
                new CancellationToken());
        assertThat(two.pnl()).containsExactly(one.pnl());
        assertThat(two.equityFan()[2]).containsExactly(one.equityFan()[2]);
    }

    private static AlvhPolicy tailPolicy() {
        HedgeLayer tail = new HedgeLayer("Tail VIX calls", HedgeInstrumentKind.VIX_CALL,
                new StrikeRule.PercentFromReference(0.10), 0, 30, new SizeRule.Contracts(20),
                new Trigger.VixAbove(20), new ExitRule(40, 0.5, Double.NaN, 5), false, 0);
        return new AlvhPolicy("Tail", List.of(tail), Reserve.NONE);
    }

    @Test
    void layerEntersOnTheFirstCloseAboveItsTriggerInTheCovidReplay() {
        MarketHistory covid = history.between(HistoricalEpisode.COVID_2020.from(), HistoricalEpisode.COVID_2020.to());
        HistoricalReplayModel replay = new HistoricalReplayModel(covid);
        CampaignSpec spec = spec(CondorManagement.STANDARD, TradingCosts.DEFAULT, SkewModel.DEFAULT, tailPolicy());
        CampaignResult result = CampaignSimulation.run(replay, spec,
                new SimulationSettings(1, replay.steps(), 1.0 / 252, 1L, 1, 1), ProgressListener.NONE,
                new CancellationToken());
        int firstAbove20 = -1;
        int firstAbove40 = -1;
        for (int d = 0; d < covid.size(); d++) {
            if (firstAbove20 < 0 && covid.vixClose(d) > 20) {
                firstAbove20 = d;
            }
            if (firstAbove40 < 0 && covid.vixClose(d) > 40) {
                firstAbove40 = d;
            }
        }
        assertThat(covid.date(firstAbove20)).isEqualTo(LocalDate.of(2020, 2, 24));
        CampaignResult.SamplePath path = result.samples().get(0);
        assertThat(path.layerEntrySteps().get(0)).first().isEqualTo(firstAbove20);
        assertThat(path.layerOpen()[0][firstAbove20 - 1]).isFalse();
        assertThat(path.layerOpen()[0][firstAbove20]).isTrue();
        // Half was monetised on the first close above 40: proceeds arrive on that step.
        assertThat(result.layerReceivedByStep()[0][firstAbove40]).isPositive();
        double paid = java.util.Arrays.stream(result.layerPaidByStep()[0]).sum();
        double received = java.util.Arrays.stream(result.layerReceivedByStep()[0]).sum() + result.layerFinalValue()[0];
        assertThat(received).as("VIX calls bought at VIX 25 pay off in March 2020").isGreaterThan(2 * paid);
        // The hedged campaign loses less than the unhedged one on the same path.
        CampaignResult unhedged = CampaignSimulation.run(replay, spec.withPolicy(AlvhPolicy.unhedged()),
                new SimulationSettings(1, replay.steps(), 1.0 / 252, 1L, 1, 1), ProgressListener.NONE,
                new CancellationToken());
        assertThat(result.pnl()[0]).isGreaterThan(unhedged.pnl()[0]);
    }

    @Test
    void reserveChargesItsIdleCostUntilItDeploysOnce() {
        MarketHistory covid = history.between(HistoricalEpisode.COVID_2020.from(), HistoricalEpisode.COVID_2020.to());
        HistoricalReplayModel replay = new HistoricalReplayModel(covid);
        HedgeLayer rescue = new HedgeLayer("Reserve puts", HedgeInstrumentKind.SPX_PUT,
                new StrikeRule.PercentFromReference(-0.05), 0, 30, new SizeRule.CashBudget(1e9),
                new Trigger.Always(), ExitRule.HOLD, false, 0);
        Reserve reserve = new Reserve(50_000, 0.08, new Trigger.SpxDrawdownAbove(0.10), rescue);
        CampaignSpec spec = spec(CondorManagement.STANDARD, TradingCosts.NONE, SkewModel.DEFAULT,
                new AlvhPolicy("With reserve", List.of(), reserve));
        CampaignResult result = CampaignSimulation.run(replay, spec,
                new SimulationSettings(1, replay.steps(), 1.0 / 252, 1L, 1, 1), ProgressListener.NONE,
                new CancellationToken());
        int breach = -1;
        double peak = covid.spxClose(0);
        for (int d = 0; d < covid.size() && breach < 0; d++) {
            peak = Math.max(peak, covid.spxClose(d));
            if (1 - covid.spxClose(d) / peak >= 0.10) {
                breach = d;
            }
        }
        assertThat(result.reserveDeployed()[0]).isTrue();
        assertThat(result.samples().get(0).layerEntrySteps().get(0)).containsExactly(breach);
        double paid = java.util.Arrays.stream(result.layerPaidByStep()[0]).sum();
        assertThat(paid).as("capped at the reserve's capital").isCloseTo(50_000, offset(1e-6));
        // Idle cost accrues daily from step 1 while the reserve waits; on the breach step it deploys
        // before the day's charge, so it is charged on steps 1 .. breach - 1.
        assertThat(result.hedgeCost()[0] - paid).isCloseTo(50_000 * 0.08 / 252 * (breach - 1), offset(1e-6));
    }
}
