package com.alvh.workbench.sweep;

import com.alvh.workbench.risk.PnlDistribution;
import com.alvh.workbench.scenario.SweepObjective;
import com.alvh.workbench.sim.CampaignSummary;

/**
 * One policy's figures over a sweep's paths, computed as the results dashboard computes them
 * ({@link CampaignSummary}): the same paths give the same numbers to the last bit.
 *
 * @param paths number of paths
 * @param meanPnl mean terminal P&amp;L (USD)
 * @param pnlStandardError standard error of {@code meanPnl} (USD; NaN on one path)
 * @param netCost the unhedged condor's mean P&amp;L minus this policy's (USD; 0 for the unhedged)
 * @param netCostStandardError standard error of {@code netCost} on common random numbers: the
 *     standard deviation of the per-path differences over {@code sqrt(n)} (USD)
 * @param meanHedgeCost mean premium, trading costs and reserve idle cost paid (USD)
 * @param valueAtRisk95 VaR 95 % of the terminal P&amp;L (USD, positive = loss)
 * @param valueAtRisk99 VaR 99 % (USD)
 * @param expectedShortfall95 CVaR 95 % (USD)
 * @param expectedShortfall99 CVaR 99 % (USD)
 * @param meanMaxDrawdown mean over paths of the maximum drawdown (USD)
 * @param maxDrawdown95 95th percentile of the maximum drawdown (USD)
 * @param probabilityOfRuin fraction of paths ruined ({@link CampaignSummary#isRuin}: a terminal loss of half the capital)
 * @param probabilityOfLoss fraction of paths ending below zero
 */
public record PolicyMetrics(int paths, double meanPnl, double pnlStandardError, double netCost,
                            double netCostStandardError, double meanHedgeCost, double valueAtRisk95,
                            double valueAtRisk99, double expectedShortfall95, double expectedShortfall99,
                            double meanMaxDrawdown, double maxDrawdown95, double probabilityOfRuin,
                            double probabilityOfLoss) {

    /**
     * The figures of one policy.
     *
     * @param pnl terminal P&amp;L per path (USD)
     * @param maxDrawdown max drawdown per path (USD)
     * @param hedgeCost hedge cost per path (USD)
     * @param unhedgedPnl the unhedged condor's P&amp;L on the same paths (USD), for the net cost
     * @param capital account capital (USD), for ruin
     */
    public static PolicyMetrics of(double[] pnl, double[] maxDrawdown, double[] hedgeCost, double[] unhedgedPnl,
                                   double capital) {
        int n = pnl.length;
        PnlDistribution d = PnlDistribution.of(pnl);
        PnlDistribution dd = PnlDistribution.of(maxDrawdown);
        // Sums in path order, as CampaignSummary takes them.
        double ruin = 0;
        double cost = 0;
        double diffSum = 0;
        for (int i = 0; i < n; i++) {
            if (CampaignSummary.isRuin(pnl[i], capital)) { // the product's one definition of ruin
                ruin++;
            }
            cost += hedgeCost[i];
            diffSum += unhedgedPnl[i] - pnl[i];
        }
        double diffMean = diffSum / n;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double x = unhedgedPnl[i] - pnl[i] - diffMean;
            squares += x * x;
        }
        double diffSe = n < 2 ? Double.NaN : Math.sqrt(squares / (n - 1) / n);
        double netCost = PnlDistribution.of(unhedgedPnl).mean() - d.mean();
        return new PolicyMetrics(n, d.mean(), n < 2 ? Double.NaN : d.standardError(), netCost, diffSe, cost / n,
                d.valueAtRisk(0.95), d.valueAtRisk(0.99), d.expectedShortfall(0.95), d.expectedShortfall(0.99),
                dd.mean(), dd.quantile(0.95), ruin / n, d.probabilityOfLoss());
    }

    /** The value of a cost measure (USD). */
    public double cost(SweepObjective.Cost measure) {
        return switch (measure) {
            case NET_COST -> netCost;
            case PREMIUM -> meanHedgeCost;
        };
    }

    /** The value of a tail measure (USD; ruin a probability). */
    public double tail(SweepObjective.Tail measure) {
        return switch (measure) {
            case VAR95 -> valueAtRisk95;
            case VAR99 -> valueAtRisk99;
            case CVAR95 -> expectedShortfall95;
            case CVAR99 -> expectedShortfall99;
            case MAX_DRAWDOWN95 -> maxDrawdown95;
            case RUIN -> probabilityOfRuin;
        };
    }
}
