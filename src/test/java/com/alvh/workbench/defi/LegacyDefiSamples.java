package com.alvh.workbench.defi;

import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.hedge.ExitRule;
import com.alvh.workbench.hedge.HedgeInstrumentKind;
import com.alvh.workbench.hedge.HedgeLayer;
import com.alvh.workbench.hedge.IndicatorKind;
import com.alvh.workbench.hedge.IndicatorSeries;
import com.alvh.workbench.hedge.Reserve;
import com.alvh.workbench.hedge.SizeRule;
import com.alvh.workbench.hedge.StrikeRule;
import com.alvh.workbench.hedge.Trigger;
import com.alvh.workbench.sim.CancellationToken;
import com.alvh.workbench.sim.ProgressListener;
import com.alvh.workbench.sim.SimulationSettings;

import java.util.List;
import java.util.Map;

/**
 * The oracle of {@link DefiSamplesDefaultsTest}: the samples exactly as {@code DefiSamples} built them
 * before their numbers became parameters (commit f414be6), verbatim apart from the class name, the
 * shared {@link DefiSamples.DefiSample} record and visibility. The model classes are today's, so a
 * change to a model moves both sides alike; only the building of the samples is compared.
 */
final class LegacyDefiSamples {

    /** Default root seed of the samples. */
    static final long SEED = 20240501L;
    /** Default number of paths. */
    static final int PATHS = 20_000;
    /** One year of daily steps (crypto trades every day). */
    static final int DAYS = 365;

    private LegacyDefiSamples() {
    }

    /** All five samples. */
    static List<DefiSamples.DefiSample> all() {
        return List.of(insurancePool(), governanceFarming(), lpLayeredVsDiversified(), stableLpDepeg(), tailRisk());
    }

    private static SimulationSettings settings() {
        return new SimulationSettings(PATHS, DAYS, 1.0 / 365.0, SEED, Runtime.getRuntime().availableProcessors(), 512);
    }

    /** ETH: 65 % diffusive vol, 4 jumps a year of mean -8 % (sd 10 %), USD 25M quiet-day volume in the pool. */
    static AssetSpec eth() {
        return AssetSpec.of("ETH", 3000, 0.0, 0.65, 4.0, -0.08, 0.10, 2.5e7);
    }

    private static HedgeLayer layer(String name, StrikeRule strike, int tenor, SizeRule size, Trigger entry, ExitRule exit,
                                    boolean roll, int cooldown) {
        // Perps and cover have no strike: "at the reference" (entry price) keeps HedgeLayer's rule that a put has one.
        StrikeRule k = strike == null ? new StrikeRule.PercentFromReference(0.0) : strike;
        return new HedgeLayer(name, HedgeInstrumentKind.SPX_PUT, k, 0, tenor, size, entry, exit, roll, cooldown);
    }

    /** Strike percent of a put {@code k} standard deviations below spot over {@code days}. */
    static double sigmaStrike(double vol, int days, double k) {
        return Math.exp(-k * vol * Math.sqrt(days / 365.0)) - 1.0;
    }

