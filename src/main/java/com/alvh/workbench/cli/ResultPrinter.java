package com.alvh.workbench.cli;

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

    static void table(SimulationResult r, PrintWriter out) {
        var s = r.scenario();
        out.println(s.name());
        out.println("  model   " + s.modelDescription());
        out.printf(Locale.ROOT, "  run     %d paths x %d daily steps, seed %d, %d threads, %.2f s%n",
                s.settings().paths(), s.settings().steps(), s.settings().seed(), s.settings().threads(),
                r.elapsedSeconds());
        out.printf(Locale.ROOT, "  capital %,.0f USD%n%n", s.spec().capital());
        out.printf(Locale.ROOT, "%-22s %12s %12s %12s %8s %8s %12s %12s %8s%n", "policy (USD per path)", "mean P&L",
                "VaR 95", "CVaR 95", "P(loss)", "P(ruin)", "mean maxDD", "hedge cost", "reserve");
        for (PolicyComparison.Entry e : r.entries()) {
            CampaignSummary m = e.summary();
            out.printf(Locale.ROOT, "%-22s %,12.0f %,12.0f %,12.0f %7.1f%% %7.2f%% %,12.0f %,12.0f %7.1f%%%n",
                    abbreviate(m.policyName(), 22), m.pnl().mean(), m.valueAtRisk95(), m.expectedShortfall95(),
                    100 * m.probabilityOfLoss(), 100 * m.probabilityOfRuin(), m.meanMaxDrawdown(), m.meanHedgeCost(),
                    100 * m.reserveDeploymentRate());
        }
        CampaignSummary primary = r.primary().summary();
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

    static ObjectNode tree(SimulationResult r) {
        var s = r.scenario();
        ObjectNode o = JSON.createObjectNode();
        o.put("scenario", s.name());
        o.put("version", SoftwareVersion.current());
        o.put("model", s.modelDescription());
        o.put("paths", s.settings().paths());
        o.put("steps", s.settings().steps());
        o.put("seed", s.settings().seed());
        o.put("capital", s.spec().capital());
        ArrayNode policies = o.putArray("policies");
        for (PolicyComparison.Entry e : r.entries()) {
            CampaignSummary m = e.summary();
            ObjectNode p = policies.addObject();
            p.put("name", m.policyName());
            p.put("meanPnl", round(m.pnl().mean()));
            p.put("medianPnl", round(m.pnl().quantile(0.5)));
            p.put("valueAtRisk95", round(m.valueAtRisk95()));
            p.put("valueAtRisk99", round(m.valueAtRisk99()));
            p.put("expectedShortfall95", round(m.expectedShortfall95()));
            p.put("expectedShortfall99", round(m.expectedShortfall99()));
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
