package com.alvh.workbench.sim;

import com.alvh.workbench.risk.InternalRateOfReturn;
import com.alvh.workbench.risk.PnlDistribution;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbers a results dashboard shows for one policy: the terminal P&amp;L distribution, its tail
 * risk, drawdowns, hedge cost, reserve use, and a cost/benefit line per layer.
 *
 * @param policyName the policy
 * @param paths number of paths
 * @param pnl the terminal P&amp;L distribution (USD)
 * @param valueAtRisk95 VaR at 95 % (USD, positive = loss); NaN for one path (a replay), whose "tail" is
 *     just its own P&amp;L
 * @param valueAtRisk99 VaR at 99 % (USD); NaN for one path
 * @param expectedShortfall95 CVaR at 95 % (USD); NaN for one path
 * @param expectedShortfall99 CVaR at 99 % (USD); NaN for one path
 * @param probabilityOfLoss fraction of paths ending below zero P&amp;L
 * @param probabilityOfRuin fraction of paths ending with a loss of at least {@link #RUIN_FRACTION} of capital
 *     ({@link #isRuin}; the product's one definition of ruin, {@link #RUIN_DEFINITION})
 * @param meanMaxDrawdown mean over paths of the maximum drawdown (USD)
 * @param maxDrawdown95 95th percentile of the maximum drawdown (USD)
 * @param meanStepsUnderWater mean number of steps below the running peak
 * @param meanHedgeCost mean premium and reserve cost per path (USD)
 * @param reserveDeploymentRate fraction of paths on which the reserve deployed
 * @param layers one line per layer
 */
public record CampaignSummary(String policyName, int paths, PnlDistribution pnl, double valueAtRisk95,
                              double valueAtRisk99, double expectedShortfall95, double expectedShortfall99,
                              double probabilityOfLoss, double probabilityOfRuin, double meanMaxDrawdown,
                              double maxDrawdown95, double meanStepsUnderWater, double meanHedgeCost,
                              double reserveDeploymentRate, List<LayerLine> layers) {

    /**
     * Ruin, the product's one definition for every engine and report: a terminal loss of at least this
     * fraction of the account capital. A fall from a peak that is made good again is drawdown and is
     * reported as drawdown ({@link #meanMaxDrawdown}, {@link #maxDrawdown95}), not as ruin.
     */
    public static final double RUIN_FRACTION = 0.5;

    /** {@link #RUIN_FRACTION} in words, for every table and report that shows a probability of ruin. */
    public static final String RUIN_DEFINITION = "terminal loss of at least 50 % of capital";

    /**
     * Whether a path is ruined: its terminal P&amp;L is a loss of at least {@link #RUIN_FRACTION} of capital.
     *
     * @param pnl terminal P&amp;L of the path (USD)
     * @param capital account capital at the start (USD)
     */
    public static boolean isRuin(double pnl, double capital) {
        return pnl <= -RUIN_FRACTION * capital;
    }

    /**
     * One layer's cost and benefit, averaged per path.
     *
     * @param name the layer
     * @param meanPaid premium, commissions and slippage paid (USD per path)
     * @param meanReceived sale and settlement proceeds plus the mark of what is still open at the end (USD per path)
     * @param net {@code meanReceived - meanPaid} (USD per path)
     * @param entryRate fraction of paths on which the layer entered at least once
     * @param entries total entries over all paths
     * @param irr IRR of the mean per-path cash flows (continuously compounded per year), NaN if none exists
     */
    public record LayerLine(String name, double meanPaid, double meanReceived, double net, double entryRate,
                            long entries, double irr) {
    }

    /**
     * Summarises a result.
     *
     * @param r the simulation result
     * @param dt step length in years (1/252)
     * @return the summary
     */
    public static CampaignSummary of(CampaignResult r, double dt) {
        PnlDistribution d = PnlDistribution.of(r.pnl());
        PnlDistribution dd = PnlDistribution.of(r.maxDrawdown());
        double ruin = 0;
        double under = 0;
        double cost = 0;
        double reserve = 0;
        for (int i = 0; i < r.paths(); i++) {
            if (isRuin(r.pnl()[i], r.capital())) {
                ruin++;
            }
            under += r.stepsUnderWater()[i];
            cost += r.hedgeCost()[i];
            if (r.reserveDeployed()[i]) {
                reserve++;
            }
        }
        List<LayerLine> lines = new ArrayList<>();
        for (int l = 0; l < r.layerCount(); l++) {
            double paid = 0;
            double received = r.layerFinalValue()[l];
            long entries = 0;
            double[] flows = new double[r.steps() + 1];
            for (int t = 0; t <= r.steps(); t++) {
                paid += r.layerPaidByStep()[l][t];
                received += r.layerReceivedByStep()[l][t];
                entries += r.layerEntriesByStep()[l][t];
                flows[t] = (r.layerReceivedByStep()[l][t] - r.layerPaidByStep()[l][t]) / r.paths();
            }
            // What is still open at the end counts as received at its mark on the last step.
            flows[r.steps()] += r.layerFinalValue()[l] / r.paths();
            lines.add(new LayerLine(r.layerNames().get(l), paid / r.paths(), received / r.paths(),
                    (received - paid) / r.paths(), (double) r.layerPathsEntered()[l] / r.paths(), entries,
                    InternalRateOfReturn.of(flows, dt)));
        }
        int n = r.paths();
        // A tail measure of one outcome is that outcome with its sign flipped, not a risk figure: n/a.
        boolean distribution = n > 1;
        return new CampaignSummary(r.policyName(), n, d,
                distribution ? d.valueAtRisk(0.95) : Double.NaN, distribution ? d.valueAtRisk(0.99) : Double.NaN,
                distribution ? d.expectedShortfall(0.95) : Double.NaN,
                distribution ? d.expectedShortfall(0.99) : Double.NaN, d.probabilityOfLoss(), ruin / n,
                dd.mean(), dd.quantile(0.95), under / n, cost / n, reserve / n, List.copyOf(lines));
    }
}
