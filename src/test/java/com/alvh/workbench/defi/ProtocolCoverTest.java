package com.alvh.workbench.defi;

import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.hedge.ExitRule;
import com.alvh.workbench.hedge.HedgeInstrumentKind;
import com.alvh.workbench.hedge.HedgeLayer;
import com.alvh.workbench.hedge.Reserve;
import com.alvh.workbench.hedge.SizeRule;
import com.alvh.workbench.hedge.StrikeRule;
import com.alvh.workbench.hedge.Trigger;
import com.alvh.workbench.sim.CampaignResult;
import com.alvh.workbench.sim.CancellationToken;
import com.alvh.workbench.sim.ProgressListener;
import com.alvh.workbench.sim.SimulationSettings;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Protocol cover (docs/defi.md section 6) on an LP book with frequent exploits: two legs of USD 400k in pools
 * of USD 100M, 200 exploits a year over USD 10 billion, so each leg is hit 2 times a year and a 90-day run
 * sees none on {@code exp(-4 x 90/365)} = 37 % of paths. The hedge draws no randomness, so hedged minus
 * unhedged, path by path, is the cover's cash: its price once, the claims paid, the final mark.
 */
class ProtocolCoverTest {

    private static final int PATHS = 2000;
    private static final int STEPS = 90;
    private static final AssetSpec ETH = AssetSpec.of("ETH", 3000, 0.0, 0.65, 4.0, -0.08, 0.10, 2.5e7);
    private static final ExploitModel EXPLOITS = new ExploitModel(200, 1e10, DefiCalibration.EXPLOIT_SCALE,
            DefiCalibration.EXPLOIT_TAIL_INDEX, 0.0);
    private static final LpPortfolio BOOK = new LpPortfolio("two pools", 1e6,
            List.of(LpLeg.constantProduct(0, 4e5, 0.003, 1e8).withExploits(false),
                    LpLeg.constantProduct(0, 4e5, 0.003, 1e8).withExploits(false)), 0.04, 0, EXPLOITS);
    private static final SimulationSettings SETTINGS = new SimulationSettings(PATHS, STEPS, 1.0 / 365, 11L, 2, 1024);

    private static DefiSimulation.DefiResult run(DefiHedgePolicy hedge) {
        return DefiSimulation.run(JumpDiffusionMarket.single(ETH, null), BOOK, hedge, SETTINGS, ProgressListener.NONE,
                new CancellationToken());
    }

    /** Cover of {@code ratio} x the book's value for 400 days (past the run), bought on day 0. */
    private static DefiHedgePolicy cover(double ratio, double approval, double delayDays) {
        HedgeLayer layer = new HedgeLayer("cover", HedgeInstrumentKind.SPX_PUT, new StrikeRule.PercentFromReference(0), 0, 400,
                new SizeRule.VegaRatio(ratio), new Trigger.Always(), ExitRule.HOLD, false, 0);
        return new DefiHedgePolicy(new AlvhPolicy("cover", List.of(layer), Reserve.NONE),
                Map.of("cover", DefiInstrument.PROTOCOL_COVER), HedgeTerms.DEFAULT.withCover(approval, delayDays));
    }

    private static double[] difference(CampaignResult hedged, CampaignResult unhedged) {
        double[] d = new double[hedged.paths()];
        for (int i = 0; i < d.length; i++) {
            d[i] = hedged.pnl()[i] - unhedged.pnl()[i];
        }
        return d;
    }

    private static double mean(double[] x) {
        return Arrays.stream(x).average().orElseThrow();
    }

