package com.alvh.workbench.cli;

import com.alvh.workbench.report.Counts;
import com.alvh.workbench.scenario.SimulationResult;
import com.alvh.workbench.scenario.SoftwareVersion;
import com.alvh.workbench.sim.CampaignSummary;
import com.alvh.workbench.sim.PolicyComparison;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.PrintWriter;
import java.util.Locale;

/** Prints a run's key metrics as a table for people or as JSON for scripts (deterministic for a seed). */
final class ResultPrinter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultPrinter() {
    }

    /**
     * What is printed of a run, equity or DeFi.
     *
     * @param name scenario name
     * @param model model description
     * @param settings paths, steps, seed, threads as run
     * @param seconds wall time
     * @param capital account capital (USD)
     * @param entries one per policy
     * @param primary index of the policy under study (its layers are listed)
     */
    record Run(String name, String model, com.alvh.workbench.sim.SimulationSettings settings, double seconds,
               double capital, java.util.List<PolicyComparison.Entry> entries, int primary) {

        static Run of(SimulationResult r) {
            var s = r.scenario();
            return new Run(s.name(), s.modelDescription(), s.settings(), r.elapsedSeconds(), s.spec().capital(),
                    r.entries(), 0);
        }

        static Run of(com.alvh.workbench.scenario.DefiRunResult r) {
            return new Run(r.spec().name(), r.modelDescription(), r.sample().settings(), r.elapsedSeconds(),
                    r.entries().get(0).result().capital(), r.entries(), r.primaryIndex());
        }
    }

    static void table(SimulationResult r, PrintWriter out) {
        table(Run.of(r), out);
    }

    static void table(Run r, PrintWriter out) {
        out.println(r.name());
        out.println("  model   " + r.model());
        out.printf(Locale.ROOT, "  run     %s x %s, seed %d, %s, %.2f s%n",
                Counts.of(r.settings().paths(), "path"), Counts.of(r.settings().steps(), "daily step"),
                r.settings().seed(), Counts.of(r.settings().threads(), "thread"), r.seconds());
        out.printf(Locale.ROOT, "  capital %,.0f USD%n%n", r.capital());
        out.printf(Locale.ROOT, "%-22s %12s %12s %12s %8s %8s %12s %12s %8s%n", "policy (USD per path)", "mean P&L",
                "VaR 95", "CVaR 95", "P(loss)", "P(ruin)", "mean maxDD", "hedge cost", "reserve");
        for (PolicyComparison.Entry e : r.entries()) {
            CampaignSummary m = e.summary();
            // VaR and CVaR of one path (a replay) do not exist: n/a, not the path's P&L with its sign flipped.
            out.printf(Locale.ROOT, "%-22s %,12.0f %12s %12s %7.1f%% %7.2f%% %,12.0f %,12.0f %7.1f%%%n",
                    abbreviate(m.policyName(), 22), m.pnl().mean(), usd(m.valueAtRisk95()), usd(m.expectedShortfall95()),
                    100 * m.probabilityOfLoss(), 100 * m.probabilityOfRuin(), m.meanMaxDrawdown(), m.meanHedgeCost(),
                    100 * m.reserveDeploymentRate());
        }
        out.println("P(ruin): share of paths ending with a " + CampaignSummary.RUIN_DEFINITION + "; drawdowns are in maxDD");
        CampaignSummary primary = r.entries().get(r.primary()).summary();
        if (!primary.layers().isEmpty()) {
            out.println();
            out.println("layers of " + primary.policyName() + " (USD per path)");
            out.printf(Locale.ROOT, "  %-22s %12s %12s %12s %9s %10s%n", "layer", "paid", "received", "net",
                    "entered", "IRR");
            for (CampaignSummary.LayerLine l : primary.layers()) {
                out.printf(Locale.ROOT, "  %-22s %,12.0f %,12.0f %,12.0f %8.1f%% %10s%n", abbreviate(l.name(), 22),
                        l.meanPaid(), l.meanReceived(), l.net(), 100 * l.entryRate(),
                        Double.isNaN(l.irr()) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * l.irr()));
            }
        }
        out.flush();
    }

    static ObjectNode tree(Run r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("scenario", r.name());
        o.put("version", SoftwareVersion.current());
        o.put("model", r.model());
        o.put("paths", r.settings().paths());
        o.put("steps", r.settings().steps());
        o.put("seed", r.settings().seed());
        o.put("capital", r.capital());
        ArrayNode policies = o.putArray("policies");
        for (PolicyComparison.Entry e : r.entries()) {
            CampaignSummary m = e.summary();
            ObjectNode p = policies.addObject();
            p.put("name", m.policyName());
            p.put("meanPnl", round(m.pnl().mean()));
            p.put("medianPnl", round(m.pnl().quantile(0.5)));
            number(p, "valueAtRisk95", m.valueAtRisk95());
            number(p, "valueAtRisk99", m.valueAtRisk99());
            number(p, "expectedShortfall95", m.expectedShortfall95());
            number(p, "expectedShortfall99", m.expectedShortfall99());
            p.put("probabilityOfLoss", round(m.probabilityOfLoss()));
            p.put("probabilityOfRuin", round(m.probabilityOfRuin()));
            p.put("meanMaxDrawdown", round(m.meanMaxDrawdown()));
            p.put("maxDrawdown95", round(m.maxDrawdown95()));
            p.put("meanStepsUnderWater", round(m.meanStepsUnderWater()));
            p.put("meanHedgeCost", round(m.meanHedgeCost()));
            p.put("reserveDeploymentRate", round(m.reserveDeploymentRate()));
            ArrayNode layers = p.putArray("layers");
            for (CampaignSummary.LayerLine l : m.layers()) {
                ObjectNode x = layers.addObject();
                x.put("name", l.name());
                x.put("meanPaid", round(l.meanPaid()));
                x.put("meanReceived", round(l.meanReceived()));
                x.put("net", round(l.net()));
                x.put("entryRate", round(l.entryRate()));
                x.put("entries", l.entries());
                if (Double.isNaN(l.irr())) {
                    x.putNull("irr");
                } else {
                    x.put("irr", round(l.irr()));
                }
            }
        }
        return o;
    }

    /** A number rounded by {@link #round}, or JSON null where it does not exist (NaN: VaR of one path). */
    private static void number(ObjectNode o, String name, double value) {
        if (Double.isNaN(value)) {
            o.putNull(name);
        } else {
            o.put(name, round(value));
        }
    }

    /** USD with thousands separators, n/a where the figure does not exist. */
    private static String usd(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%,.0f", v);
    }

    /**
     * Rounds to 10 significant digits: far below any Monte Carlo error, and it keeps golden files
     * independent of the last bits of floating-point library functions.
     */
    static double round(double x) {
        if (!Double.isFinite(x) || x == 0.0) {
            return x;
        }
        return new java.math.BigDecimal(x).round(new java.math.MathContext(10)).doubleValue();
    }

    static void json(SimulationResult r, PrintWriter out) {
        json(Run.of(r), out);
    }

    static void json(Run r, PrintWriter out) {
        try {
            out.println(JSON.writeValueAsString(tree(r)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
        out.flush();
    }

    private static String abbreviate(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "~";
    }
}
