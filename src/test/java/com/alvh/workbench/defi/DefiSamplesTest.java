package com.alvh.workbench.defi;

import com.alvh.workbench.sim.CampaignSummary;
import com.alvh.workbench.sim.CancellationToken;
import com.alvh.workbench.sim.ProgressListener;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each sample at its fixed seed with 2000 paths: sensible, non-trivial numbers, and hedging changes
 * the tail. Figures at 2000 paths (seed 20240501) are in docs/defi.md; the assertions are ordering
 * and range checks with margins well beyond the Monte Carlo noise (standard errors printed).
 */
class DefiSamplesTest {

    private static final int PATHS = 2000;

    private static List<DefiSimulation.Labelled> run(DefiSamples.DefiSample s) {
        List<DefiSimulation.Labelled> rs = s.withPaths(PATHS).run(ProgressListener.NONE, new CancellationToken());
        System.out.println("== " + s.key());
        for (DefiSimulation.Labelled l : rs) {
            CampaignSummary c = l.entry().summary();
            System.out.printf("%-40s mean %11.0f se %8.0f VaR95 %11.0f CVaR95 %11.0f CVaR99 %11.0f maxDD95 %11.0f cost %9.0f%n",
                    l.label(), c.pnl().mean(), c.pnl().standardError(), c.valueAtRisk95(), c.expectedShortfall95(),
                    c.expectedShortfall99(), c.maxDrawdown95(), c.meanHedgeCost());
        }
        return rs;
    }

    private static CampaignSummary summary(List<DefiSimulation.Labelled> rs, int k) {
        return rs.get(k).entry().summary();
    }

    @Test
    void insurancePoolEarnsPremiumAndTranchesCutDrawdownsAtACost() {
        List<DefiSimulation.Labelled> rs = run(DefiSamples.insurancePool());
        CampaignSummary un = summary(rs, 0);
        CampaignSummary tr = summary(rs, 1);
        // Premium 6.25M a year against expected claims ~3M: a positive mean, a heavy loss tail.
        assertTrue(un.pnl().mean() > 1e6 && un.pnl().mean() < 5e6, "mean " + un.pnl().mean());
        assertTrue(un.expectedShortfall99() > 10e6, "heavy tail");
        // Excess-of-loss tranches bought after a drawdown at 1.5x their expected recovery: they cut the 95th
        // percentile drawdown but cost more than they return on average.
        assertTrue(tr.meanHedgeCost() > 0);
        assertTrue(tr.maxDrawdown95() < un.maxDrawdown95(), "tranches cut drawdowns");
        assertTrue(tr.pnl().mean() < un.pnl().mean() - 3 * (un.pnl().standardError() + tr.pnl().standardError()),
                "tranches cost more than they recover: " + tr.pnl().mean() + " vs " + un.pnl().mean());
        // Capital adequacy is tracked and starts at capital / required.
        double[] car = rs.get(0).defi().metricMean();
        InsurancePool pool = (InsurancePool) DefiSamples.insurancePool().runs().get(0).position();
        assertEquals(50e6 / pool.requiredCapital(), car[0], 1e-9);
        assertTrue(car[car.length - 1] > 0.5 * car[0], "premiums keep the pool adequate on average");
    }

    /**
     * Dilution and sell pressure take the emissions back: at 40 % APR the unhedged farm's mean P&amp;L is a
     * small fraction of what the emissions would pay on a token that held its value (0.8M staked x
     * (e^0.4 - 1) = 0.39M, less the cap's harvest), and it is ruined (a terminal loss of half) on many
     * paths; the layered hedge cuts the loss tail.
     */
    @Test
    void governanceFarmIsDilutedAndTheHedgeCutsTheLossTail() {
        List<DefiSimulation.Labelled> rs = run(DefiSamples.governanceFarming());
        CampaignSummary un = summary(rs, 0);
        CampaignSummary h = summary(rs, 1);
        assertTrue(un.pnl().mean() < 0.3 * 0.8e6 * (Math.exp(0.4) - 1), "emissions diluted: " + un.pnl().mean());
        assertTrue(un.probabilityOfRuin() > 0.1, "P(ruin) " + un.probabilityOfRuin());
        assertTrue(un.valueAtRisk95() > 300e3, "a 100 %-vol token loses a lot in the tail");
        assertTrue(h.valueAtRisk95() < 0.8 * un.valueAtRisk95(), "hedge cuts VaR95");
        assertTrue(h.probabilityOfRuin() < 0.3 * un.probabilityOfRuin(), "and ruin");
        assertTrue(h.meanHedgeCost() > 0);
        assertEquals(3, h.layers().size());
    }

    /**
     * Like for like (the same token dynamics and pool size on every chain), diversification over three
     * 0.7-correlated chains with common crashes cuts the tail somewhat, as do the layered puts; neither
     * removes it.
     */
    @Test
    void diversificationAndLayeredPutsBothCutTheTailSomewhat() {
        List<DefiSimulation.Labelled> rs = run(DefiSamples.lpLayeredVsDiversified());
        CampaignSummary single = summary(rs, 0);
        CampaignSummary layered = summary(rs, 1);
        CampaignSummary spread = summary(rs, 2);
        assertTrue(spread.expectedShortfall95() < 0.97 * single.expectedShortfall95(), "diversification cuts CVaR95");
        assertTrue(spread.expectedShortfall95() > 0.7 * single.expectedShortfall95(), "but common crashes keep most of it");
        assertTrue(layered.expectedShortfall95() < 0.97 * single.expectedShortfall95(), "layered puts cut CVaR95");
    }

    /**
     * USDC's own depeg process: deaths (the fiat-backed group's rate) sit in the 1 % tail; the always-on
     * peg puts, the only cover in place when a collapse gaps past 3 % (no one sells cover after that),
     * cut the 1 % tail by a tenth or more for a small premium.
     */
    @Test
    void pegLayersCutTheDeepDepegTailOnlyIfHeldBeforeTheBreak() {
        List<DefiSimulation.Labelled> rs = run(DefiSamples.stableLpDepeg());
        CampaignSummary un = summary(rs, 0);
        CampaignSummary h = summary(rs, 1);
        assertTrue(un.expectedShortfall99() > 500e3, "death spirals sit in the 1 % tail");
        assertTrue(h.expectedShortfall99() < 0.9 * un.expectedShortfall99(), "peg puts cut the 1 % tail");
        assertTrue(h.meanHedgeCost() < 50e3, "at a small premium: " + h.meanHedgeCost());
    }

    @Test
    void sizingRuleAndLayersCutTheTailAndExploitLossesMatchTheClosedForm() {
        List<DefiSimulation.Labelled> rs = run(DefiSamples.tailRisk());
        CampaignSummary conc = summary(rs, 0);
        CampaignSummary hedged = summary(rs, 1);
        CampaignSummary sized = summary(rs, 3);
        assertTrue(sized.expectedShortfall95() < 0.15 * conc.expectedShortfall95(), "2.5 % sizing shrinks the tail");
        assertTrue(hedged.expectedShortfall95() < conc.expectedShortfall95(), "market hedges cut the crash part");
        // Mean exploit losses over the year near the closed form at the starting allocations (the legs' values
        // drift with the market, so a loose band: within 25 % and 4 standard errors).
        double[] losses = rs.get(0).defi().metricMean();
        double closed = ((LpPortfolio) DefiSamples.tailRisk().runs().get(0).position()).expectedExploitLossPerYear();
        assertEquals(closed, losses[losses.length - 1], 0.25 * closed);
    }
}