    /**
     * Q1, insurance funds and multisig governance: a USD 50M pool selling USD 250M of cover at 2.5 %,
     * covering 10 % of the ecosystem's USD 1M+ exploits (2.875 a year), 10 % of each loss, USD 5M limit;
     * 3-of-5 multisig. Hedged: recovery tranches of excess-of-loss cover at 5 % and 10 % pool drawdown,
     * and a USD 10M second-engine reserve (5 % a year idle) deploying full cover at 20 %.
     */
    static DefiSamples.DefiSample insurancePool() {
        InsurancePool pool = new InsurancePool("Insurance pool", 50e6, 250e6, 0.025,
                DefiCalibration.EXPLOITS_PER_YEAR * 0.10, DefiCalibration.EXPLOIT_SCALE, DefiCalibration.EXPLOIT_TAIL_INDEX,
                0.10, 5e6, 5, 3, 2.0, 0.02, 0.05, 0.4, 14.0, 0.5, 3.0);
        HedgeLayer t1 = layer("Tranche 5 %", null, 90, new SizeRule.Contracts(0.5), new Trigger.PortfolioDrawdownAbove(0.05),
                ExitRule.HOLD, false, 0);
        HedgeLayer t2 = layer("Tranche 10 %", null, 90, new SizeRule.Contracts(0.5), new Trigger.PortfolioDrawdownAbove(0.10),
                ExitRule.HOLD, false, 0);
        HedgeLayer backstop = layer("Backstop 20 %", null, 180, new SizeRule.Contracts(1.0),
                new Trigger.PortfolioDrawdownAbove(0.20), ExitRule.HOLD, false, 0);
        AlvhPolicy policy = new AlvhPolicy("Recovery tranches", List.of(t1, t2),
                new Reserve(10e6, 0.05, new Trigger.PortfolioDrawdownAbove(0.20), backstop));
        DefiHedgePolicy hedged = DefiHedgePolicy.of(policy, DefiInstrument.CLAIMS_COVER, HedgeTerms.DEFAULT);
        return new DefiSamples.DefiSample("insurance-pool", "How does ALVH translate to DeFi insurance funds and multi-sig governance?",
                JumpDiffusionMarket.single(eth(), null),
                List.of(new DefiSimulation.Run("Unhedged", pool, DefiHedgePolicy.unhedged()),
                        new DefiSimulation.Run("Recovery tranches", pool, hedged)), settings());
    }

    /**
     * Q2, governance-token farming: USD 1M, 80 % staked at 40 % emissions, stake capped at 90 % of
     * capital; the token has 100 % vol, 3 crashes a year (-15 %), 12 governance votes a year moving it
     * by 15 % (sd). Hedged: a base 30 % perp short (funding 10 %/yr), puts 10 % out of the money on
     * half the stake when realised vol exceeds 120 %, another 30 % perp short when RSI(14) &gt; 70.
     */
    static DefiSamples.DefiSample governanceFarming() {
        AssetSpec gov = new AssetSpec("GOV", 10.0, 0.0, 1.0, 3.0, -0.15, 0.20, 12.0, 0.15, 5e7);
        GovernanceFarm farm = new GovernanceFarm("Governance farm", 1e6, 0.8, 0.40, 0.9, 0.04, 0);
        HedgeLayer base = layer("Base perp short", null, 30, new SizeRule.VegaRatio(0.3), new Trigger.Always(),
                ExitRule.HOLD, true, 0);
        HedgeLayer vol = layer("Vol puts", new StrikeRule.PercentFromReference(-0.10), 30, new SizeRule.VegaRatio(0.5),
                new Trigger.RealisedVolAbove(1.2), new ExitRule(200, 0.5, 3.0, 2), false, 5);
        HedgeLayer rsi = layer("RSI perp short", null, 14, new SizeRule.VegaRatio(0.3),
                new Trigger.IndicatorAbove(IndicatorSeries.SPX, IndicatorKind.RSI, 70), ExitRule.HOLD, false, 5);
        AlvhPolicy policy = new AlvhPolicy("Layered perps and puts", List.of(base, vol, rsi), Reserve.NONE);
        DefiHedgePolicy hedged = new DefiHedgePolicy(policy, Map.of("Base perp short", DefiInstrument.PERP_SHORT,
                "Vol puts", DefiInstrument.ASSET_PUT, "RSI perp short", DefiInstrument.PERP_SHORT), HedgeTerms.DEFAULT);
        return new DefiSamples.DefiSample("governance-farming", "How well does it translate to governance-token farming?",
                JumpDiffusionMarket.single(gov, null),
                List.of(new DefiSimulation.Run("Unhedged", farm, DefiHedgePolicy.unhedged()),
                        new DefiSimulation.Run("Layered perps and puts", farm, hedged)), settings());
    }

    /** Three chains' tokens, 0.7 correlated, 1.5 common crashes a year of -25 %. */
    static JumpDiffusionMarket threeChains(PegSpec peg) {
        return JumpDiffusionMarket.equicorrelated(List.of(eth(),
                AssetSpec.of("L2", 1.0, 0.0, 0.85, 4.0, -0.10, 0.12, 6e6),
                AssetSpec.of("ALT", 150.0, 0.0, 0.90, 4.0, -0.10, 0.12, 1.2e7)), 0.7, 1.5, -0.25, 0.10, peg);
    }

