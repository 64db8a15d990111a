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
import java.util.stream.DoubleStream;

/**
 * The five ready DeFi scenarios, one per question of METHOD.md, each comparing unhedged with ALVH
 * layers (and, for the LP question, with diversification alone) on common random numbers. Every
 * number is in docs/defi.md with its source.
 *
 * <p>The position's size and the hedge levels of each sample are {@linkplain #parameters parameters}:
 * {@link #build} makes the sample from any values in their ranges, the defaults give the samples of
 * docs/defi.md ({@link #all()}).
 */
public final class DefiSamples {

    /** Default root seed of the samples. */
    public static final long SEED = 20240501L;
    /** Default number of paths. */
    public static final int PATHS = 20_000;
    /** One year of daily steps (crypto trades every day). */
    public static final int DAYS = 365;

    private DefiSamples() {
    }

    /**
     * A ready scenario.
     *
     * @param key short id ("insurance-pool")
     * @param question the METHOD.md question it answers
     * @param market the market model
     * @param runs the compared (position, policy) pairs; the first is the unhedged base
     * @param settings paths, 365 daily steps of 1/365 year, seed, all cores
     */
    public record DefiSample(String key, String question, DefiMarketModel market, List<DefiSimulation.Run> runs,
                             SimulationSettings settings) {

        /** Runs every pair on the same paths. */
        public List<DefiSimulation.Labelled> run(ProgressListener progress, CancellationToken cancel) {
            return DefiSimulation.compare(market, runs, settings, progress, cancel);
        }

        /** A copy with another number of paths. */
        public DefiSample withPaths(int paths) {
            return new DefiSample(key, question, market, runs, new SimulationSettings(paths, settings.steps(), settings.dt(),
                    settings.seed(), settings.threads(), settings.blockSize()));
        }

        /** A copy with another seed. */
        public DefiSample withSeed(long seed) {
            return new DefiSample(key, question, market, runs, new SimulationSettings(settings.paths(), settings.steps(),
                    settings.dt(), seed, settings.threads(), settings.blockSize()));
        }
    }

    /** Key of {@link #insurancePool()}. */
    public static final String INSURANCE_POOL = "insurance-pool";
    /** Key of {@link #governanceFarming()}. */
    public static final String GOVERNANCE_FARMING = "governance-farming";
    /** Key of {@link #lpLayeredVsDiversified()}. */
    public static final String LP_LAYERED_VS_DIVERSIFIED = "lp-layered-vs-diversified";
    /** Key of {@link #stableLpDepeg()}. */
    public static final String STABLE_LP_DEPEG = "stable-lp-depeg";
    /** Key of {@link #tailRisk()}. */
    public static final String TAIL_RISK = "tail-risk";

    /** All five samples, with their default parameters. */
    public static List<DefiSample> all() {
        return keys().stream().map(k -> build(k, Map.of())).toList();
    }

    /** The keys of the five samples, in menu order. */
    public static List<String> keys() {
        return List.of(INSURANCE_POOL, GOVERNANCE_FARMING, LP_LAYERED_VS_DIVERSIFIED, STABLE_LP_DEPEG, TAIL_RISK);
    }

    /**
     * The editable numbers of a sample, in display order; their defaults make the sample of
     * docs/defi.md.
     *
     * @param sampleKey one of {@link #keys()}
     * @throws IllegalArgumentException naming the key if there is no such sample
     */
    public static List<DefiParameter> parameters(String sampleKey) {
        return switch (sampleKey == null ? "" : sampleKey) {
            case INSURANCE_POOL -> DefiSampleParameters.INSURANCE_POOL;
            case GOVERNANCE_FARMING -> DefiSampleParameters.GOVERNANCE_FARMING;
            case LP_LAYERED_VS_DIVERSIFIED -> DefiSampleParameters.LP;
            case STABLE_LP_DEPEG -> DefiSampleParameters.STABLE_LP;
            case TAIL_RISK -> DefiSampleParameters.TAIL_RISK;
            default -> throw new IllegalArgumentException("unknown DeFi sample '" + sampleKey + "', expected one of " + keys());
        };
    }

