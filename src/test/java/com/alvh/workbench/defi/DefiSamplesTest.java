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
    void insurancePoolEarnsPremiumAndTranchesCutTheTail() {
        List<DefiSimulation.Labelled> rs = run(DefiSamples.insurancePool());
        CampaignSummary un = summary(rs, 0);
        CampaignSummary tr = summary(rs, 1);
        // Premium 6.25M a year against expected claims ~3M: a positive mean, a heavy loss tail.
        assertTrue(un.pnl().mean() > 1e6 && un.pnl().mean() < 5e6, "mean " + un.pnl().mean());
        assertTrue(un.expectedShortfall99() > 10e6, "heavy tail");
        assertTrue(tr.meanHedgeCost() > 0);
        assertTrue(tr.maxDrawdown95() < un.maxDrawdown95(), "tranches cut drawdowns");
        assertTrue(tr.expectedShortfall95() < un.expectedShortfall95(), "tranches cut CVaR");
        // Capital adequacy is tracked and starts at capital / required.
        double[] car = rs.get(0).defi().metricMean();
        InsurancePool pool = (InsurancePool) DefiSamples.insurancePool().runs().get(0).position();
        assertEquals(50e6 / pool.requiredCapital(), car[0], 1e-9);
        assertTrue(car[car.length - 1] > 0.5 * car[0], "premiums keep the pool adequate on average");
    }

    @Test
    void governanceFarmHedgeHalvesTheLossTail() {
        List<DefiSimulation.Labelled> rs = run(DefiSamples.governanceFarming());
        CampaignSummary un = summary(rs, 0);
        CampaignSummary h = summary(rs, 1);
        assertTrue(un.valueAtRisk95() > 300e3, "a 100 %-vol token loses a lot in the tail");
        assertTrue(h.valueAtRisk95() < 0.8 * un.valueAtRisk95(), "hedge cuts VaR95");
        assertTrue(h.meanHedgeCost() > 0);
        assertTrue(rs.get(1).entry().summary().layers().size() == 3);
    }

    @Test
    void diversificationAloneDoesNotCutTheTailButLayeredPutsDo() {
        List<DefiSimulation.Labelled> rs = run(DefiSamples.lpLayeredVsDiversified());
        CampaignSummary single = summary(rs, 0);
        CampaignSummary layered = summary(rs, 1);
        CampaignSummary spread = summary(rs, 2);
        // Common crashes hit all chains: the diversified tail is within 5 % of the single-chain one.
        assertEquals(single.expectedShortfall95(), spread.expectedShortfall95(), 0.05 * single.expectedShortfall95());
        assertTrue(layered.expectedShortfall95() < 0.95 * single.expectedShortfall95(), "layered puts cut CVaR95");
    }

    @Test
    void pegLayersCutTheDeepDepegTail() {
        List<DefiSimulation.Labelled> rs = run(DefiSamples.stableLpDepeg());
        CampaignSummary un = summary(rs, 0);
        CampaignSummary h = summary(rs, 1);
        // A death spiral (UST) leaves the LP holding a dead coin in a drained pool that no longer earns:
        // the 1 % tail loses most of the deposit.
        assertTrue(un.expectedShortfall99() > 500e3, "death spirals (UST) sit in the 1 % tail");
        assertTrue(h.expectedShortfall99() < 0.3 * un.expectedShortfall99(), "peg puts cut the 1 % tail");
        assertTrue(h.expectedShortfall95() < 0.5 * un.expectedShortfall95(), "and the 5 % tail");
        // Loaded at 1.5x the expected payoff, the puts still cost little on average next to what they save in the tail.
        assertTrue(h.pnl().mean() > un.pnl().mean() - 3 * (un.pnl().standardError() + h.pnl().standardError()),
                "peg layers' mean " + h.pnl().mean() + " vs unhedged " + un.pnl().mean());
    }

    @Test
    void sizingRuleAndLayersCutSmartContractTail() {
        List<DefiSimulation.Labelled> rs = run(DefiSamples.tailRisk());
        CampaignSummary conc = summary(rs, 0);
        CampaignSummary hedged = summary(rs, 1);
        CampaignSummary sized = summary(rs, 2);
        assertTrue(sized.expectedShortfall95() < 0.15 * conc.expectedShortfall95(), "2.5 % sizing shrinks the tail");
        assertTrue(hedged.expectedShortfall95() < conc.expectedShortfall95(), "market hedges cut the crash part");
        // Mean exploit losses near the closed form: 4 x 250k x 0.8 x (1 - e^-0.1), less IL and fees on the lost value.
        double[] losses = rs.get(0).defi().metricMean();
        double closed = 4 * 250e3 * 0.8 * (1 - Math.exp(-0.1));
        assertEquals(closed, losses[losses.length - 1], 0.25 * closed);
    }
}
