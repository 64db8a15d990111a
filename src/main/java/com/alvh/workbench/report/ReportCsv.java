package com.alvh.workbench.report;

import com.alvh.workbench.io.CsvCells;
import com.alvh.workbench.sim.CampaignResult;
import com.alvh.workbench.sim.CampaignSummary;
import com.alvh.workbench.sim.PolicyComparison;
import com.alvh.workbench.sim.Trade;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CSV files of a report: the underlying series and tables, in a format fixed for scripts and
 * golden-file tests.
 *
 * <p>Format: UTF-8, comma-separated, {@code \n} line ends, one header row of snake_case column
 * names with the unit as a suffix ({@code _usd}, {@code _share} for a fraction in 0..1). Numbers are
 * written with {@link Locale#ROOT} (a '.' decimal point, no grouping): USD with 2 decimals, shares
 * and rates with 6, counts as integers; {@code -0.00} is written {@code 0.00}; a missing value
 * (an IRR that does not exist) is an empty field. Text fields are quoted (RFC 4180) when they hold a
 * comma, a quote or a line break; a text field that a spreadsheet would run as a formula (it begins
 * with {@code = + - @}, and is not a plain number) gets a leading apostrophe ({@link CsvCells}). The
 * same content always gives the same bytes.
 *
 * <p>Files: {@code summary.csv} (one row per policy), {@code layers.csv} (one row per layer),
 * {@code pnl-by-path.csv} (terminal P&amp;L, one row per path, one column per policy; the same row is
 * the same market path for every policy), {@code max-drawdown-by-path.csv} (likewise),
 * {@code equity-fan.csv} (equity percentiles per policy per trading day), {@code parameters.csv}; for a
 * replay of dated history also {@code yearly-returns.csv} (full calendar years: {@code policy, year,
 * start_equity_usd, end_equity_usd, pnl_usd, return}) and {@code monthly-returns.csv} (every month with a
 * replayed day, {@code partial} 1 for a month the replay does not cover from its first to its last trading
 * day); conventions in {@link com.alvh.workbench.risk.CalendarReturns}.
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    /** File name to content, in a fixed order. */
    public static Map<String, String> files(ReportContent c) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("parameters.csv", parameters(c));
        out.put("summary.csv", summary(c));
        out.put("layers.csv", layers(c));
        out.put("equity-fan.csv", equityFan(c));
        out.put("pnl-by-path.csv", byPath(c, true));
        out.put("max-drawdown-by-path.csv", byPath(c, false));
        if (c.isDated()) {
            out.put("yearly-returns.csv", yearlyReturns(c));
            out.put("monthly-returns.csv", monthlyReturns(c));
        }
        if (c.entries().stream().anyMatch(e -> !e.result().trades().isEmpty())) {
            out.put("trades.csv", trades(c));
        }
        return out;
    }

    /** policy,year,start_equity_usd,end_equity_usd,pnl_usd,return: the full calendar years of each policy. */
    public static String yearlyReturns(ReportContent c) {
        StringBuilder sb = new StringBuilder("policy,year,start_equity_usd,end_equity_usd,pnl_usd,return\n");
        for (int i = 0; i < c.entries().size(); i++) {
            for (com.alvh.workbench.risk.CalendarReturns.Year y : c.years(i)) {
                row(sb, c.entries().get(i).summary().policyName(), Integer.toString(y.year()), usd(y.startEquity()),
                        usd(y.endEquity()), usd(y.pnl()), share(y.simpleReturn()));
            }
        }
        return sb.toString();
    }

    /**
     * policy,date,position,instrument,strike,expiry,quantity,price,cash_usd,reason: every trade of each
     * policy's first path (the replayed history, or the first model path), in order. Dates are the
     * replay's trading days ({@code day N}, the step, on model paths and past a replay's last day);
     * quantity is signed contracts (bought &gt; 0, sold &lt; 0); price per contract in index points at the
     * trade (mid plus or minus slippage; the settlement value at expiry; a VIX future's level); cash is
     * what the account received (&lt; 0: paid), commissions included.
     */
    public static String trades(ReportContent c) {
        StringBuilder sb = new StringBuilder("policy,date,position,instrument,strike,expiry,quantity,price,cash_usd,reason\n");
        for (PolicyComparison.Entry e : c.entries()) {
            for (Trade t : e.result().trades()) {
                row(sb, e.result().policyName(), day(c, t.step()), t.position(), t.instrument(), number(t.strike(), 2),
                        day(c, t.expiryStep()), number(t.quantity(), 4), number(t.price(), 4), usd(t.cash()), t.reason());
            }
        }
        return sb.toString();
    }

    /** policy,month,start_equity_usd,end_equity_usd,pnl_usd,return,partial: every month of each policy. */
    public static String monthlyReturns(ReportContent c) {
        StringBuilder sb = new StringBuilder("policy,month,start_equity_usd,end_equity_usd,pnl_usd,return,partial\n");
        for (int i = 0; i < c.entries().size(); i++) {
            for (com.alvh.workbench.risk.CalendarReturns.Month m : c.months(i)) {
                row(sb, c.entries().get(i).summary().policyName(), m.month().toString(), usd(m.startEquity()),
                        usd(m.endEquity()), usd(m.pnl()), share(m.simpleReturn()), m.partial() ? "1" : "0");
            }
        }
        return sb.toString();
    }

    private static String day(ReportContent c, int step) {
        return step < c.dates().size() ? c.dates().get(step).toString() : "day " + step;
    }

    /** name,value: the run (version, model, seed, paths, steps) then the scenario parameters. */
    public static String parameters(ReportContent c) {
        StringBuilder sb = new StringBuilder("name,value\n");
        row(sb, "software_version", c.softwareVersion());
        row(sb, "model", c.modelDescription());
        row(sb, "seed", Long.toString(c.seed()));
        row(sb, "paths", Integer.toString(c.paths()));
        row(sb, "steps_trading_days", Integer.toString(c.steps()));
        for (ReportContent.Parameter p : c.parameters()) {
            row(sb, p.name(), p.value());
        }
        return sb.toString();
    }

    /** One row per policy with its role and summary metrics. */
    public static String summary(ReportContent c) {
        StringBuilder sb = new StringBuilder("policy,role,paths,mean_pnl_usd,sd_pnl_usd,se_pnl_usd,min_pnl_usd,"
                + "max_pnl_usd,var95_usd,var99_usd,cvar95_usd,cvar99_usd,prob_loss_share,prob_ruin_share,"
                + "mean_max_drawdown_usd,max_drawdown95_usd,mean_steps_under_water,mean_hedge_cost_usd,"
                + "reserve_deployed_share\n");
        for (int i = 0; i < c.entries().size(); i++) {
            CampaignSummary s = c.entries().get(i).summary();
            row(sb, s.policyName(), c.role(i), Integer.toString(s.paths()), usd(s.pnl().mean()),
                    usd(s.pnl().standardDeviation()), usd(s.pnl().standardError()), usd(s.pnl().min()),
                    usd(s.pnl().max()), usd(s.valueAtRisk95()), usd(s.valueAtRisk99()), usd(s.expectedShortfall95()),
                    usd(s.expectedShortfall99()), share(s.probabilityOfLoss()), share(s.probabilityOfRuin()),
                    usd(s.meanMaxDrawdown()), usd(s.maxDrawdown95()), share(s.meanStepsUnderWater()),
                    usd(s.meanHedgeCost()), share(s.reserveDeploymentRate()));
        }
        return sb.toString();
    }

    /** One row per layer of every policy (means per path). */
    public static String layers(ReportContent c) {
        StringBuilder sb = new StringBuilder("policy,layer,mean_paid_usd,mean_received_usd,net_usd,"
                + "paths_entered_share,entries,irr_per_year\n");
        for (PolicyComparison.Entry e : c.entries()) {
            for (CampaignSummary.LayerLine l : e.summary().layers()) {
                row(sb, e.summary().policyName(), l.name(), usd(l.meanPaid()), usd(l.meanReceived()), usd(l.net()),
                        share(l.entryRate()), Long.toString(l.entries()), share(l.irr()));
            }
        }
        return sb.toString();
    }

    /** Equity percentiles per policy per trading day (USD). */
    public static String equityFan(ReportContent c) {
        StringBuilder sb = new StringBuilder("policy,trading_day");
        double[] percentiles = c.entries().get(0).result().fanPercentiles();
        for (double p : percentiles) {
            sb.append(",p").append(number(p, 0)).append("_usd");
        }
        sb.append('\n');
        for (PolicyComparison.Entry e : c.entries()) {
            CampaignResult r = e.result();
            double[][] fan = r.equityFan();
            for (int t = 0; t < fan[0].length; t++) {
                sb.append(field(r.policyName())).append(',').append(t);
                for (int p = 0; p < fan.length; p++) {
                    sb.append(',').append(usd(fan[p][t]));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static String byPath(ReportContent c, boolean pnl) {
        StringBuilder sb = new StringBuilder("path");
        for (PolicyComparison.Entry e : c.entries()) {
            sb.append(',').append(field(e.summary().policyName() + (pnl ? " pnl_usd" : " max_drawdown_usd")));
        }
        sb.append('\n');
        int paths = c.paths();
        for (int i = 0; i < paths; i++) {
            sb.append(i);
            for (PolicyComparison.Entry e : c.entries()) {
                sb.append(',').append(usd(pnl ? e.result().pnl()[i] : e.result().maxDrawdown()[i]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(field(cells[i]));
        }
        sb.append('\n');
    }

    /** A field: neutralised if a spreadsheet would run it as a formula, quoted when it must be ({@link CsvCells}). */
    static String field(String s) {
        return CsvCells.field(s);
    }

    /** USD with 2 decimals. */
    static String usd(double v) {
        return number(v, 2);
    }

    /** A fraction or rate with 6 decimals. */
    static String share(double v) {
        return number(v, 6);
    }

    /** {@code v} with {@code decimals} decimals in Locale.ROOT; NaN as an empty field; no "-0". */
    static String number(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        if (s.startsWith("-") && s.chars().skip(1).allMatch(ch -> ch == '0' || ch == '.')) {
            return s.substring(1);
        }
        return s;
    }
}
