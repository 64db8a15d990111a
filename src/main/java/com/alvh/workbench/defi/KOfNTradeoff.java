package com.alvh.workbench.defi;

import com.alvh.workbench.sim.CampaignSummary;
import com.alvh.workbench.sim.CancellationToken;
import com.alvh.workbench.sim.ProgressListener;
import com.alvh.workbench.sim.SimulationSettings;

import java.util.ArrayList;
import java.util.List;

/**
 * The k-of-n trade-off of an insurance pool's payout multisig: for each number of signers {@code n}
 * and threshold {@code k}, the pool's probability of ruin (a terminal loss of half its capital, by
 * simulation of the unhedged pool on the same seed), the probability that a payout is later than a
 * deadline and the probability that an attacker holds {@code k} keys at a moment (closed forms,
 * {@link MultisigMath}). A low {@code k} pays fast but is easy to drain; a high {@code k} is safe but slow
 * when signers are away.
 *
 * @param deadlineDays the payout deadline (days)
 * @param paths paths per simulated point
 * @param points one per (n, k), n ascending then k ascending
 */
public record KOfNTradeoff(double deadlineDays, int paths, List<Point> points) {

    /** The deadline the reports use: a week. */
    public static final double DEFAULT_DEADLINE_DAYS = 7.0;

    /**
     * One (n, k).
     *
     * @param signers n
     * @param threshold k
     * @param probabilityOfRuin simulated P(terminal loss of at least half the capital)
     * @param ruinStandardError its binomial standard error
     * @param payoutLaterThanDeadline closed-form P(payout later than the deadline), all keys honest
     * @param meanPayoutDelayDays closed-form mean payout delay (days)
     * @param compromiseProbability closed-form P(at least k keys compromised at a moment)
     */
    public record Point(int signers, int threshold, double probabilityOfRuin, double ruinStandardError,
                       double payoutLaterThanDeadline, double meanPayoutDelayDays, double compromiseProbability) {
    }

    public KOfNTradeoff {
        points = List.copyOf(points);
    }

    /**
     * Computes the trade-off for a pool.
     *
     * @param pool the pool (its multisig's n and k are varied)
     * @param market the market (the pool does not use it beyond the engine's needs)
     * @param settings steps, dt, seed and threads of the run; paths are capped at {@code maxPaths}
     * @param signers the n to show, e.g. 3, 5, 7
     * @param deadlineDays the payout deadline (days)
     * @param maxPaths the most paths per point
     * @param cancel cancellation
     */
    public static KOfNTradeoff compute(InsurancePool pool, DefiMarketModel market, SimulationSettings settings, int[] signers,
                                       double deadlineDays, int maxPaths, CancellationToken cancel) {
        int paths = Math.min(settings.paths(), maxPaths);
        SimulationSettings s = new SimulationSettings(paths, settings.steps(), settings.dt(), settings.seed(), settings.threads(),
                Math.min(settings.blockSize(), paths));
        List<Point> out = new ArrayList<>();
        for (int n : signers) {
            for (int k = 1; k <= n; k++) {
                MultisigSpec m = pool.multisig().withSignersAndThreshold(n, k);
                InsurancePool p = new InsurancePool(pool.name(), pool.capital(), pool.coverSold(), pool.premiumRate(),
                        pool.claimRate(), pool.paretoScale(), pool.tailIndex(), pool.coverShare(), pool.claimLimit(), m,
                        pool.drainFraction(), pool.stressLimits(), pool.nexusCapitalModel());
                var r = DefiSimulation.run(market, p, DefiHedgePolicy.unhedged(), s, ProgressListener.NONE, cancel).result();
                double ruin = CampaignSummary.of(r, s.dt()).probabilityOfRuin();
                out.add(new Point(n, k, ruin, Math.sqrt(ruin * (1 - ruin) / paths), MultisigMath.payoutLaterThan(m, deadlineDays),
                        MultisigMath.meanPayoutDelay(m), MultisigMath.compromiseProbability(m)));
            }
        }
        return new KOfNTradeoff(deadlineDays, paths, out);
    }
}
