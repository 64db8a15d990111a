package com.alvh.workbench.report;

import com.alvh.workbench.chart.ChartTheme;
import com.alvh.workbench.chart.EquityFanChart;
import com.alvh.workbench.chart.LayerCostBenefitChart;
import com.alvh.workbench.chart.MaxDrawdownChart;
import com.alvh.workbench.chart.MonthlyReturnsHeatMap;
import com.alvh.workbench.chart.PayoffChart;
import com.alvh.workbench.chart.PnlDistributionChart;
import com.alvh.workbench.chart.PolicyComparisonChart;
import com.alvh.workbench.chart.UnderwaterChart;
import com.alvh.workbench.chart.MarketLabels;
import com.alvh.workbench.chart.VixPathChart;
import com.alvh.workbench.sim.CampaignResult;
import com.alvh.workbench.sim.PolicyComparison;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The charts of the results dashboard for a report's content, in reading order: payoff (if
 * given), P&amp;L distribution of all policies, the primary policy's P&amp;L distribution with VaR and
 * CVaR, equity fan (primary against the baseline), underwater curves, maximum-drawdown
 * distribution, VIX path with layer entries, policy comparison, per-layer cost/benefit, and for a
 * replay of dated history the calendar heat map of the primary policy's monthly returns.
 *
 * <p>The workbench dashboard can use this list too, so screen and report show the same charts.
 * Chart titles are left off (the report prints its own headings); ask for them with
 * {@code withTitles}.
 */
public final class ReportCharts {

    private ReportCharts() {
    }

    /**
     * @param content the report content
     * @param theme the chart colours (a printed report reads best in {@link ChartTheme#LIGHT})
     * @param withTitles whether each chart carries its title inside the image
     * @return the charts, in reading order
     */
    public static List<ReportChart> build(ReportContent content, ChartTheme theme, boolean withTitles) {
        return build(content, theme, withTitles, MarketLabels.EQUITY);
    }

    /**
     * The charts with the sample path's series named by {@code labels} (DeFi runs carry realised
     * vol and the hedged asset's price where equity runs carry VIX and SPX).
     */
    public static List<ReportChart> build(ReportContent content, ChartTheme theme, boolean withTitles,
                                          MarketLabels labels) {
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(theme, "theme");
        List<ReportChart> out = new ArrayList<>();
        List<PolicyComparison.Entry> entries = content.entries();
        PolicyComparison.Entry primary = content.primary();
        String primaryName = primary.summary().policyName();
        if (content.payoff() != null) {
            String t = "Condor payoff";
            out.add(new ReportChart("payoff", t, "P&L (USD) of the iron condor against the SPX price (index points), "
                    + "at expiry and at the horizon, with its break-evens and the current spot.",
                    PayoffChart.create(content.payoff(), withTitles ? t : null, theme)));
        }
        String t = "P&L distribution, all policies";
        out.add(new ReportChart("pnl-distribution", t, "Terminal P&L per path (USD) of every policy over the same "
                + "market paths, with each policy's VaR 95 (dashed) and CVaR 95 (dotted).",
                PnlDistributionChart.create(entries, withTitles ? t : null, theme)));
        t = "P&L distribution, " + primaryName;
        out.add(new ReportChart("pnl-primary", t, "Terminal P&L per path (USD) of the primary policy, with the "
                + "loss thresholds VaR 95 and CVaR 95 (expected shortfall) marked at their negatives.",
                PnlDistributionChart.create(List.of(primary), withTitles ? t : null, theme)));
        t = "Equity percentile fan, " + primaryName;
        String fanCaption = "Account equity (USD) per trading day: 5th-95th and 25th-75th percentile bands and the "
                + "median of the primary policy"
                + (content.hasBaseline() ? ", against the baseline's median and 5th percentile." : ".");
        out.add(new ReportChart("equity-fan", t, fanCaption,
                EquityFanChart.create(entries, content.primaryIndex(), content.baselineIndex(),
                        withTitles ? t : null, theme)));
        t = "Underwater curves, " + primaryName;
        out.add(new ReportChart("underwater", t, "Drawdown of equity from its running peak (USD) per trading day on "
                + "the sample paths; the deepest in bold.",
                UnderwaterChart.create(primary.result(), withTitles ? t : null, theme)));
        t = "Maximum drawdown distribution";
        out.add(new ReportChart("max-drawdown", t, "Largest peak-to-trough fall of equity per path (USD), every "
                + "policy, with each policy's mean (dashed) and 95th percentile (dotted).",
                MaxDrawdownChart.create(entries, withTitles ? t : null, theme)));
        CampaignResult pr = primary.result();
        if (!pr.samples().isEmpty()) {
            t = labels.volName() + " path and layer triggers, " + primaryName;
            out.add(new ReportChart("vix-path", t, labels.volAxis() + " per step on the sample path with the "
                    + "most layer entries, each layer's entries marked; " + labels.spotAxis() + " on the right axis.",
                    VixPathChart.create(pr, VixPathChart.busiestSample(pr), withTitles ? t : null, theme, labels)));
        }
        t = "Policy comparison";
        out.add(new ReportChart("policy-comparison", t, "Mean P&L, VaR 95, CVaR 95, mean and 95th-percentile "
                + "maximum drawdown and mean hedge cost per policy (USD per path).",
                PolicyComparisonChart.create(entries, withTitles ? t : null, theme)));
        t = "Per-layer cost and benefit, " + primaryName;
        out.add(new ReportChart("layer-cost-benefit", t, "Mean premium paid, proceeds received (including the final "
                + "mark of open positions) and net, per layer (USD per path).",
                LayerCostBenefitChart.create(primary.summary(), withTitles ? t : null, theme)));
        if (content.isDated() && !content.months(content.primaryIndex()).isEmpty()) {
            t = "Monthly returns, " + primaryName;
            out.add(new ReportChart("monthly-returns", t, "Return of the account in each calendar month of the replay "
                    + "(end equity over the previous month's end, or over the capital in the first month), red for "
                    + "losses and green for gains, full colour at 5 % either way; a month the replay covers only in "
                    + "part is in brackets.",
                    MonthlyReturnsHeatMap.create(content.months(content.primaryIndex()), withTitles ? t : null,
                            null, theme)));
        }
        if (content.supplement() != null && content.supplement().kOfNTradeoff() != null) {
            var k = content.supplement().kOfNTradeoff();
            t = "Multisig k-of-n trade-off";
            out.add(new ReportChart("kofn-tradeoff", t, "Against the approvals needed (k), for each number of signers (n): "
                    + "the pool's probability of ruin (a terminal loss of half its capital; unhedged, simulated on the same "
                    + "seed) and the probability that a payout is later than " + Math.round(k.deadlineDays())
                    + " days (closed form: the k-th of n signers' responses, some away), in percent.",
                    com.alvh.workbench.chart.KOfNTradeoffChart.create(k, withTitles ? t : null, theme)));
        }
        if (labels != MarketLabels.EQUITY) {
            // DeFi steps are calendar days: relabel the day axes the builders label as trading days.
            for (ReportChart c : out) {
                if (c.chart().getPlot() instanceof org.jfree.chart.plot.XYPlot xy
                        && "Trading day".equals(xy.getDomainAxis().getLabel())) {
                    xy.getDomainAxis().setLabel(labels.stepAxis());
                }
            }
        }
        return List.copyOf(out);
    }
}
