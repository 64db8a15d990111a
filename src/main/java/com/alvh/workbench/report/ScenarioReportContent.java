package com.alvh.workbench.report;

import com.alvh.workbench.analytics.PayoffAnalytics;
import com.alvh.workbench.chart.MarketLabels;
import com.alvh.workbench.defi.InsurancePool;
import com.alvh.workbench.defi.KOfNTradeoff;
import com.alvh.workbench.analytics.PayoffProfile;
import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.hedge.HedgeLayer;
import com.alvh.workbench.market.Act365;
import com.alvh.workbench.market.MarketSnapshot;
import com.alvh.workbench.product.OptionStrategy;
import com.alvh.workbench.scenario.CondorSpec;
import com.alvh.workbench.scenario.ScenarioCondor;
import com.alvh.workbench.scenario.ScenarioPosition;
import com.alvh.workbench.scenario.DefiRunResult;
import com.alvh.workbench.scenario.DefiScenarioSpec;
import com.alvh.workbench.scenario.MarketSpec;
import com.alvh.workbench.scenario.Scenario;
import com.alvh.workbench.scenario.ScenarioSpec;
import com.alvh.workbench.scenario.SimulationResult;
import com.alvh.workbench.scenario.SoftwareVersion;
import com.alvh.workbench.sim.CampaignResult;
import com.alvh.workbench.sim.CondorManagement;
import com.alvh.workbench.sim.CondorRule;
import com.alvh.workbench.sim.PolicyComparison;
import com.alvh.workbench.sim.TradingCosts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Gathers a report's content from a scenario run: the parameters with their units, the model and
 * seed, every policy's results, the unhedged baseline and the condor's payoff at the start. The CLI
 * {@code report} command and the workbench's export both call this, so the two reports are the same.
 */
public final class ScenarioReportContent {

    /** Points of the payoff chart's spot grid (+-15 % around spot). */
    static final int PAYOFF_POINTS = 241;
    /** Horizon of the payoff chart's marked curve (calendar days). */
    static final int PAYOFF_HORIZON_DAYS = 14;

    private ScenarioReportContent() {
    }

    /** The content of a run's report. */
    public static ReportContent of(SimulationResult run) {
        Scenario s = run.scenario();
        ScenarioSpec spec = s.spec();
        List<PolicyComparison.Entry> entries = run.entries();
        int baseline = ReportContent.unhedgedIndex(entries);
        return new ReportContent(spec.name(), SoftwareVersion.current(), parameters(s), s.modelDescription(),
                s.settings().seed(), s.settings().paths(), s.settings().steps(), entries, 0, baseline,
                payoff(s, run.primary().result()), s.dates());
    }

    /**
     * The content of a DeFi run's report: the unhedged base (first) is the baseline, the first
     * hedged run (second) the primary; no condor payoff (the LP payoff is in the workbench's live view).
     */
    public static ReportContent of(DefiRunResult run) {
        DefiScenarioSpec spec = run.spec();
        var settings = run.sample().settings();
        List<ReportContent.Parameter> p = new ArrayList<>();
        add(p, "Scenario", spec.name());
        if (!spec.description().isBlank()) {
            add(p, "Description", spec.description());
        }
        if (!run.sample().question().equals(spec.description())) {
            add(p, "Question", run.sample().question());
        }
        add(p, "DeFi sample", spec.sample() + " (positions, market and layers in docs/defi.md)");
        if (!spec.parameters().isEmpty()) {
            add(p, "Parameters", spec.parametersText() + " (the others at their defaults)");
        }
        add(p, "Market", run.modelDescription());
        add(p, "Simulation", f("%s x %s (1/365 year), seed %d, %s", Counts.of(settings.paths(), "path"),
                Counts.of(settings.steps(), "daily step"), settings.seed(), Counts.of(settings.threads(), "thread")));
        add(p, "Compared", String.join("; ", run.runs().stream().map(r -> r.label()).toList()));
        int primary = run.primaryIndex();
        KOfNTradeoff kOfN = kOfN(run);
        if (kOfN != null) {
            add(p, "k-of-n trade-off", f("n = 3, 5, 7 and every k: P(ruin) simulated on %,d paths (same seed), P(payout later "
                    + "than %.0f days) in closed form", kOfN.paths(), kOfN.deadlineDays()));
        }
        return new ReportContent(spec.name(), SoftwareVersion.current(), p, run.modelDescription(), settings.seed(),
                settings.paths(), settings.steps(), run.entries(), primary, primary == 0 ? -1 : 0, null, List.of(),
                new ReportContent.ReportSupplement(DefiAnswers.of(run, kOfN), kOfN));
    }

