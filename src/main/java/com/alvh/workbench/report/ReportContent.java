package com.alvh.workbench.report;

import com.alvh.workbench.analytics.PayoffProfile;
import com.alvh.workbench.risk.CalendarReturns;
import com.alvh.workbench.sim.CampaignResult;
import com.alvh.workbench.sim.PolicyComparison;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything a report shows, gathered by the caller (the CLI {@code report} command or the
 * workbench) from a scenario and its simulation: no rendering decisions here.
 *
 * @param title the report title, e.g. the scenario name
 * @param softwareVersion the workbench version that produced the numbers, e.g. "0.1.0"
 * @param parameters scenario parameters as ordered (name, value) pairs, values already formatted
 *     with their units (e.g. ("Condor expiry", "45 calendar days"))
 * @param modelDescription the market model in one line, e.g. "Heston QE, v0 0.0256, kappa 4, ..."
 * @param seed the root random seed
 * @param paths simulated paths per policy (&gt; 0)
 * @param steps simulated daily steps (trading days, &gt; 0)
 * @param entries the compared policies, run on common random numbers (at least one)
 * @param primaryIndex index in {@code entries} of the primary (hedged) policy
 * @param baselineIndex index in {@code entries} of the unhedged baseline, or -1 when there is none
 * @param payoff the condor's payoff profile for the payoff chart, or {@code null} to leave it out
 * @param dates for a replay of history, the trading date of each step ({@code steps + 1} dates): the
 *     report then adds calendar-year and calendar-month returns; empty otherwise
 * @param supplement what a DeFi question's report adds (its plain-words answer, the k-of-n trade-off),
 *     or {@code null}
 */