    /**
     * Every claim approved and paid at once, cover never used up (10 x the book): a path's gain over the
     * unhedged book is its exploit losses plus a constant (the final mark less the price), so the mean gain
     * over the paths without an exploit is the book's mean exploit loss, to rounding; the share of paths
     * without an exploit is {@code exp(-lambda t)} within 4 standard errors; and the price is the documented
     * one: amount x tenor x expected loss rate x approval x loading x (1 + slippage).
     */
    @Test
    void fullCoverPaysBackEveryExploitLossAtTheDocumentedPrice() {
        DefiSimulation.DefiResult un = run(DefiHedgePolicy.unhedged());
        DefiSimulation.DefiResult hedged = run(cover(10.0, 1.0, 0.0));
        double[] d = difference(hedged.result(), un.result());
        double floor = Arrays.stream(d).min().orElseThrow();
        double meanLoss = un.metricMean()[STEPS];
        assertTrue(meanLoss > 0, "exploits happen: " + meanLoss);
        assertEquals(meanLoss, mean(d) - floor, 1e-9 * 1e6, "mean recovery = mean exploit loss");

        long untouched = Arrays.stream(d).filter(x -> x - floor < 1e-6).count();
        double p = Math.exp(-2 * EXPLOITS.hazard(1e8 + 4e5) * STEPS / 365.0);
        double se = Math.sqrt(p * (1 - p) / PATHS);
        assertEquals(p, (double) untouched / PATHS, 4 * se, "share of paths without an exploit");

        HedgeTerms t = HedgeTerms.DEFAULT;
        double tau = 400 / 365.0;
        double unit = tau * BOOK.expectedExploitLossRate() * 1.0;
        double expectedPrice = 10.0 * 1e6 * unit * t.coverLoading() * (1 + t.slippage());
        for (int i = 0; i < PATHS; i++) {
            assertEquals(expectedPrice, hedged.result().hedgeCost()[i], 1e-6 * expectedPrice, "price on path " + i);
        }
    }

    /**
     * Claims approved with probability 0.5 (the position's own draw, independent of the loss): the mean
     * recovery is half the mean exploit loss within 4 standard errors; a claim never approved is worth
     * and costs nothing (approval 0 leaves every path as unhedged, bit for bit).
     */
    @Test
    void approvalScalesTheRecoveryAndNoApprovalIsNoCover() {
        DefiSimulation.DefiResult un = run(DefiHedgePolicy.unhedged());
        double[] d = difference(run(cover(10.0, 0.5, 0.0)).result(), un.result());
        double floor = Arrays.stream(d).min().orElseThrow();
        double[] recovery = Arrays.stream(d).map(x -> x - floor).toArray();
        double m = mean(recovery);
        double sd = Math.sqrt(Arrays.stream(recovery).map(x -> (x - m) * (x - m)).sum() / (PATHS - 1));
        assertEquals(0.5 * un.metricMean()[STEPS], m, 4 * sd / Math.sqrt(PATHS));

        CampaignResult never = run(cover(10.0, 0.0, 0.0)).result();
        assertEquals(0.0, Arrays.stream(difference(never, un.result())).map(Math::abs).max().orElseThrow(), 0.0);
    }

    /**
     * The amount is used up by claims: with cover of 1 % of the book's value (USD 10k: two legs and the cash) no path
     * recovers more than it, and some recover all of it.
     */
    @Test
    void claimsUseUpTheAmount() {
        DefiSimulation.DefiResult un = run(DefiHedgePolicy.unhedged());
        double[] d = difference(run(cover(0.01, 1.0, 0.0)).result(), un.result());
        double floor = Arrays.stream(d).min().orElseThrow();
        double amount = 0.01 * 1e6;
        double top = Arrays.stream(d).max().orElseThrow() - floor;
        assertTrue(top <= amount * (1 + 1e-9), "recovered " + top + " of " + amount);
        assertTrue(top >= amount * (1 - 1e-9) - 1e-6 * amount, "someone used it all: " + top);
    }

    /**
     * A payout waits {@code coverDelayDays}: claims in the run's last 30 days are not paid by its end, so
     * with the same draws no path recovers more with a 30-day delay than with none, and some recover less.
     */
    @Test
    void aDelayedPayoutArrivesLateOrNotInTheRun() {
        DefiSimulation.DefiResult un = run(DefiHedgePolicy.unhedged());
        double[] now = difference(run(cover(10.0, 1.0, 0.0)).result(), un.result());
        double[] late = difference(run(cover(10.0, 1.0, 30.0)).result(), un.result());
        int less = 0;
        for (int i = 0; i < PATHS; i++) {
            assertTrue(late[i] <= now[i] + 1e-6, "path " + i + ": " + late[i] + " > " + now[i]);
            less += late[i] < now[i] - 1e-6 ? 1 : 0;
        }
        assertTrue(less > 0, "claims of the last 30 days are still waiting at the end");
    }
}