    /** Paths per point of the k-of-n trade-off (at most the run's own). */
    static final int KOFN_PATHS = 2000;

    /** The insurance pool's k-of-n trade-off on the run's market and seed, or null for other samples. */
    static KOfNTradeoff kOfN(DefiRunResult run) {
        if (!(run.runs().get(0).defi() != null && run.sample().runs().get(0).position() instanceof InsurancePool pool)) {
            return null;
        }
        return KOfNTradeoff.compute(pool, run.sample().market(), run.sample().settings(), new int[] {3, 5, 7},
                KOfNTradeoff.DEFAULT_DEADLINE_DAYS, KOFN_PATHS, new com.alvh.workbench.sim.CancellationToken());
    }

    /**
     * What a DeFi run's sample path series are called: a stable LP's carry the depegging coin's price and
     * the position's value; the others the hedge asset's realised vol and price.
     */
    public static MarketLabels labels(DefiRunResult run) {
        if (run.sample().runs().get(0).position().chartsPeg()) {
            String coin = run.sample().market() instanceof com.alvh.workbench.defi.PegReplayMarket m ? m.coin() : "USDC";
            return MarketLabels.peg(coin);
        }
        return MarketLabels.DEFI;
    }

    static List<ReportContent.Parameter> parameters(Scenario s) {
        ScenarioSpec spec = s.spec();
        MarketSpec m = spec.market();
        CondorSpec c = spec.condor();
        CondorManagement cm = spec.position().management();
        TradingCosts tc = spec.costs();
        List<ReportContent.Parameter> p = new ArrayList<>();
        add(p, "Scenario", spec.name());
        if (!spec.description().isBlank()) {
            add(p, "Description", spec.description());
        }
        add(p, "Model", s.modelDescription());
        if (s.isReplay()) {
            add(p, "History", s.dates().get(0) + " .. " + s.dates().get(s.dates().size() - 1) + " ("
                    + s.settings().steps() + " trading-day steps)");
        } else {
            add(p, "Start", f("SPX %.2f, VIX %.2f, VIX3M %.2f (index points)", m.spot(), m.vix(), m.vix3m()));
        }
        add(p, "Rates", f("r %.2f %%, q %.2f %% (continuous, per year)", 100 * m.rate(), 100 * m.dividendYield()));
        if (spec.model() instanceof com.alvh.workbench.scenario.ModelSpec.Replay
                || spec.model() instanceof com.alvh.workbench.scenario.ModelSpec.Bootstrap) {
            // History: the day's real quotes; the file's vol and curve only stand in where history has none.
            add(p, "VIX options", f("Black-76 off the day's Cboe VX futures (from 2007-04-02) at the day's VVIX x a "
                            + "tenor factor (from 2007-01-03); before: vol %.0f %%, curve level %.1f, mean reversion %.2f/yr",
                    100 * m.vixOptionVol(), m.vixCurve().longRunLevel(), m.vixCurve().meanReversion()));
        } else {
            add(p, "VIX options", f("Black-76 vol %.0f %% on the VIX future; curve level %.1f, mean reversion %.2f/yr",
                    100 * m.vixOptionVol(), m.vixCurve().longRunLevel(), m.vixCurve().meanReversion()));
        }
        add(p, "SPX skew", f("SSVI atm ratio %.3f, rho %.2f, eta %.2f, gamma %.2f", m.skew().atmRatio(),
                m.skew().rho(), m.skew().eta(), m.skew().gamma()));
        add(p, "Simulation", f("%s x %s, seed %d, %s", Counts.of(s.settings().paths(), "path"),
                Counts.of(s.settings().steps(), "trading day"), s.settings().seed(),
                Counts.of(s.settings().threads(), "thread")));
        if (c != null) {
            String rule = c.rule() instanceof CondorRule.ByDelta d
                    ? f("by delta: %.2f shorts, %.2f wings", d.shortDelta(), d.longDelta())
                    : f("by distance: shorts %.1f %% out, wings %.1f %% wide",
                    100 * ((CondorRule.ByDistancePercent) c.rule()).shortPercent(),
                    100 * ((CondorRule.ByDistancePercent) c.rule()).wingPercent());
            add(p, "Condor", f("%s, %s, %s contracts", rule, Counts.of(c.daysToExpiry(), "calendar day"),
                    num(c.contracts())));
        } else {
            add(p, "Position", spec.position().name() + ": " + ScenarioPosition.describe(spec.position()));
            add(p, "Position terms", ScenarioPosition.terms(spec.position()));
        }
        add(p, c != null ? "Condor management" : "Position management", f("take profit %s, stop %s, close at %s left, %s",
                Double.isNaN(cm.takeProfitFraction()) ? "never" : f("%.0f %% of credit", 100 * cm.takeProfitFraction()),
                Double.isNaN(cm.stopLossMultiple()) ? "never" : f("%sx credit", num(cm.stopLossMultiple())),
                Counts.of(cm.closeAtDaysToExpiry(), "day"), cm.repeat() ? "reopened after each close" : "one trade"));
        add(p, "Costs", f("%.2f USD per contract; slippage %.0f %% of the half-spread (SPX %.0f %% of mid, min %.2f; "
                        + "VIX %.0f %%, min %.2f)", tc.commissionPerContract(), 100 * tc.slippageFraction(),
                100 * tc.spxSpreadFraction(), tc.spxMinSpread(), 100 * tc.vixSpreadFraction(), tc.vixMinSpread()));
        add(p, "Capital", f("%,.0f USD", spec.capital()));
        AlvhPolicy primary = s.policies().get(0);
        add(p, "Policy under study", primary.name());
        for (HedgeLayer l : primary.layers()) {
            add(p, "  layer " + l.name(), f("%s, %s, entry when %s", l.instrument().name().toLowerCase(Locale.ROOT)
                    .replace('_', ' '), Counts.of(l.tenorDays(), "day"), l.entry().describe()));
        }
        if (primary.reserve().active()) {
            add(p, "  reserve", f("%,.0f USD at %.1f %% a year, deploys when %s", primary.reserve().capital(),
                    100 * primary.reserve().costRate(), primary.reserve().breach().describe()));
        }
        add(p, "Compared with", String.join(", ", s.policies().subList(1, s.policies().size()).stream()
                .map(AlvhPolicy::name).toList()));
        // Values the model does not use are said in the report too, never dropped in silence.
        for (var w : s.warnings()) {
            add(p, "Warning", w.toString());
        }
        return p;
    }

    /** The first condor of the campaign at the starting market (a replay starts at the history's first close). */
    static PayoffProfile payoff(Scenario s, CampaignResult primary) {
        MarketSpec m = s.spec().market();
        double spot = m.spot();
        double vix = m.vix();
        if (s.isReplay() && !primary.samples().isEmpty()) {
            spot = primary.samples().get(0).spot()[0];
            vix = primary.samples().get(0).vix()[0];
        }
        MarketSnapshot snap = ScenarioCondor.market(s.spec(), spot, vix);
        OptionStrategy position = ScenarioPosition.first(s.spec(), snap);
        int horizon = Math.min(PAYOFF_HORIZON_DAYS, ScenarioPosition.days(s.spec()) - 1);
        return PayoffAnalytics.profile(position, snap, m.skew(), 0.15, PAYOFF_POINTS, Math.max(0, horizon), 0.0);
    }

    private static void add(List<ReportContent.Parameter> p, String name, String value) {
        p.add(new ReportContent.Parameter(name, value));
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