    /**
     * The parameters of {@link #lpEthReplay(HistoryReplayMarket, Map)}: those of the LP question except
     * {@code chainCorrelation} (a replay has one chain).
     */
    public static List<DefiParameter> replayParameters() {
        return DefiSampleParameters.LP_REPLAY;
    }

    /**
     * Every problem of a set of values, so an editor or a file reader can show them all at once: an
     * unknown key, a value out of its range or not whole where it must be, and a rule between two
     * parameters that fails (reported at the key to change).
     *
     * @param sampleKey one of {@link #keys()}
     * @param values values by parameter key (missing keys take their defaults)
     * @return parameter key -&gt; message that reads after the key ("must be between 1.01 and 20, was 25"),
     *     in the order of {@code values} then of the rules; empty if {@link #build} accepts the values
     * @throws IllegalArgumentException naming the key if there is no such sample
     */
    public static Map<String, String> problems(String sampleKey, Map<String, Double> values) {
        return DefiSampleParameters.problems(sampleKey, parameters(sampleKey), values);
    }

    /** As {@link #problems} for {@link #lpEthReplay(HistoryReplayMarket, Map)}'s parameters. */
    public static Map<String, String> replayProblems(Map<String, Double> values) {
        return DefiSampleParameters.problems(REPLAY_NAME, replayParameters(), values);
    }

    /** How messages name the replay's parameter set. */
    private static final String REPLAY_NAME = "the ETH replay of " + LP_LAYERED_VS_DIVERSIFIED;

    /**
     * A sample with its parameters set.
     *
     * @param sampleKey one of {@link #keys()}
     * @param values values by parameter key ({@link #parameters}); missing keys take their defaults
     * @return the sample, with the default settings (20,000 paths, 365 days, seed 20240501)
     * @throws IllegalArgumentException for an unknown sample, or the first of {@link #problems}: the
     *     message starts with the parameter's key ("rangeUpper must be between 1.01 and 20, was 25")
     */
    public static DefiSample build(String sampleKey, Map<String, Double> values) {
        DefiSampleParameters.Values v = DefiSampleParameters.values(sampleKey, parameters(sampleKey), values);
        return switch (sampleKey) {
            case INSURANCE_POOL -> insurancePool(v);
            case GOVERNANCE_FARMING -> governanceFarming(v);
            case LP_LAYERED_VS_DIVERSIFIED -> lpLayeredVsDiversified(v);
            case STABLE_LP_DEPEG -> stableLpDepeg(v);
            default -> tailRisk(v);
        };
    }

    private static SimulationSettings settings() {
        return new SimulationSettings(PATHS, DAYS, 1.0 / 365.0, SEED, Runtime.getRuntime().availableProcessors(), 512);
    }

    /** ETH: 65 % diffusive vol, 4 jumps a year of mean -8 % (sd 10 %), USD 25M quiet-day volume in the pool. */
    static AssetSpec eth() {
        return eth(0.65);
    }

    /** {@link #eth()} with another diffusive volatility (decimal per sqrt year). */
    private static AssetSpec eth(double vol) {
        return AssetSpec.of("ETH", 3000, 0.0, vol, 4.0, -0.08, 0.10, 2.5e7);
    }

    private static HedgeLayer layer(String name, StrikeRule strike, int tenor, SizeRule size, Trigger entry, ExitRule exit,
                                    boolean roll, int cooldown) {
        // Perps and cover have no strike: "at the reference" (entry price) keeps HedgeLayer's rule that a put has one.
        StrikeRule k = strike == null ? new StrikeRule.PercentFromReference(0.0) : strike;
        return new HedgeLayer(name, HedgeInstrumentKind.SPX_PUT, k, 0, tenor, size, entry, exit, roll, cooldown);
    }

