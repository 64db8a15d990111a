package com.alvh.workbench.report;

import com.alvh.workbench.analytics.SampleScenarios;
import com.alvh.workbench.chart.ResultsFixture;
import com.alvh.workbench.sim.PolicyComparison;
import java.util.List;

/** Report content around {@link ResultsFixture}'s comparison: Steward primary, Unhedged baseline. */
final class ReportFixture {

    static final String VERSION = "0.1.0-test";

    private ReportFixture() {
    }

    static List<ReportContent.Parameter> parameters() {
        return List.of(
                new ReportContent.Parameter("Underlying", "SPX, spot 5,000 index points"),
                new ReportContent.Parameter("Condor", "CNDR (20/5 delta), 45 calendar days, 10 contracts"),
                new ReportContent.Parameter("Management", "standard: take profit, stop, close before expiry"),
                new ReportContent.Parameter("Capital", "1,000,000 USD"),
                new ReportContent.Parameter("Rate / dividend yield", "4.0% / 1.3% (continuous)"),
                new ReportContent.Parameter("VIX option vol", "90% (Black-76)"),
                new ReportContent.Parameter("Hedge policy", "Steward preset (3 layers + reserve)"));
    }

    static String model() {
        return "Heston (QE scheme): v0 0.0256, kappa 4.0, theta 0.04, xi 0.7, rho -0.7; r 4.0%, q 1.3%";
    }

    /** The standard fixture's content, with the payoff chart. */
    static ReportContent standard() {
        return content(ResultsFixture.comparison(), ResultsFixture.PATHS, ResultsFixture.STEPS, ResultsFixture.SEED,
                true);
    }

    static ReportContent content(List<PolicyComparison.Entry> entries, int paths, int steps, long seed,
                                 boolean payoff) {
        return new ReportContent("SPX condor with ALVH layers: Steward vs unhedged", VERSION, parameters(), model(),
                seed, paths, steps, entries, 1, 0, payoff ? SampleScenarios.baseProfile() : null);
    }
}
