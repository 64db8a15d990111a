package com.alvh.workbench.ui.common;

import com.alvh.workbench.risk.PairedDifference;
import com.alvh.workbench.scenario.RunResult;
import com.alvh.workbench.sim.CampaignSummary;
import com.alvh.workbench.sim.PolicyComparison;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * One headline number of a run's policy under study, with its change against the unhedged baseline
 * run on the same paths: what the dashboard shows first.
 *
 * @param title e.g. "VaR 95"
 * @param value the policy's number, formatted
 * @param change e.g. "-$12,300 vs unhedged" (empty without a baseline)
 * @param verdict +1 when the change is an improvement, -1 when it is worse, 0 when neutral or none
 * @param term the glossary entry explaining the number, or null
 */
public record SummaryTile(String title, String value, String change, int verdict, Glossary term) {

    public SummaryTile {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(change, "change");
    }

    /** Whether higher is better for a number (P&amp;L) or lower (losses, drawdowns, costs). */
    private enum Better { HIGHER, LOWER, NEITHER }

    /**
     * The tiles of a run: mean P&amp;L (with the paired standard error of its difference), VaR 95,
     * CVaR 95, 95th-percentile maximum drawdown, probability of a loss, and hedge cost, each against
     * the unhedged baseline when the run has one.
     */
    public static List<SummaryTile> of(RunResult result) {
        List<PolicyComparison.Entry> entries = result.entries();
        PolicyComparison.Entry primary = entries.get(result.primaryIndex());
        PolicyComparison.Entry base = result.baselineIndex() < 0 ? null : entries.get(result.baselineIndex());
        CampaignSummary p = primary.summary();
        CampaignSummary b = base == null ? null : base.summary();
        List<SummaryTile> out = new ArrayList<>();
        String meanChange = "";
        int meanVerdict = 0;
        if (base != null) {
            PairedDifference d = PairedDifference.of(primary.result().pnl(), base.result().pnl());
            meanChange = Formats.signedUsd(d.mean()) + (Double.isNaN(d.standardError()) ? ""
                    : " \u00b1 " + Formats.usd(d.standardError())) + " vs unhedged";
            meanVerdict = verdict(d.mean(), Better.HIGHER, Double.isNaN(d.standardError()) ? 0.0 : d.standardError());
        }
        out.add(new SummaryTile("Mean P&L, " + p.policyName(), Formats.usd(p.pnl().mean()), meanChange, meanVerdict,
                null));
        out.add(usdTile("VaR 95", p, b, CampaignSummary::valueAtRisk95, Better.LOWER, Glossary.VAR));
        out.add(usdTile("CVaR 95", p, b, CampaignSummary::expectedShortfall95, Better.LOWER, Glossary.CVAR));
        out.add(usdTile("Max drawdown 95", p, b, CampaignSummary::maxDrawdown95, Better.LOWER, Glossary.DRAWDOWN));
        String lossChange = b == null ? "" : signedPoints(100 * (p.probabilityOfLoss() - b.probabilityOfLoss()))
                + " pts vs unhedged";
        out.add(new SummaryTile("P(loss)", Formats.percent(p.probabilityOfLoss(), 1), lossChange,
                b == null ? 0 : verdict(p.probabilityOfLoss() - b.probabilityOfLoss(), Better.LOWER, 0.0), null));
        out.add(new SummaryTile("Hedge cost per path", Formats.usd(p.meanHedgeCost()),
                b == null ? "" : "premium, costs and reserve", 0, Glossary.HEDGE_COST));
        return out;
    }

    private static SummaryTile usdTile(String title, CampaignSummary p, CampaignSummary b,
                                       ToDoubleFunction<CampaignSummary> f, Better better, Glossary term) {
        double v = f.applyAsDouble(p);
        if (b == null) {
            return new SummaryTile(title, Formats.usd(v), "", 0, term);
        }
        double change = v - f.applyAsDouble(b);
        return new SummaryTile(title, Formats.usd(v), Formats.signedUsd(change) + " vs unhedged",
                verdict(change, better, 0.0), term);
    }

    private static String signedPoints(double points) {
        String s = Formats.decimal(points, 1);
        return s.startsWith("-") || s.equals("0.0") ? s : "+" + s;
    }

    /** +1 better, -1 worse, 0 when the change is within {@code noise} (or rounds to nothing). */
    private static int verdict(double change, Better better, double noise) {
        if (better == Better.NEITHER || Math.abs(change) <= Math.max(noise, 0.5e-6)) {
            return 0;
        }
        boolean up = change > 0;
        return (better == Better.HIGHER) == up ? 1 : -1;
    }
}
