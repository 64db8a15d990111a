package com.alvh.workbench.report;

import com.alvh.workbench.sim.CampaignSummary;
import com.alvh.workbench.sim.PolicyComparison;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The report's tables as formatted text, shared by the HTML and PDF writers so both show the same
 * figures. Display formats are fixed to US symbols (USD as {@code $12,345}, shares as
 * {@code 12.3%}) whatever the machine's locale.
 */
public final class ReportTables {

    /**
     * A table of text cells.
     *
     * @param title the heading
     * @param header column names
     * @param rows cells, each row as long as the header
     * @param numeric per column, whether it holds numbers (right-aligned)
     */
    public record Table(String title, List<String> header, List<List<String>> rows, List<Boolean> numeric) {
        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows.stream().map(List::copyOf).toList());
            numeric = List.copyOf(numeric);
            if (numeric.size() != header.size()) {
                throw new IllegalArgumentException("numeric has " + numeric.size() + " columns, header "
                        + header.size());
            }
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r).size() != header.size()) {
                    throw new IllegalArgumentException("row " + r + " of '" + title + "' has " + rows.get(r).size()
                            + " cells, header " + header.size());
                }
            }
        }
    }

    private record Metric(String name, ToDoubleFunction<CampaignSummary> value, boolean usd, boolean higherIsBetter) {
    }

    private static final List<Metric> METRICS = List.of(
            new Metric("Mean P&L (USD)", s -> s.pnl().mean(), true, true),
            new Metric("Std. error of mean P&L (USD)", s -> s.pnl().standardError(), true, false),
            new Metric("VaR 95 (USD loss)", CampaignSummary::valueAtRisk95, true, false),
            new Metric("VaR 99 (USD loss)", CampaignSummary::valueAtRisk99, true, false),
            new Metric("CVaR 95 (USD loss)", CampaignSummary::expectedShortfall95, true, false),
            new Metric("CVaR 99 (USD loss)", CampaignSummary::expectedShortfall99, true, false),
            new Metric("Probability of loss", CampaignSummary::probabilityOfLoss, false, false),
            new Metric("Probability of ruin (" + CampaignSummary.RUIN_DEFINITION + ")", CampaignSummary::probabilityOfRuin, false,
                    false),
            new Metric("Mean max drawdown (USD)", CampaignSummary::meanMaxDrawdown, true, false),
            new Metric("Max drawdown, 95th pct (USD)", CampaignSummary::maxDrawdown95, true, false),
            new Metric("Mean hedge cost (USD)", CampaignSummary::meanHedgeCost, true, false),
            new Metric("Reserve deployed (share of paths)", CampaignSummary::reserveDeploymentRate, false, false));

    private ReportTables() {
    }

    /** Software version, model, seed, paths and steps (in the steps' unit of {@code labels}). */
    public static Table run(ReportContent c, com.alvh.workbench.chart.MarketLabels labels) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Software version", c.softwareVersion()));
        rows.add(List.of("Market model", c.modelDescription()));
        rows.add(List.of("Random seed", Long.toString(c.seed())));
        rows.add(List.of("Paths per policy", integer(c.paths())));
        rows.add(List.of("Steps", integer(c.steps()) + " " + labels.stepsNoun()));
        rows.add(List.of("Policies (same market paths)", String.join(", ",
                c.entries().stream().map(e -> e.summary().policyName()).toList())));
        return new Table("Run", List.of("Item", "Value"), rows, List.of(false, false));
    }

    /** The scenario parameters in the caller's order. */
    public static Table parameters(ReportContent c) {
        List<List<String>> rows = new ArrayList<>();
        for (ReportContent.Parameter p : c.parameters()) {
            rows.add(List.of(p.name(), p.value()));
        }
        return new Table("Scenario parameters", List.of("Parameter", "Value"), rows, List.of(false, false));
    }

    /**
     * Policies side by side on the summary metrics, with a last column "primary minus baseline"
     * when there is a baseline.
     */
    public static Table comparison(ReportContent c) {
        List<String> header = new ArrayList<>();
        header.add("Metric");
        List<Boolean> numeric = new ArrayList<>();
        numeric.add(false);
        for (int i = 0; i < c.entries().size(); i++) {
            String role = i == c.primaryIndex() ? " (hedged)" : i == c.baselineIndex() ? " (unhedged)" : "";
            header.add(c.entries().get(i).summary().policyName() + role);
            numeric.add(true);
        }
        if (c.hasBaseline()) {
            header.add("Hedged minus unhedged");
            numeric.add(true);
        }
        List<List<String>> rows = new ArrayList<>();
        for (Metric m : METRICS) {
            List<String> row = new ArrayList<>();
            row.add(m.name());
            for (PolicyComparison.Entry e : c.entries()) {
                row.add(m.usd() ? usd(m.value().applyAsDouble(e.summary()))
                        : percent(m.value().applyAsDouble(e.summary())));
            }
            if (c.hasBaseline()) {
                double d = m.value().applyAsDouble(c.primary().summary())
                        - m.value().applyAsDouble(c.baseline().summary());
                row.add(m.usd() ? signedUsd(d) : signedPoints(d));
            }
            rows.add(row);
        }
        String title = c.hasBaseline() ? "Hedged vs unhedged" : "Policy summary";
        return new Table(title, header, rows, numeric);
    }

    /**
     * For a replay, one table per policy of its full calendar years: start and end equity, P&amp;L and
     * return (conventions in {@link com.alvh.workbench.risk.CalendarReturns}); empty when the content is
     * not dated or no year is full.
     */
    public static List<Table> years(ReportContent c) {
        List<Table> out = new ArrayList<>();
        for (int i = 0; i < c.entries().size(); i++) {
            List<List<String>> rows = new ArrayList<>();
            for (com.alvh.workbench.risk.CalendarReturns.Year y : c.years(i)) {
                rows.add(List.of(Integer.toString(y.year()), usd(y.startEquity()), usd(y.endEquity()),
                        signedUsd(y.pnl()), signedPercent(y.simpleReturn())));
            }
            if (!rows.isEmpty()) {
                out.add(new Table("Calendar years, " + c.entries().get(i).summary().policyName(),
                        List.of("Year", "Start equity (USD)", "End equity (USD)", "P&L (USD)", "Return"), rows,
                        List.of(false, true, true, true, true)));
            }
        }
        return out;
    }

    /** One row per layer of every policy that has layers (USD per path, averaged over paths). */
    public static Table layers(ReportContent c) {
        List<List<String>> rows = new ArrayList<>();
        for (PolicyComparison.Entry e : c.entries()) {
            for (CampaignSummary.LayerLine l : e.summary().layers()) {
                rows.add(List.of(e.summary().policyName(), l.name(), usd(l.meanPaid()), usd(l.meanReceived()),
                        signedUsd(l.net()), percent(l.entryRate()), integer(l.entries()),
                        Double.isNaN(l.irr()) ? "n/a" : percent(l.irr())));
            }
        }
        return new Table("Per-layer cost and benefit (mean per path)",
                List.of("Policy", "Layer", "Paid (USD)", "Received (USD)", "Net (USD)", "Paths entered", "Entries",
                        "IRR (per year)"),
                rows, List.of(false, false, true, true, true, true, true, true));
    }

    private static DecimalFormatSymbols symbols() {
        return DecimalFormatSymbols.getInstance(Locale.US);
    }

    static String usd(double v) {
        if (Double.isNaN(v)) {
            return "n/a"; // e.g. the standard error of one path
        }
        return new DecimalFormat("$#,##0;-$#,##0", symbols()).format(v);
    }

    static String signedUsd(double v) {
        if (Double.isNaN(v)) {
            return "n/a"; // e.g. the standard error of one path
        }
        return new DecimalFormat("+$#,##0;-$#,##0", symbols()).format(v);
    }

    static String percent(double fraction) {
        if (Double.isNaN(fraction)) {
            return "n/a"; // e.g. the standard error of one path
        }
        return new DecimalFormat("0.0'%'", symbols()).format(100 * fraction);
    }

    /** A return with its sign, e.g. {@code +12.3%}. */
    static String signedPercent(double fraction) {
        if (Double.isNaN(fraction)) {
            return "n/a";
        }
        return new DecimalFormat("+0.0'%';-0.0'%'", symbols()).format(100 * fraction);
    }

    /** A difference of two shares, in percentage points. */
    static String signedPoints(double fraction) {
        if (Double.isNaN(fraction)) {
            return "n/a"; // e.g. the standard error of one path
        }
        return new DecimalFormat("+0.0' pp';-0.0' pp'", symbols()).format(100 * fraction);
    }

    static String integer(long v) {
        return new DecimalFormat("#,##0", symbols()).format(v);
    }
}
