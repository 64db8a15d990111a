package com.alvh.workbench.defi;

import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.hedge.ExitRule;
import com.alvh.workbench.hedge.HedgeInstrumentKind;
import com.alvh.workbench.hedge.HedgeLayer;
import com.alvh.workbench.hedge.Reserve;
import com.alvh.workbench.hedge.SizeRule;
import com.alvh.workbench.hedge.StrikeRule;
import com.alvh.workbench.hedge.Trigger;
import com.alvh.workbench.risk.PnlDistribution;
import com.alvh.workbench.sim.CampaignResult;
import com.alvh.workbench.sim.CancellationToken;
import com.alvh.workbench.sim.ProgressListener;
import com.alvh.workbench.sim.SimulationSettings;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The DeFi engine: reproducibility, common random numbers, martingale checks, instrument accounting. */
class DefiSimulationTest {

    private static final AssetSpec ETH = AssetSpec.of("ETH", 3000, 0.0, 0.65, 4.0, -0.08, 0.10, 2.5e7);

    private static SimulationSettings settings(int paths, int threads) {
        return new SimulationSettings(paths, 90, 1.0 / 365, 42L, threads, 256);
    }

    /** Holding the asset only: 100 % staked, no emissions. */
    private static GovernanceFarm hold() {
        return new GovernanceFarm("hold", 1e6, 1.0, 0.0, 1e9, 0.0, 0); // no cap: a plain hold
    }

    @Test
    void sameSeedSameResultWhateverTheThreadCount() {
        DefiSamples.DefiSample s = DefiSamples.stableLpDepeg().withPaths(1500);
        CampaignResult one = DefiSimulation.run(s.market(), s.runs().get(1).position(), s.runs().get(1).hedge(),
                new SimulationSettings(1500, 120, 1.0 / 365, 7L, 1, 256), ProgressListener.NONE, new CancellationToken()).result();
        CampaignResult four = DefiSimulation.run(s.market(), s.runs().get(1).position(), s.runs().get(1).hedge(),
                new SimulationSettings(1500, 120, 1.0 / 365, 7L, 4, 256), ProgressListener.NONE, new CancellationToken()).result();
        assertArrayEquals(one.pnl(), four.pnl());
        assertArrayEquals(one.hedgeCost(), four.hedgeCost());
    }

    /** The asset price is a martingale under zero drift (jumps compensated): mean P&L of holding is 0 within 3 SE. */
    @Test
    void heldAssetHasZeroMeanPnlUnderZeroDrift() {
        DefiSimulation.DefiResult r = DefiSimulation.run(JumpDiffusionMarket.single(ETH, null), hold(), DefiHedgePolicy.unhedged(),
                settings(20_000, 2), ProgressListener.NONE, new CancellationToken());
        PnlDistribution d = PnlDistribution.of(r.result().pnl());
        assertEquals(0.0, d.mean(), 3 * d.standardError());
    }

    /** A layer whose trigger never fires leaves every path exactly as unhedged: the hedge draws no randomness. */
    @Test
    void hedgesDoNotDisturbTheRandomStreams() {
        HedgeLayer never = new HedgeLayer("never", HedgeInstrumentKind.SPX_PUT, new StrikeRule.PercentFromReference(-0.1), 0,
                30, new SizeRule.VegaRatio(1), new Trigger.RealisedVolAbove(50.0), ExitRule.HOLD, false, 0);
        HedgeLayer always = new HedgeLayer("always", HedgeInstrumentKind.SPX_PUT, new StrikeRule.PercentFromReference(-0.1), 0,
                30, new SizeRule.VegaRatio(1), new Trigger.Always(), ExitRule.HOLD, true, 0);
        DefiSamples.DefiSample s = DefiSamples.tailRisk();
        DefiPosition p = s.runs().get(0).position();
        CampaignResult un = DefiSimulation.run(s.market(), p, DefiHedgePolicy.unhedged(), settings(600, 2),
                ProgressListener.NONE, new CancellationToken()).result();
        CampaignResult idle = DefiSimulation.run(s.market(), p, new DefiHedgePolicy(new AlvhPolicy("idle", List.of(never),
                Reserve.NONE), Map.of(), HedgeTerms.DEFAULT), settings(600, 2), ProgressListener.NONE, new CancellationToken()).result();
        CampaignResult hedged = DefiSimulation.run(s.market(), p, new DefiHedgePolicy(new AlvhPolicy("on", List.of(always),
                Reserve.NONE), Map.of(), HedgeTerms.DEFAULT), settings(600, 2), ProgressListener.NONE, new CancellationToken()).result();
        assertArrayEquals(un.pnl(), idle.pnl());
        // Common random numbers: the position's own P&L is the same; only hedge flows differ.
        double diff = 0;
        for (int i = 0; i < un.paths(); i++) {
            diff += Math.abs(hedged.pnl()[i] - un.pnl()[i]);
        }
        assertTrue(diff > 0);
        assertEquals(un.samples().get(0).spot()[90], hedged.samples().get(0).spot()[90], 0.0);
    }