    /**
     * Q3, layer hedges or diversify across chains: USD 1M in a concentrated ETH/USDC range
     * [0.7, 1.4] x entry (0.3 % tier, USD 200M of other liquidity), against the same split in thirds
     * over three chains' pools. Layered: ETH puts 1 sigma below spot always (30 days, on half the
     * ETH delta), and 2 sigma puts on the other half when realised vol &gt; 90 %.
     */
    static DefiSamples.DefiSample lpLayeredVsDiversified() {
        double cap = 1e6;
        LpPortfolio single = new LpPortfolio("ETH LP", cap, List.of(LpLeg.range(0, cap, 0.7, 1.4, 0.003, 1e9)), 0.04, 0);
        LpPortfolio spread = new LpPortfolio("Three chains", cap, List.of(LpLeg.range(0, cap / 3, 0.7, 1.4, 0.003, 1e9),
                LpLeg.range(1, cap / 3, 0.7, 1.4, 0.003, 2.5e8), LpLeg.range(2, cap / 3, 0.7, 1.4, 0.003, 5e8)), 0.04, 0);
        double vol = eth().vol();
        HedgeLayer oneSigma = layer("1-sigma puts", new StrikeRule.PercentFromReference(sigmaStrike(vol, 30, 1)), 30,
                new SizeRule.VegaRatio(0.5), new Trigger.Always(), new ExitRule(150, 0.5, 4.0, 1), true, 0);
        HedgeLayer twoSigma = layer("2-sigma puts", new StrikeRule.PercentFromReference(sigmaStrike(vol, 30, 2)), 30,
                new SizeRule.VegaRatio(0.5), new Trigger.RealisedVolAbove(0.9), new ExitRule(150, 0.5, 4.0, 1), false, 3);
        DefiHedgePolicy layered = DefiHedgePolicy.of(new AlvhPolicy("Layered puts", List.of(oneSigma, twoSigma), Reserve.NONE),
                DefiInstrument.ASSET_PUT, HedgeTerms.DEFAULT);
        return new DefiSamples.DefiSample("lp-layered-vs-diversified",
                "Layer hedges when providing liquidity, or diversify across chains and pray?", threeChains(null),
                List.of(new DefiSimulation.Run("Single chain, unhedged", single, DefiHedgePolicy.unhedged()),
                        new DefiSimulation.Run("Single chain, layered puts", single, layered),
                        new DefiSimulation.Run("Diversified, unhedged", spread, DefiHedgePolicy.unhedged())), settings());
    }

    /**
     * Q3 on real history: the single-chain ETH/USDC range position of {@link #lpLayeredVsDiversified()},
     * unhedged and with its layered puts, through the real ETH closes of {@code market} (one path,
     * daily; the closes are rebased to the entry price of 3,000).
     *
     * @param market the replay (from {@link HistoryReplayMarket#eth})
     */
    static DefiSamples.DefiSample lpEthReplay(HistoryReplayMarket market) {
        DefiSamples.DefiSample base = lpLayeredVsDiversified();
        DefiSimulation.Run unhedged = base.runs().get(0);
        DefiSimulation.Run layered = base.runs().get(1);
        return new DefiSamples.DefiSample("lp-eth-replay", "Layer hedges when providing liquidity, on real ETH history "
                + market.dates()[0] + " .. " + market.dates()[market.dates().length - 1], market,
                List.of(unhedged, layered), new SimulationSettings(1, market.steps(), 1.0 / 365.0, SEED, 1, 1));
    }

    /** The ETH asset of the samples (entry 3,000 USD), for replays. */
    static AssetSpec ethAsset() {
        return eth();
    }

