package com.alvh.workbench.ui.common;

import com.alvh.workbench.sim.CampaignSummary;

/**
 * One line of the Results table: a policy's summary in USD and fractions.
 *
 * @param policy the policy's name
 * @param meanPnl mean terminal P&amp;L (USD)
 * @param standardError standard error of the mean (USD)
 * @param valueAtRisk95 95 % VaR (USD, positive = loss)
 * @param expectedShortfall95 95 % CVaR (USD)
 * @param valueAtRisk99 99 % VaR (USD)
 * @param expectedShortfall99 99 % CVaR (USD)
 * @param probabilityOfLoss fraction of paths ending below zero
 * @param probabilityOfRuin fraction of paths ending with a loss of half the capital or more (CampaignSummary.isRuin)
 * @param meanMaxDrawdown mean maximum drawdown (USD)
 * @param maxDrawdown95 95th percentile of the maximum drawdown (USD)
 * @param meanHedgeCost mean hedge premium and reserve cost per path (USD)
 * @param reserveDeploymentRate fraction of paths on which the reserve deployed
 */
public record PolicyRow(String policy, double meanPnl, double standardError, double valueAtRisk95,
                        double expectedShortfall95, double valueAtRisk99, double expectedShortfall99,
                        double probabilityOfLoss, double probabilityOfRuin, double meanMaxDrawdown,
                        double maxDrawdown95, double meanHedgeCost, double reserveDeploymentRate) {

    /** The row of one summary. */
    public static PolicyRow of(CampaignSummary s) {
        return new PolicyRow(s.policyName(), s.pnl().mean(), s.pnl().standardError(), s.valueAtRisk95(),
                s.expectedShortfall95(), s.valueAtRisk99(), s.expectedShortfall99(), s.probabilityOfLoss(),
                s.probabilityOfRuin(), s.meanMaxDrawdown(), s.maxDrawdown95(), s.meanHedgeCost(),
                s.reserveDeploymentRate());
    }
}