    /**
     * A perp short on the whole stake of a held asset: the P&amp;L is funding only (no slippage), path by
     * path. Negative funding (shorts pay) is a hedge cost equal to the loss; positive funding (longs pay
     * shorts, the usual sign) is received, the same amount with the other sign, and costs nothing.
     */
    @Test
    void fullPerpHedgeLeavesOnlyFundingWithItsSign() {
        HedgeLayer perp = new HedgeLayer("perp", HedgeInstrumentKind.SPX_PUT, new StrikeRule.PercentFromReference(0), 0, 400,
                new SizeRule.VegaRatio(1.0), new Trigger.Always(), ExitRule.HOLD, false, 0);
        HedgeTerms paying = new HedgeTerms(-0.10, 1.0, 0.0, 0.0, 1.5, 0.03, 0.8, 14);
        CampaignResult pay = runPerp(perp, paying);
        CampaignResult receive = runPerp(perp, paying.withFundingRate(0.10));
        for (int i = 0; i < pay.paths(); i++) {
            assertTrue(Math.abs(pay.pnl()[i] + pay.hedgeCost()[i]) < 1e-6, "path " + i + ": " + pay.pnl()[i] + " vs cost "
                    + pay.hedgeCost()[i]);
            assertEquals(-pay.pnl()[i], receive.pnl()[i], 1e-6, "path " + i);
            assertEquals(0.0, receive.hedgeCost()[i], 0.0);
        }
        // About 10 % of the 1M stake a year: 90/365 of it over the 90 steps, as prices wander.
        assertTrue(receive.pnl()[0] > 0.5 * 0.10 * 1e6 * 90 / 365 && receive.pnl()[0] < 2 * 0.10 * 1e6 * 90 / 365,
                "funding received " + receive.pnl()[0]);
    }

    private static CampaignResult runPerp(HedgeLayer perp, HedgeTerms terms) {
        DefiHedgePolicy p = new DefiHedgePolicy(new AlvhPolicy("perp", List.of(perp), Reserve.NONE),
                Map.of("perp", DefiInstrument.PERP_SHORT), terms);
        return DefiSimulation.run(JumpDiffusionMarket.single(ETH, null), hold(), p, settings(300, 1),
                ProgressListener.NONE, new CancellationToken()).result();
    }

    @Test
    void unmappedEquityInstrumentIsRejected() {
        HedgeLayer vix = new HedgeLayer("vix", HedgeInstrumentKind.VIX_CALL, new StrikeRule.Absolute(30), 0, 30,
                new SizeRule.Contracts(1), new Trigger.Always(), ExitRule.HOLD, false, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DefiHedgePolicy(new AlvhPolicy("x", List.of(vix), Reserve.NONE), Map.of(), HedgeTerms.DEFAULT));
        assertTrue(e.getMessage().contains("vix"));
    }

    /** Crash jumps hit all assets on the same step; diffusive correlation as specified (within 4 SE). */
    @Test
    void marketCorrelationAndCommonCrash() {
        JumpDiffusionMarket m = JumpDiffusionMarket.equicorrelated(List.of(AssetSpec.of("A", 1, 0, 0.5, 0, 0, 0, 0),
                AssetSpec.of("B", 1, 0, 0.5, 0, 0, 0, 0)), 0.6, 0.0, 0.0, 0.0, null);
        DefiPathState s = new DefiPathState(2, 20_000);
        m.initialise(s);
        UniformRandomProvider rng = org.apache.commons.rng.simple.RandomSource.XO_SHI_RO_256_PP.create(1L);
        m.advance(s, 1, 1.0 / 365, rng);
        double sab = 0, saa = 0, sbb = 0;
        for (int i = 0; i < s.size(); i++) {
            double a = s.logReturn[0][i];
            double b = s.logReturn[1][i];
            sab += a * b;
            saa += a * a;
            sbb += b * b;
        }
        double rho = sab / Math.sqrt(saa * sbb);
        assertEquals(0.6, rho, 4 * (1 - 0.36) / Math.sqrt(s.size()));
    }

    /** The claims the pool incurs average lambda x E[min(L, cX)] per year (within 4 SE). */
    @Test
    void insuranceClaimsMatchTheCompoundPoissonMean() {
        InsurancePool pool = new InsurancePool("p", 50e6, 0, 0, 3.0, 1e6, 1.5, 0.1, 5e6, new MultisigSpec(1, 1, 0, 0, 0, 0, 0, 0, 0),
                0, 3, false);
        DefiPosition.Book b = pool.open(20_000, null);
        DefiPathState s = new DefiPathState(1, 20_000);
        b.start(s);
        UniformRandomProvider rng = org.apache.commons.rng.simple.RandomSource.XO_SHI_RO_256_PP.create(3L);
        double[] total = new double[20_000];
        for (int t = 0; t < 365; t++) {
            b.step(s, t + 1, 1.0 / 365, rng);
            for (int i = 0; i < total.length; i++) {
                total[i] += b.claimsThisStep(i);
            }
        }
        PnlDistribution d = PnlDistribution.of(total);
        assertEquals(pool.expectedClaimsPerYear(), d.mean(), 4 * d.standardError());
    }
}