    /**
     * Q4, impermanent loss of single-sided stable LP: USD 1M of USDC into a USD 50M two-coin pool
     * (A 200, 4 bp fee, half to the DAO, USD 10M a day) whose other coin depegs as calibrated on UST
     * and USDC. Layered: peg puts struck at 0.97 on half the coin-1 holding always (90 days), and puts
     * at 0.95 on all of it when the peg deviates by 0.5 %.
     */
    static DefiSamples.DefiSample stableLpDepeg() {
        StableLp lp = new StableLp("Stable LP", 1e6, 200, 0.0004, 0.5, 50e6, 10e6, 2.0, 0);
        HedgeLayer base = layer("Peg puts 0.97", new StrikeRule.Absolute(0.97), 90, new SizeRule.VegaRatio(0.5),
                new Trigger.Always(), ExitRule.HOLD, true, 0);
        HedgeLayer dev = layer("Peg puts 0.95", new StrikeRule.Absolute(0.95), 30, new SizeRule.VegaRatio(1.0),
                new Trigger.PegDeviationAbove(0.005), ExitRule.HOLD, false, 10);
        DefiHedgePolicy hedged = DefiHedgePolicy.of(new AlvhPolicy("Peg layers", List.of(base, dev), Reserve.NONE),
                DefiInstrument.PEG_PUT, HedgeTerms.DEFAULT);
        return new DefiSamples.DefiSample("stable-lp-depeg", "ALVH-style hedging of impermanent loss in single-sided stable LP?",
                JumpDiffusionMarket.single(eth(), DefiCalibration.PEG),
                List.of(new DefiSimulation.Run("Unhedged", lp, DefiHedgePolicy.unhedged()),
                        new DefiSimulation.Run("Peg layers", lp, hedged)), settings());
    }

    /**
     * Q5, smart-contract tail risk: USD 1M in four full-range LPs of 25 % each (hazard 10 % a year,
     * loss 80 % when exploited), against the 2.5 % rule (each position at 2.5 % / 0.8 = 3.125 %, the
     * rest in cash at 4 %). Layered on the concentrated book: ETH puts 15 % out of the money on the
     * ETH delta when ETH is 10 % off its peak, perp shorts on half the delta when realised vol &gt; 100 %.
     */
    static DefiSamples.DefiSample tailRisk() {
        double cap = 1e6;
        double hazard = 0.10;
        double lgd = 0.8;
        List<LpLeg> legs = List.of(LpLeg.constantProduct(0, cap / 4, 0.003, 4e8).withExploit(hazard, lgd),
                LpLeg.constantProduct(0, cap / 4, 0.003, 4e8).withExploit(hazard, lgd),
                LpLeg.constantProduct(1, cap / 4, 0.003, 1e8).withExploit(hazard, lgd),
                LpLeg.constantProduct(2, cap / 4, 0.003, 2e8).withExploit(hazard, lgd));
        LpPortfolio concentrated = new LpPortfolio("Concentrated LPs", cap, legs, 0.04, 0);
        double each = TailRisk.maxPositionFraction(0.025, lgd) * cap;
        LpPortfolio sized = new LpPortfolio("Sized LPs", cap, legs.stream().map(l -> l.withAllocation(each)).toList(), 0.04, 0);
        HedgeLayer puts = layer("ETH puts", new StrikeRule.PercentFromReference(-0.15), 60, new SizeRule.VegaRatio(1.0),
                new Trigger.SpxDrawdownAbove(0.10), new ExitRule(150, 0.5, 3.0, 5), false, 5);
        HedgeLayer perps = layer("Perp short", null, 30, new SizeRule.VegaRatio(0.5), new Trigger.RealisedVolAbove(1.0),
                ExitRule.HOLD, true, 0);
        DefiHedgePolicy hedged = new DefiHedgePolicy(new AlvhPolicy("Layered puts and perps", List.of(puts, perps), Reserve.NONE),
                Map.of("ETH puts", DefiInstrument.ASSET_PUT, "Perp short", DefiInstrument.PERP_SHORT), HedgeTerms.DEFAULT);
        return new DefiSamples.DefiSample("tail-risk", "How to quantify and hedge smart-contract tail risk as an LP?", threeChains(null),
                List.of(new DefiSimulation.Run("Concentrated, unhedged", concentrated, DefiHedgePolicy.unhedged()),
                        new DefiSimulation.Run("Concentrated, layered puts and perps", concentrated, hedged),
                        new DefiSimulation.Run("Sized by the 2.5 % rule", sized, DefiHedgePolicy.unhedged())), settings());
    }
}