    /** A fraction as a label's percent: 0.05 -> "5 %", 0.125 -> "12.5 %". */
    private static String percent(double fraction) {
        return java.math.BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros().toPlainString() + " %";
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
    public static DefiSample insurancePool() {
        return build(INSURANCE_POOL, Map.of());
    }

    private static DefiSample insurancePool(DefiSampleParameters.Values v) {
        InsurancePool pool = new InsurancePool("Insurance pool", v.get("capital"), v.get("coverSold"), v.get("premiumRate"),
                DefiCalibration.EXPLOITS_PER_YEAR * 0.10, DefiCalibration.EXPLOIT_SCALE, DefiCalibration.EXPLOIT_TAIL_INDEX,
                v.get("claimShare"), v.get("claimLimit"), multisig(v), 0.5, 3.0, v.get("nexusCapitalModel") == 1.0);
        double d1 = v.get("tranche1Drawdown");
        double d2 = v.get("tranche2Drawdown");
        double dr = v.get("reserveTrigger");
        HedgeLayer t1 = layer("Tranche " + percent(d1), null, 90, new SizeRule.Contracts(0.5),
                new Trigger.PortfolioDrawdownAbove(d1), ExitRule.HOLD, false, 0);
        HedgeLayer t2 = layer("Tranche " + percent(d2), null, 90, new SizeRule.Contracts(0.5),
                new Trigger.PortfolioDrawdownAbove(d2), ExitRule.HOLD, false, 0);
        HedgeLayer backstop = layer("Backstop " + percent(dr), null, 180, new SizeRule.Contracts(1.0),
                new Trigger.PortfolioDrawdownAbove(dr), ExitRule.HOLD, false, 0);
        AlvhPolicy policy = new AlvhPolicy("Recovery tranches", List.of(t1, t2),
                new Reserve(v.get("reserveCapital"), 0.05, new Trigger.PortfolioDrawdownAbove(dr), backstop));
        DefiHedgePolicy hedged = DefiHedgePolicy.of(policy, DefiInstrument.CLAIMS_COVER, HedgeTerms.DEFAULT);
        return new DefiSample("insurance-pool", "How does ALVH translate to DeFi insurance funds and multi-sig governance?",
                JumpDiffusionMarket.single(eth(), null),
                List.of(new DefiSimulation.Run("Unhedged", pool, DefiHedgePolicy.unhedged()),
                        new DefiSimulation.Run("Recovery tranches", pool, hedged)), settings());
    }

    /**
     * The insurance pool's multisig: approvals in 2 days on average, each key compromised at 2 % a year
     * on its own plus shared shocks (0.05 a year, each hitting a key with probability 0.4), keys rotated
     * 14 days after a compromise; signers unreachable {@code outagesPerYear} times a year for
     * {@code meanOutageDays} on average (parameters).
     */
    static MultisigSpec multisig(DefiSampleParameters.Values v) {
        return new MultisigSpec(v.integer("signers"), v.integer("threshold"), 2.0, 0.02, 0.05, 0.4, 14.0,
                v.get("outagesPerYear"), v.get("meanOutageDays"));
    }

    /**
     * Q2, governance-token farming: USD 1M, 80 % staked at 40 % emissions, stake capped at 90 % of
     * capital; the token has 100 % vol, 3 crashes a year (-15 %), 12 governance votes a year moving it
     * by 15 % (sd). Hedged: a base 30 % perp short (funding 10 %/yr), puts 10 % out of the money on
     * half the stake when realised vol exceeds 120 %, another 30 % perp short when RSI(14) &gt; 70.
     */
    public static DefiSample governanceFarming() {
        return build(GOVERNANCE_FARMING, Map.of());
    }

    private static DefiSample governanceFarming(DefiSampleParameters.Values v) {
        AssetSpec gov = new AssetSpec("GOV", 10.0, 0.0, v.get("tokenVol"), 3.0, -0.15, 0.20, v.get("votesPerYear"), 0.15, 5e7);
        GovernanceFarm farm = new GovernanceFarm("Governance farm", v.get("capital"), v.get("stakedFraction"),
                v.get("emissionsApr"), v.get("capFraction"), 0.04, 0);
        HedgeLayer base = layer("Base perp short", null, 30, new SizeRule.VegaRatio(v.get("basePerpRatio")),
                new Trigger.Always(), ExitRule.HOLD, true, 0);
        HedgeLayer vol = layer("Vol puts", new StrikeRule.PercentFromReference(-0.10), 30, new SizeRule.VegaRatio(0.5),
                new Trigger.RealisedVolAbove(v.get("putVolTrigger")), new ExitRule(200, 0.5, 3.0, 2), false, 5);
        HedgeLayer rsi = layer("RSI perp short", null, 14, new SizeRule.VegaRatio(0.3),
                new Trigger.IndicatorAbove(IndicatorSeries.SPX, IndicatorKind.RSI, v.get("rsiTrigger")), ExitRule.HOLD, false, 5);
        AlvhPolicy policy = new AlvhPolicy("Layered perps and puts", List.of(base, vol, rsi), Reserve.NONE);
        DefiHedgePolicy hedged = new DefiHedgePolicy(policy, Map.of("Base perp short", DefiInstrument.PERP_SHORT,
                "Vol puts", DefiInstrument.ASSET_PUT, "RSI perp short", DefiInstrument.PERP_SHORT),
                // Carry: staked spot earns the emissions a perp does not, so cash-and-carry traders push the shorts'
                // funding down by the APR (shorts pay it when it exceeds the leverage demand's premium).
                HedgeTerms.DEFAULT.withFundingRate(v.get("fundingRate") - v.get("emissionsApr")));
        TokenEconomyMarket economy = new TokenEconomyMarket(JumpDiffusionMarket.single(gov, null), 0, v.get("emissionsApr"),
                v.get("stakedSupplyShare"), v.get("sellFraction"), v.get("poolDepthShare"), v.get("impactHalfLifeDays"));
        return new DefiSample("governance-farming", "How well does it translate to governance-token farming?", economy,
                List.of(new DefiSimulation.Run("Unhedged", farm, DefiHedgePolicy.unhedged()),
                        new DefiSimulation.Run("Layered perps and puts", farm, hedged)), settings());
    }

    /** Three chains' tokens, 0.7 correlated, 1.5 common crashes a year of -25 %. */
    static JumpDiffusionMarket threeChains(PegSpec peg) {
        return threeChains(eth(), 0.7, peg);
    }

    /**
     * {@link #threeChains(PegSpec)} with another ETH and correlation. Like for like: the other chains'
     * tokens (an L2's, an alternative L1's) have ETH's dynamics (volatility, jumps, pool turnover), so a
     * diversified book differs from a single-chain one only by correlation and chain risk (bridges); until
     * issue 15 they were more volatile (85 % and 90 %) and diversification looked worse than it is.
     */
    private static JumpDiffusionMarket threeChains(AssetSpec eth, double rho, PegSpec peg) {
        return JumpDiffusionMarket.equicorrelated(List.of(eth,
                new AssetSpec("L2", 1.0, eth.drift(), eth.vol(), eth.jumpIntensity(), eth.jumpMean(), eth.jumpStdev(), 0, 0,
                        eth.dailyVolumeUsd()),
                new AssetSpec("ALT", 150.0, eth.drift(), eth.vol(), eth.jumpIntensity(), eth.jumpMean(), eth.jumpStdev(), 0, 0,
                        eth.dailyVolumeUsd())), rho, 1.5, -0.25, 0.10, peg);
    }

    /**
     * Q3, layer hedges or diversify across chains: USD 1M in a concentrated ETH/USDC range
     * [0.7, 1.4] x entry (0.3 % tier, USD 200M of other liquidity), against the same split in thirds
     * over three chains' pools. Layered: ETH puts 1 sigma below spot always (30 days, on half the
     * ETH delta), and 2 sigma puts on the other half when realised vol &gt; 90 %.
     */
    public static DefiSample lpLayeredVsDiversified() {
        return build(LP_LAYERED_VS_DIVERSIFIED, Map.of());
    }

    private static DefiSample lpLayeredVsDiversified(DefiSampleParameters.Values v) {
        double cap = v.get("capital");
        double lo = v.get("rangeLower");
        double hi = v.get("rangeUpper");
        double fee = v.get("feeTier");
        // A third of the capital per chain; one ulp less if three thirds would add up to more than it.
        double third = cap / 3;
        while (DoubleStream.of(third, third, third).sum() > cap) {
            third = Math.nextDown(third);
        }
        // Like for like: the same pool size and token dynamics on every chain; the single chain's pool and the
        // diversified book's first leg are ETH mainnet, the other two are reached over a bridge (shared dependency).
        ExploitModel exploits = ExploitModel.calibrated();
        LpPortfolio single = new LpPortfolio("ETH LP", cap, List.of(LpLeg.range(0, cap, lo, hi, fee, 1e9).withExploits(false)),
                0.04, 0, exploits);
        LpPortfolio spread = new LpPortfolio("Three chains", cap, List.of(LpLeg.range(0, third, lo, hi, fee, 1e9).withExploits(false),
                LpLeg.range(1, third, lo, hi, fee, 1e9).withExploits(true), LpLeg.range(2, third, lo, hi, fee, 1e9).withExploits(true)),
                0.04, 0, exploits);
        AssetSpec eth = eth(v.get("ethVol"));
        double vol = eth.vol();
        HedgeLayer oneSigma = layer("1-sigma puts", new StrikeRule.PercentFromReference(sigmaStrike(vol, 30, 1)), 30,
                new SizeRule.VegaRatio(0.5), new Trigger.Always(), new ExitRule(150, 0.5, 4.0, 1), true, 0);
        HedgeLayer twoSigma = layer("2-sigma puts", new StrikeRule.PercentFromReference(sigmaStrike(vol, 30, 2)), 30,
                new SizeRule.VegaRatio(0.5), new Trigger.RealisedVolAbove(v.get("putVolTrigger")),
                new ExitRule(150, 0.5, 4.0, 1), false, 3);
        DefiHedgePolicy layered = DefiHedgePolicy.of(new AlvhPolicy("Layered puts", List.of(oneSigma, twoSigma), Reserve.NONE),
                DefiInstrument.ASSET_PUT, HedgeTerms.DEFAULT);
        return new DefiSample(LP_LAYERED_VS_DIVERSIFIED,
                "Layer hedges when providing liquidity, or diversify across chains and pray?",
                threeChains(eth, v.get("chainCorrelation"), null),
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
    public static DefiSample lpEthReplay(HistoryReplayMarket market) {
        return lpEthReplay(market, Map.of());
    }

    /**
     * {@link #lpEthReplay(HistoryReplayMarket)} with the LP parameters set ({@link #replayParameters()}).
     * The history is the market; {@code ethVol}, if given, is the volatility the puts are struck at
     * and priced with (absent: the market's own implied volatility, which for a market built on
     * {@link #ethAsset()} is the default's).
     *
     * @param market the replay (from {@link HistoryReplayMarket#eth})
     * @param values values by parameter key; missing keys take their defaults
     * @throws IllegalArgumentException the first of {@link #replayProblems}, its message starting with the key
     */
    public static DefiSample lpEthReplay(HistoryReplayMarket market, Map<String, Double> values) {
        DefiSampleParameters.values(REPLAY_NAME, replayParameters(), values); // throws the first problem
        DefiSampleParameters.Values v = DefiSampleParameters.values(LP_LAYERED_VS_DIVERSIFIED, parameters(LP_LAYERED_VS_DIVERSIFIED),
                values);
        if (v.given("ethVol")) {
            market = new HistoryReplayMarket(market.name(), market.dates(), market.prices(), market.volumes(),
                    Math.sqrt(eth(v.get("ethVol")).totalVariance()));
        }
        DefiSample base = lpLayeredVsDiversified(v);
        DefiSimulation.Run unhedged = base.runs().get(0);
        DefiSimulation.Run layered = base.runs().get(1);
        return new DefiSample("lp-eth-replay", "Layer hedges when providing liquidity, on real ETH history "
                + market.dates()[0] + " .. " + market.dates()[market.dates().length - 1], market,
                List.of(unhedged, layered), new SimulationSettings(1, market.steps(), 1.0 / 365.0, SEED, 1, 1));
    }

    /** The ETH asset of the samples (entry 3,000 USD), for replays. */
    public static AssetSpec ethAsset() {
        return eth();
    }

    /**
     * Q4, impermanent loss of single-sided stable LP: USD 1M of USDT into a USD 50M USDT/USDC pool
     * (A 200, 4 bp fee, half to the DAO, USD 10M a day) whose other coin, USDC, depegs with its own
     * history's process ({@link DefiCalibration#USDC_PEG}; USDT never ran below 0.97 in the file). Layered: peg puts struck at 0.97 on half the coin-1 holding always (90 days), and puts
     * at 0.95 on all of it when the peg deviates by 0.5 %.
     */
    public static DefiSample stableLpDepeg() {
        return build(STABLE_LP_DEPEG, Map.of());
    }

    private static DefiSample stableLpDepeg(DefiSampleParameters.Values v) {
        StableLp lp = new StableLp("Stable LP", v.get("capital"), v.get("amplification"), v.get("feeRate"), 0.5,
                v.get("poolTvl"), v.get("dailyVolume"), 2.0, 0);
        double k1 = v.get("basePutStrike");
        double k2 = v.get("deviationPutStrike");
        HedgeLayer base = layer("Peg puts " + DefiParameter.format(k1), new StrikeRule.Absolute(k1), 90,
                new SizeRule.VegaRatio(0.5), new Trigger.Always(), ExitRule.HOLD, true, 0);
        // Layer names are unique within a policy: the second layer says what it is if the strikes are equal.
        HedgeLayer dev = layer("Peg puts " + DefiParameter.format(k2) + (k1 == k2 ? " (deviation)" : ""),
                new StrikeRule.Absolute(k2), 30,
                new SizeRule.VegaRatio(1.0), new Trigger.PegDeviationAbove(v.get("deviationTrigger")), ExitRule.HOLD, false, 10);
        DefiHedgePolicy hedged = DefiHedgePolicy.of(new AlvhPolicy("Peg layers", List.of(base, dev), Reserve.NONE),
                DefiInstrument.PEG_PUT, HedgeTerms.DEFAULT);
        return new DefiSample("stable-lp-depeg", "ALVH-style hedging of impermanent loss in single-sided stable LP?",
                JumpDiffusionMarket.single(eth(), DefiCalibration.USDC_PEG),
                List.of(new DefiSimulation.Run("Unhedged", lp, DefiHedgePolicy.unhedged()),
                        new DefiSimulation.Run("Peg layers", lp, hedged)), settings());
    }

    /**
     * Q5, smart-contract tail risk: USD 1M in four full-range LPs of 25 % each in USD 400M pools (two on
     * mainnet, two reached over a bridge), exploited as {@link ExploitModel} estimates from the DeFiHackLabs
     * list (28.75 exploits a year over USD 80 billion of DeFi, Pareto losses, the bridged legs also hit
     * together by shared-dependency events), against the 2.5 % rule (each position at the loss budget of
     * capital, the worst case of a total loss; the rest in cash at 4 %). Layered on the concentrated book:
     * ETH puts 15 % out of the money on the ETH delta when ETH is 10 % off its peak, perp shorts on half the
     * delta when realised vol &gt; 100 %; or protocol cover of the book's value, 90 days, rolled.
     */
    public static DefiSample tailRisk() {
        return build(TAIL_RISK, Map.of());
    }

    private static DefiSample tailRisk(DefiSampleParameters.Values v) {
        double cap = v.get("capital");
        ExploitModel exploits = new ExploitModel(v.get("exploitsPerYear"), v.get("defiTvl"), DefiCalibration.EXPLOIT_SCALE,
                DefiCalibration.EXPLOIT_TAIL_INDEX, v.get("sharedShare"));
        // Two ETH pools on mainnet; the L2 and ALT pools are reached over a bridge (shared dependency).
        // Pools of one size (USD 400M of others' liquidity, the same turnover) on every chain.
        List<LpLeg> legs = List.of(LpLeg.constantProduct(0, cap / 4, 0.003, 4e8).withExploits(false),
                LpLeg.constantProduct(0, cap / 4, 0.003, 4e8).withExploits(false),
                LpLeg.constantProduct(1, cap / 4, 0.003, 4e8).withExploits(true),
                LpLeg.constantProduct(2, cap / 4, 0.003, 4e8).withExploits(true));
        LpPortfolio concentrated = new LpPortfolio("Concentrated LPs", cap, legs, 0.04, 0, exploits);
        // The sizing rule with the worst case of a total loss: each position is the loss budget of capital.
        double each = Math.min(v.get("lossBudget") * cap, cap / 4);
        LpPortfolio sized = new LpPortfolio("Sized LPs", cap, legs.stream().map(l -> l.withAllocation(each)).toList(), 0.04, 0,
                exploits);
        HedgeTerms terms = HedgeTerms.DEFAULT.withFundingRate(v.get("fundingRate"))
                .withCover(v.get("coverApproval"), v.get("coverDelayDays"));
        HedgeLayer puts = layer("ETH puts", new StrikeRule.PercentFromReference(-0.15), 60, new SizeRule.VegaRatio(1.0),
                new Trigger.SpxDrawdownAbove(v.get("drawdownTrigger")), new ExitRule(150, 0.5, 3.0, 5), false, 5);
        HedgeLayer perps = layer("Perp short", null, 30, new SizeRule.VegaRatio(0.5),
                new Trigger.RealisedVolAbove(v.get("volTrigger")), ExitRule.HOLD, true, 0);
        DefiHedgePolicy hedged = new DefiHedgePolicy(new AlvhPolicy("Layered puts and perps", List.of(puts, perps), Reserve.NONE),
                Map.of("ETH puts", DefiInstrument.ASSET_PUT, "Perp short", DefiInstrument.PERP_SHORT), terms);
        HedgeLayer cover = layer("Protocol cover", null, 90, new SizeRule.VegaRatio(1.0), new Trigger.Always(), ExitRule.HOLD,
                true, 0);
        DefiHedgePolicy covered = new DefiHedgePolicy(new AlvhPolicy("Protocol cover", List.of(cover), Reserve.NONE),
                Map.of("Protocol cover", DefiInstrument.PROTOCOL_COVER), terms);
        return new DefiSample("tail-risk", "How to quantify and hedge smart-contract tail risk as an LP?", threeChains(null),
                List.of(new DefiSimulation.Run("Concentrated, unhedged", concentrated, DefiHedgePolicy.unhedged()),
                        new DefiSimulation.Run("Concentrated, layered puts and perps", concentrated, hedged),
                        new DefiSimulation.Run("Concentrated, protocol cover", concentrated, covered),
                        new DefiSimulation.Run("Sized by the " + percent(v.get("lossBudget")) + " rule", sized,
                                DefiHedgePolicy.unhedged())), settings());
    }

    /**
     * Q4 on real history: the stable LP of {@link #stableLpDepeg()}, unhedged and with its peg layers,
     * through a real depeg replayed day by day (one path; the coin of {@code market} is the pool's
     * depegging coin, ETH follows its real closes, peg puts are priced with the calibrated process).
     *
     * @param market the replay (from {@link PegReplayMarket#episode} or {@link PegReplayMarket#load})
     */
    public static DefiSample stableLpReplay(PegReplayMarket market) {
        return stableLpReplay(market, Map.of());
    }

    /**
     * As {@link #stableLpReplay(PegReplayMarket)} with the stable LP's parameters ({@link #parameters}
     * of {@code stable-lp-depeg}: capital, pool, fees, peg-put strikes and trigger).
     *
     * @param market the replay
     * @param values parameter values by key; missing keys take their defaults
     * @throws IllegalArgumentException naming the parameter if a value is not accepted
     */
    public static DefiSample stableLpReplay(PegReplayMarket market, Map<String, Double> values) {
        DefiSample base = build(STABLE_LP_DEPEG, values);
        return new DefiSample("stable-lp-replay", "ALVH-style hedging of impermanent loss in single-sided stable LP, on "
                + market.label(), market, base.runs(), new SimulationSettings(1, market.steps(), 1.0 / 365.0, SEED, 1, 1));
    }
}