public record ReportContent(String title, String softwareVersion, List<Parameter> parameters,
                            String modelDescription, long seed, int paths, int steps,
                            List<PolicyComparison.Entry> entries, int primaryIndex, int baselineIndex,
                            PayoffProfile payoff, List<LocalDate> dates, ReportSupplement supplement) {

    /** Content without dates or a supplement (model paths). */
    public ReportContent(String title, String softwareVersion, List<Parameter> parameters, String modelDescription,
                         long seed, int paths, int steps, List<PolicyComparison.Entry> entries, int primaryIndex,
                         int baselineIndex, PayoffProfile payoff) {
        this(title, softwareVersion, parameters, modelDescription, seed, paths, steps, entries, primaryIndex,
                baselineIndex, payoff, List.of(), null);
    }

    /** Content with dates (a replay of history) and no supplement. */
    public ReportContent(String title, String softwareVersion, List<Parameter> parameters, String modelDescription,
                         long seed, int paths, int steps, List<PolicyComparison.Entry> entries, int primaryIndex,
                         int baselineIndex, PayoffProfile payoff, List<LocalDate> dates) {
        this(title, softwareVersion, parameters, modelDescription, seed, paths, steps, entries, primaryIndex,
                baselineIndex, payoff, dates, null);
    }

    /**
     * What a DeFi question's report adds to the common content.
     *
     * @param answer the plain-words answer the report opens with, one paragraph per entry (may be empty)
     * @param kOfNTradeoff an insurance pool's k-of-n trade-off for its chart, or {@code null}
     */
    public record ReportSupplement(List<String> answer, com.alvh.workbench.defi.KOfNTradeoff kOfNTradeoff) {
        public ReportSupplement {
            answer = List.copyOf(answer == null ? List.of() : answer);
        }
    }

    /** The plain-words answer's paragraphs (empty when there is none). */
    public List<String> answer() {
        return supplement == null ? List.of() : supplement.answer();
    }

    /**
     * One scenario parameter.
     *
     * @param name what it is, e.g. "Capital"
     * @param value its value with its unit, e.g. "1,000,000 USD"
     */
    public record Parameter(String name, String value) {
        public Parameter {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("Parameter.name must not be blank, was '" + name + "'");
            }
            Objects.requireNonNull(value, () -> "Parameter '" + name + "'.value");
        }
    }

    public ReportContent {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank, was '" + title + "'");
        }
        if (softwareVersion == null || softwareVersion.isBlank()) {
            throw new IllegalArgumentException("softwareVersion must not be blank, was '" + softwareVersion + "'");
        }
        Objects.requireNonNull(parameters, "parameters");
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(modelDescription, "modelDescription");
        if (paths <= 0) {
            throw new IllegalArgumentException("paths must be > 0, was " + paths);
        }
        if (steps <= 0) {
            throw new IllegalArgumentException("steps must be > 0 trading days, was " + steps);
        }
        Objects.requireNonNull(entries, "entries");
        entries = List.copyOf(entries);
        dates = dates == null ? List.of() : List.copyOf(dates);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("entries must hold at least one policy");
        }
        if (primaryIndex < 0 || primaryIndex >= entries.size()) {
            throw new IllegalArgumentException("primaryIndex must be in 0.." + (entries.size() - 1) + ", was "
                    + primaryIndex);
        }
        if (baselineIndex < -1 || baselineIndex >= entries.size() || baselineIndex == primaryIndex) {
            throw new IllegalArgumentException("baselineIndex must be -1 or an index in 0.." + (entries.size() - 1)
                    + " other than primaryIndex " + primaryIndex + ", was " + baselineIndex);
        }
        dates = dates == null ? List.of() : List.copyOf(dates);
        if (!dates.isEmpty() && (dates.size() != steps + 1 || paths != 1)) {
            throw new IllegalArgumentException("dates are for a one-path replay with steps + 1 = " + (steps + 1)
                    + " days, had " + dates.size() + " dates and " + paths + " paths");
        }
        for (int i = 0; i < entries.size(); i++) {
            PolicyComparison.Entry e = entries.get(i);
            if (e.result().paths() != paths || e.result().steps() != steps) {
                throw new IllegalArgumentException("entries[" + i + "] ('" + e.summary().policyName() + "') has "
                        + e.result().paths() + " paths x " + e.result().steps() + " steps, expected " + paths
                        + " x " + steps);
            }
        }
    }

    /** Whether this reports a replay of dated history (calendar returns are shown). */
    public boolean isDated() {
        return !dates.isEmpty();
    }

    /**
     * The full calendar years of policy {@code i}'s replayed equity (empty for undated content).
     *
     * @param i the policy's index in {@link #entries()}
     */
    public List<CalendarReturns.Year> years(int i) {
        return isDated() ? CalendarReturns.years(dates, equity(i), entries.get(i).result().capital()) : List.of();
    }

    /**
     * The calendar months of policy {@code i}'s replayed equity (empty for undated content).
     *
     * @param i the policy's index in {@link #entries()}
     */
    public List<CalendarReturns.Month> months(int i) {
        return isDated() ? CalendarReturns.months(dates, equity(i), entries.get(i).result().capital()) : List.of();
    }

    private double[] equity(int i) {
        CampaignResult r = entries.get(i).result();
        if (r.samples().isEmpty()) {
            throw new IllegalStateException("policy '" + r.policyName() + "' kept no sample path to date");
        }
        return r.samples().get(0).equity();
    }

    /** The primary (hedged) policy. */
    public PolicyComparison.Entry primary() {
        return entries.get(primaryIndex);
    }

    /** Whether there is an unhedged baseline. */
    public boolean hasBaseline() {
        return baselineIndex >= 0;
    }

    /** The unhedged baseline; check {@link #hasBaseline()} first. */
    public PolicyComparison.Entry baseline() {
        if (baselineIndex < 0) {
            throw new IllegalStateException("this report has no baseline");
        }
        return entries.get(baselineIndex);
    }

    /** The role of policy {@code i} in the report: "primary", "baseline" or "comparison". */
    public String role(int i) {
        return i == primaryIndex ? "primary" : i == baselineIndex ? "baseline" : "comparison";
    }

    /**
     * Content for charts only (the workbench's dashboard): no title page, parameters or payoff.
     *
     * @param entries the policies, on common random numbers
     * @param primaryIndex the policy under study
     * @param baselineIndex the unhedged baseline, or -1
     */
    public static ReportContent forCharts(List<PolicyComparison.Entry> entries, int primaryIndex, int baselineIndex) {
        var r = entries.get(0).result();
        return new ReportContent("Results", "-", List.of(), "", 0L, r.paths(), r.steps(), entries, primaryIndex,
                baselineIndex, null);
    }

    /** Index of the unhedged policy among {@code entries} other than the first, or -1. */
    public static int unhedgedIndex(List<PolicyComparison.Entry> entries) {
        String name = com.alvh.workbench.hedge.AlvhPolicy.unhedged().name();
        for (int i = 1; i < entries.size(); i++) {
            if (entries.get(i).result().policyName().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
