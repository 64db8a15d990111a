package com.alvh.workbench.scenario;

import com.alvh.workbench.defi.DefiSamples;
import com.alvh.workbench.defi.PegReplayMarket;
import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.hedge.ExitRule;
import com.alvh.workbench.hedge.HedgeInstrumentKind;
import com.alvh.workbench.hedge.HedgeLayer;
import com.alvh.workbench.hedge.PolicyPresets;
import com.alvh.workbench.hedge.Reserve;
import com.alvh.workbench.hedge.SizeRule;
import com.alvh.workbench.hedge.StrikeRule;
import com.alvh.workbench.hedge.Trigger;
import com.alvh.workbench.market.HistoricalEpisode;
import com.alvh.workbench.market.VixTermStructure;
import com.alvh.workbench.pricing.HestonModel;
import com.alvh.workbench.pricing.SkewModel;
import com.alvh.workbench.sim.CondorManagement;
import com.alvh.workbench.sim.CondorRule;
import com.alvh.workbench.sim.EquityPosition;
import com.alvh.workbench.sim.PositionExpiry;
import com.alvh.workbench.sim.PositionPresets;
import com.alvh.workbench.sim.PositionSize;
import com.alvh.workbench.sim.Settlement;
import com.alvh.workbench.sim.TradingCosts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ready scenarios shipped in {@code sample-data/scenarios/} (each file is this class's output,
 * checked by a test): the base condor with ALVH layers, the Steward, Promoter and VXTH presets, and
 * one replay per historical episode. The workbench opens on {@link #baseCondorAlvh()}.
 */
public final class ScenarioSamples {

    /** Account capital of the samples (USD). */
    public static final double CAPITAL = 1_000_000.0;
    /**
     * Heston parameters of the samples, for realised (real-world) dynamics: variance 0.0174 now (13.2 %
     * vol), mean-reverting to 0.0283 (16.8 %) with a half-life of two months, vol of variance 0.36,
     * correlation -0.7. With the historical volatility premium of 16 % the quoted VIX starts at 16.0
     * and reverts towards 19.5, the long-run VIX of the shipped history. The vol of variance makes the
     * model's own VIX move as VIX does over a month: the at-the-money 30-day VIX option vol of this
     * model is 0.83 (exact, {@code VixUnderHeston}), against 0.86 for the standard deviation of 21-day
     * log changes of VIX closes since 2006 (0.75 since 1990); quoted with the 16 % premium, VIX options
     * then cost 0.96, near the mean VVIX of 0.93. (With 0.6, the model's VIX moved 1.41 a month, and
     * VIX calls quoted at a market-like 0.90 were worth twice their price on the paths.)
     */
    public static final HestonModel HESTON = new HestonModel(0.0174, 4.0, 0.0283, 0.36, -0.7);
    /** SPX drift above r - q on model paths (per year): a conservative equity risk premium. */
    public static final double EQUITY_PREMIUM = 0.05;
    /**
     * SPX skew of the samples on model paths: the SSVI (gamma 1/2) least-squares fit to {@link #HESTON}'s
     * own 45-day smile, its ATM level tied to the model's own volatility index at 45 days (the model's
     * expected variance over the tenor, 14.03 at v0: the term structure the campaign quotes every option
     * at), strikes from -2 to +1.5 ATM standard deviations, RMS error 0.04 vol points (semi-analytic Heston
     * prices; {@code CondorPnlStudy 1 fit}). Quoted at that level with the volatility premium, every condor
     * strike is then priced above the vol the paths realise there. (Fitted to the 30-day VIX before the
     * campaign quoted a term structure, the same fit had ATM ratio 0.9925; the shape, rho and eta, is
     * unchanged.) The market-fitted {@link SkewModel#DEFAULT} (ATM = 0.845 VIX) is steeper than this
     * Heston: on these paths it put the quoted premium into the far put wing (+23 %) and priced the calls
     * below what the paths realise (-5 to -7 %), so the unhedged condor lost on average; it stays the skew
     * of the replays, whose term structure is the real one.
     */
    public static final SkewModel MODEL_PATH_SKEW = new SkewModel(0.975, -0.725, 0.350, 0.5);

    private ScenarioSamples() {
    }

    /**
     * Every sample by file name (without {@code .json}), in menu order.
     *
     * @param data the shipped history, to count the trading days of each replay
     */
    public static Map<String, ScenarioFile> all(ScenarioResolver data) {
        Map<String, ScenarioFile> m = new LinkedHashMap<>();
        m.put("base-condor-alvh", baseCondorAlvh());
        m.put("steward", preset(PolicySpec.PresetName.STEWARD, "Steward: early triggers, conservative size"));
        m.put("promoter", preset(PolicySpec.PresetName.PROMOTER, "Promoter: late triggers, yield first"));
        m.put("vxth", preset(PolicySpec.PresetName.VXTH, "Cboe VXTH reference policy"));
        m.put("put-heavy-condor", putHeavyCondor());
        m.put("cndr-replica", cndrReplica(data.replaySteps(CNDR_FROM, CNDR_TO)));
        for (HistoricalEpisode e : HistoricalEpisode.values()) {
            m.put("replay-" + e.id(), replay(e, data));
        }
        for (DefiSamples.DefiSample d : DefiSamples.all()) {
            m.put("defi-" + d.key(), defi(d));
        }
        m.put("defi-lp-narrow-range", defiLpNarrowRange());
        m.put("defi-lp-eth-2022", new DefiScenarioSpec(ScenarioJson.SCHEMA_VERSION,
                "LP positions through ETH's 2022: layered puts on real history",
                "The single-chain ETH/USDC range position of the LP question, unhedged and with its layered puts, "
                        + "through the real ETH closes of 2022 (rebased to an entry price of 3,000; one path, daily).",
                DefiScenarioSpec.REPLAYABLE_SAMPLE, new DefiScenarioSpec.Replay(java.time.LocalDate.of(2022, 1, 1),
                java.time.LocalDate.of(2022, 12, 31)), new SimulationSpec(1, 364, DefiSamples.SEED, 1)));
        for (PegReplayMarket.Episode e : PegReplayMarket.EPISODES.values()) {
            m.put("defi-stable-lp-" + e.key(), stableLpDepegReplay(e, data.dataDirectory()));
        }
        return m;
    }

    /** The stable LP question through a real depeg episode (one path, every day of the window). */
    static DefiScenarioSpec stableLpDepegReplay(PegReplayMarket.Episode e, java.nio.file.Path dataDirectory) {
        int steps;
        try {
            steps = PegReplayMarket.episode(dataDirectory, e.key()).steps();
        } catch (java.io.IOException x) {
            throw new java.io.UncheckedIOException(x);
        }
        return new DefiScenarioSpec(ScenarioJson.SCHEMA_VERSION, "Stable LP through the " + e.label(),
                "USD 1M of USDC single-sided in a StableSwap pool whose other coin follows the real daily price of "
                        + e.coin() + " from " + e.from() + " to " + e.to() + " (ETH on its real closes of the same days), "
                        + "unhedged and with the peg-put layers of the stable LP question; one path, daily.",
                DefiScenarioSpec.DEPEG_REPLAYABLE_SAMPLE, Map.of(), DefiScenarioSpec.Replay.episode(e.key()),
                new SimulationSpec(1, steps, DefiSamples.SEED, 1));
    }

    /**
     * The base scenario: a 45-day CNDR condor (20-delta shorts, 5-delta wings) traded for a quarter on
     * Heston paths, protected by three ALVH layers and a reserve, compared with the presets.
     */
    public static ScenarioSpec baseCondorAlvh() {
        HedgeLayer base = new HedgeLayer("Base call spread", HedgeInstrumentKind.VIX_CALL_SPREAD,
                new StrikeRule.PercentFromReference(0.10), 10.0, 60, new SizeRule.FractionOfMaxLoss(0.01),
                new Trigger.Always(), new ExitRule(30, 0.5, Double.NaN, 20), true, 0);
        HedgeLayer regime = new HedgeLayer("Regime VIX calls", HedgeInstrumentKind.VIX_CALL,
                new StrikeRule.Delta(0.30), 0, 45, new SizeRule.FractionOfMaxLoss(0.03),
                new Trigger.AnyOf(List.of(new Trigger.VixAbove(20), new Trigger.VixRatioAbove(0.95))),
                new ExitRule(30, 0.5, 4.0, 10), true, 5);
        HedgeLayer tail = new HedgeLayer("Tail SPX puts", HedgeInstrumentKind.SPX_PUT,
                new StrikeRule.PercentFromReference(-0.10), 0, 30, new SizeRule.FractionOfMaxLoss(0.03),
                new Trigger.AnyOf(List.of(new Trigger.VixAbove(30), new Trigger.SpxDrawdownAbove(0.07))),
                new ExitRule(35, 0.5, Double.NaN, 5), false, 5);
        HedgeLayer deployment = new HedgeLayer("Reserve VIX calls", HedgeInstrumentKind.VIX_CALL,
                new StrikeRule.Delta(0.30), 0, 30, new SizeRule.FractionOfCapital(0.05), new Trigger.Always(),
                new ExitRule(50, 0.5, Double.NaN, 5), false, 0);
        Reserve reserve = new Reserve(0.05 * CAPITAL, PolicyPresets.RESERVE_COST_RATE,
                new Trigger.AnyOf(List.of(new Trigger.PortfolioDrawdownAbove(0.05), new Trigger.VixAbove(40))),
                deployment);
        AlvhPolicy alvh = new AlvhPolicy("ALVH 3 layers", List.of(base, regime, tail), reserve);
        return new ScenarioSpec(ScenarioJson.SCHEMA_VERSION, "Base SPX condor with ALVH layers",
                "A 45-day Cboe CNDR-style iron condor (20-delta shorts, 5-delta wings, 10 contracts), reopened "
                        + "after each close for a quarter on Heston paths, protected by an always-on VIX call "
                        + "spread, a regime layer of VIX calls (VIX > 20 or VIX/VIX3M >= 0.95), a tail layer of "
                        + "SPX puts (VIX > 30 or SPX 7 % off its peak) and a 5 % reserve that deploys on a 5 % "
                        + "drawdown or VIX > 40; compared with the unhedged condor and the presets.",
                market(MODEL_PATH_SKEW), new ModelSpec.Heston(HESTON), new SimulationSpec(20_000, 63, 20_261_204L, 0), condor(),
                TradingCosts.DEFAULT, CAPITAL, new PolicySpec.Custom(alvh),
                List.of(preset(PolicySpec.PresetName.UNHEDGED), preset(PolicySpec.PresetName.STEWARD),
                        preset(PolicySpec.PresetName.PROMOTER), preset(PolicySpec.PresetName.STATIC),
                        preset(PolicySpec.PresetName.VXTH)));
    }

    /**
     * The replay of a named episode with the Steward preset against the unhedged condor and the Promoter.
     *
     * @param episode the episode
     * @param data the shipped history: the replay's trading-day steps and its first close
     */
    public static ScenarioSpec replay(HistoricalEpisode episode, ScenarioResolver data) {
        int steps = data.replaySteps(episode.from(), episode.to());
        // The market as the replay starts it (the history's first close) and without risk premia, which
        // real history carries already: the file states what the run uses, so it raises no warning
        // (Cboe's VIX3M starts in 2009: before, the replay has none and the file keeps the default).
        var start = data.history().between(episode.from(), episode.to());
        MarketSpec m = market(SkewModel.DEFAULT);
        MarketSpec atStart = new MarketSpec(round2(start.spxClose(0)), round2(start.vixClose(0)),
                Double.isNaN(start.vix3mClose(0)) ? m.vix3m() : round2(start.vix3mClose(0)), m.rate(), m.dividendYield(), m.vixOptionVol(), m.vixCurve(), m.skew());
        return new ScenarioSpec(ScenarioJson.SCHEMA_VERSION, "Replay: " + episode.label(),
                "The base condor campaign with the Steward layers on the real SPX, VIX and VIX3M closes of "
                        + episode.from() + " .. " + episode.to() + ".",
                atStart, ModelSpec.Replay.of(episode), new SimulationSpec(1, steps, 1L, 1),
                condor(), TradingCosts.DEFAULT, CAPITAL, preset(PolicySpec.PresetName.STEWARD),
                List.of(preset(PolicySpec.PresetName.UNHEDGED), preset(PolicySpec.PresetName.PROMOTER)));
    }

    private static double round2(double x) {
        return Math.round(x * 100.0) / 100.0;
    }

    /**
     * The LP question with its range narrowed from [0.7, 1.4] to [0.85, 1.2] x the entry price (the
     * {@code rangeLower} and {@code rangeUpper} parameters): more fee income while ETH stays in range,
     * more of the position turned into ETH when it falls.
     */
    public static DefiScenarioSpec defiLpNarrowRange() {
        DefiScenarioSpec base = defi(DefiSamples.lpLayeredVsDiversified());
        Map<String, Double> range = new LinkedHashMap<>();
        range.put("rangeLower", 0.85);
        range.put("rangeUpper", 1.2);
        return new DefiScenarioSpec(ScenarioJson.SCHEMA_VERSION, "LP positions in a narrow range [0.85, 1.2]",
                "The LP question (layered hedges or diversify across chains) with the concentrated range narrowed "
                        + "from [0.7, 1.4] to [0.85, 1.2] x the entry price: about 1.9 times the fee share while ETH "
                        + "stays in range, and a position that is all ETH after a 15 % fall.",
                base.sample(), range, null, base.simulation());
    }

    /** The DeFi sample as a scenario file: the sample's own paths, one year of days and seed. */
    public static DefiScenarioSpec defi(DefiSamples.DefiSample d) {
        String title = switch (d.key()) {
            case DefiSamples.INSURANCE_POOL -> "DeFi insurance pool with multi-sig payouts and recovery tranches";
            case DefiSamples.GOVERNANCE_FARMING -> "Governance-token farming hedged with perps and puts";
            case DefiSamples.LP_LAYERED_VS_DIVERSIFIED -> "LP positions: layered hedges or diversify across chains";
            case DefiSamples.STABLE_LP_DEPEG -> "Single-sided stable LP through a depeg";
            case DefiSamples.TAIL_RISK -> "Smart-contract tail risk and position sizing";
            default -> "DeFi: " + d.key();
        };
        return new DefiScenarioSpec(ScenarioJson.SCHEMA_VERSION, title, d.question(), d.key(),
                new SimulationSpec(d.settings().paths(), d.settings().steps(), d.settings().seed(), 0));
    }

    private static ScenarioSpec preset(PolicySpec.PresetName name, String title) {
        return baseCondorAlvh().withName(title).withPolicy(preset(name))
                .withCompare(List.of(preset(PolicySpec.PresetName.UNHEDGED)));
    }

    private static PolicySpec preset(PolicySpec.PresetName name) {
        return new PolicySpec.Preset(name);
    }

    private static MarketSpec market(SkewModel skew) {
        return new MarketSpec(5000.0, 16.0, 18.0, 0.04, 0.013, 0.90, VixTermStructure.DEFAULT, skew,
                MarketSpec.HISTORICAL_VOLATILITY_PREMIUM, EQUITY_PREMIUM);
    }

    private static EquityPosition condor() {
        return new CondorSpec(CondorRule.ByDelta.CNDR, 45, 10.0, CondorManagement.STANDARD).toPosition();
    }

    /** The CNDR replica's window: the first trading day of 2007 to the last day of the shipped VIX history. */
    public static final java.time.LocalDate CNDR_FROM = java.time.LocalDate.of(2007, 1, 3);
    public static final java.time.LocalDate CNDR_TO = java.time.LocalDate.of(2026, 7, 23);

    /**
     * A replica of Cboe's S&amp;P 500 Iron Condor Index (CNDR) on the real history: a 20-delta / 5-delta iron
     * condor on the SPX monthly cycle (opened on an expiration day, expiring on the next month's, held to
     * expiry and settled at the expiration day's open, the daily stand-in for the Special Opening
     * Quotation), sized so the account covers ten times the condor's width, the account's cash earning the
     * 3-month T-bill rate; unhedged. Options are priced by the market-fitted skew at each leg's own tenor
     * on the real VIX9D/VIX/VIX3M/VIX6M curve; rate 1.5 % and dividend yield 1.9 % are the averages of the
     * T-bill and the S&amp;P 500's yield over the window (docs/model.md, "A CNDR replica").
     *
     * @param steps the window's trading-day steps in the shipped history
     */
    public static ScenarioSpec cndrReplica(int steps) {
        EquityPosition cndr = new EquityPosition("CNDR condor",
                PositionPresets.condor(PositionPresets.CNDR_SHORT_DELTA, PositionPresets.CNDR_WING_DELTA),
                new PositionExpiry.Monthly(), new PositionSize.Collateralised(10.0),
                new CondorManagement(Double.NaN, Double.NaN, 0, true), Settlement.OPEN);
        MarketSpec market = new MarketSpec(5000.0, 16.0, 18.0, 0.015, 0.019, 0.90, VixTermStructure.DEFAULT,
                SkewModel.DEFAULT);
        return new ScenarioSpec(ScenarioJson.SCHEMA_VERSION, "CNDR replica 2007-2026",
                "Cboe's S&P 500 Iron Condor Index (CNDR) rules on the real SPX history from " + CNDR_FROM + " to "
                        + CNDR_TO + ": sell the 20-delta put and call, buy the 5-delta put and call of the next monthly "
                        + "expiration on each expiration day, hold to expiry, settle at the expiration day's open; the "
                        + "account covers ten times the condor's width and earns the T-bill rate; unhedged.",
                market, new ModelSpec.Replay(CNDR_FROM, CNDR_TO, null), new SimulationSpec(1, steps, 1L, 1), cndr,
                TradingCosts.DEFAULT, CAPITAL, preset(PolicySpec.PresetName.UNHEDGED), List.of(), true);
    }

    /**
     * A position typed in leg by leg: a put-heavy iron condor (short 25-delta put over a 10-delta put, short
     * 15-delta call under a 5-delta call), 45 days, 10 contracts, standard management, on the base Heston
     * paths with the Steward preset.
     */
    public static ScenarioSpec putHeavyCondor() {
        EquityPosition position = EquityPosition.of("Put-heavy condor 25/10 put, 15/5 call",
                PositionPresets.asymmetricCondor(0.25, 0.10, 0.15, 0.05), new PositionExpiry.Days(45), 10.0,
                CondorManagement.STANDARD);
        return baseCondorAlvh().withName("Put-heavy condor with its own legs")
                .withDescription("An iron condor stated leg by leg: the put side sold nearer the money than the call "
                        + "side (short 25-delta put over a long 10-delta put, short 15-delta call under a long 5-delta "
                        + "call), 45 days, 10 contracts, reopened after each close for a quarter on the base Heston "
                        + "paths, with the Steward layers against the unhedged position.")
                .withPosition(position).withPolicy(preset(PolicySpec.PresetName.STEWARD))
                .withCompare(List.of(preset(PolicySpec.PresetName.UNHEDGED)));
    }
}
