package com.alvh.workbench.sim;

import com.alvh.workbench.market.MarketHistory;
import com.alvh.workbench.scenario.Scenario;
import com.alvh.workbench.scenario.ScenarioJson;
import com.alvh.workbench.scenario.ScenarioResolver;
import com.alvh.workbench.scenario.ScenarioSpec;
import com.alvh.workbench.scenario.SimulationEngine;
import com.alvh.workbench.scenario.SimulationResult;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Investigation (not a test): does the block bootstrap give a scenario's campaign what the real
 * history gave campaigns that started where the scenario starts? Runs the scenario's policy (and the
 * unhedged condor) as a replay of every {@code stride}-th real {@code steps}-day window whose first
 * day's VIX close is within {@code band} points of the scenario's starting VIX (with the condor's
 * contracts scaled by the scenario's spot over the day's SPX, so that both condors have the same
 * notional: dollar P&amp;L scales with the index level), and as the block
 * bootstrap of the same history from that VIX; prints the mean P&amp;L of each, the hedged minus
 * unhedged difference and each layer's net (received plus final value minus paid), with standard
 * errors (history: of batch means over windows grouped by start quarter; bootstrap: of paths).
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:$(cat cp) com.alvh.workbench.sim.BootstrapCampaignStudy
 * scenario.json [dataDir] [from] [to] [band] [stride] [paths] [meanBlockDays] [neighbours]}.
 */
public final class BootstrapCampaignStudy {

    private BootstrapCampaignStudy() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path data = Path.of(args.length > 1 ? args[1] : "sample-data");
        LocalDate from = LocalDate.parse(args.length > 2 ? args[2] : "2007-04-02");
        LocalDate to = LocalDate.parse(args.length > 3 ? args[3] : "2025-12-31");
        double band = args.length > 4 ? Double.parseDouble(args[4]) : 1.0;
        int stride = args.length > 5 ? Integer.parseInt(args[5]) : 1;
        int paths = args.length > 6 ? Integer.parseInt(args[6]) : 4000;
        double meanBlock = args.length > 7 ? Double.parseDouble(args[7]) : 20.0;
        int neighbours = args.length > 8 ? Integer.parseInt(args[8]) : 5;
        ObjectMapper json = new ObjectMapper();
        ObjectNode base = (ObjectNode) json.readTree(Files.readString(file));
        ((ObjectNode) base.get("market")).remove("riskPremia");
        base.putArray("compare").add("unhedged");
        int steps = 63;
        ScenarioResolver resolver = new ScenarioResolver(data);
        MarketHistory history = resolver.history().between(from, to);
        double vix0 = base.get("market").get("vix").asDouble();
        double spot0 = base.get("market").get("spot").asDouble();

        // History: every window starting within the band.
        List<double[]> rows = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        String[] layerNames = null;
        for (int d = 0; d + steps < history.size(); d += stride) {
            if (Math.abs(history.vixClose(d) - vix0) > band) {
                continue;
            }
            ObjectNode s = base.deepCopy();
            // The same notional as the bootstrap's condor: its contracts scaled by the scenario's spot over
            // the day's SPX (a condor on SPX 1,000 loses and earns a fifth of the dollars of one on 5,000).
            ObjectNode position = (ObjectNode) s.get("position");
            position.put("contracts", position.get("contracts").asDouble() * spot0 / history.spxClose(d));
            s.putObject("model").put("type", "replay").put("from", history.date(d).toString())
                    .put("to", history.date(d + steps).toString());
            s.putObject("simulation").put("paths", 1).put("steps", steps).put("seed", 1).put("threads", 1);
            SimulationResult r = run(resolver, s, "window " + history.date(d));
            rows.add(row(r));
            starts.add(d);
            layerNames = r.primary().result().layerNames().toArray(String[]::new);
        }
        // Bootstrap of the same history from the scenario's VIX.
        ObjectNode s = base.deepCopy();
        s.putObject("model").put("type", "bootstrap").put("from", from.toString()).put("to", to.toString())
                .put("meanBlockDays", meanBlock).put("neighbours", neighbours);
        s.putObject("simulation").put("paths", paths).put("steps", steps).put("seed", 20261209).put("threads", 0);
        SimulationResult boot = run(resolver, s, "bootstrap");
        System.out.printf(Locale.ROOT, "scenario %s, start VIX %.1f; history %s..%s%n", file, vix0, from, to);
        System.out.printf(Locale.ROOT, "history: %d windows of %d days starting at VIX %.1f +- %.1f (stride %d)%n",
                rows.size(), steps, vix0, band, stride);
        System.out.printf(Locale.ROOT, "bootstrap: %d paths, mean block %.0f, %d neighbours; %s%n", paths, meanBlock,
                neighbours, boot.scenario().modelDescription());
        String[] names = columns(layerNames);
        double[][] bootCols = columnsOf(boot);
        System.out.printf(Locale.ROOT, "%-28s %14s %10s %14s %10s%n", "USD per campaign", "history", "SE", "bootstrap", "SE");
        for (int c = 0; c < names.length; c++) {
            double[] h = new double[rows.size()];
            for (int j = 0; j < h.length; j++) {
                h[j] = rows.get(j)[c];
            }
            System.out.printf(Locale.ROOT, "%-28s %14.0f %10.0f %14.0f %10.0f%n", names[c], mean(h),
                    batchSe(h, starts, 63), mean(bootCols[c]), Math.sqrt(variance(bootCols[c]) / bootCols[c].length));
        }
    }

    private static SimulationResult run(ScenarioResolver resolver, ObjectNode s, String source) {
        ScenarioSpec spec = ScenarioJson.read(s.toString(), source);
        Scenario scenario = resolver.resolve(spec);
        return SimulationEngine.run(scenario, ProgressListener.NONE, new CancellationToken());
    }

    private static String[] columns(String[] layers) {
        String[] out = new String[3 + layers.length];
        out[0] = "hedged P&L";
        out[1] = "unhedged P&L";
        out[2] = "hedged - unhedged";
        for (int l = 0; l < layers.length; l++) {
            out[3 + l] = "net " + layers[l];
        }
        return out;
    }

    /** One replay's figures: hedged, unhedged, difference, each layer's net. */
    private static double[] row(SimulationResult r) {
        double[][] c = columnsOf(r);
        double[] out = new double[c.length];
        for (int k = 0; k < c.length; k++) {
            out[k] = c[k][0];
        }
        return out;
    }

    /** Per path: hedged, unhedged, difference, then each layer's net (received + final value - paid, summed over steps). */
    private static double[][] columnsOf(SimulationResult r) {
        CampaignResult h = r.primary().result();
        CampaignResult u = r.unhedged().orElseThrow().result();
        int n = h.paths();
        int layers = h.layerCount();
        double[][] out = new double[3 + layers][n];
        for (int i = 0; i < n; i++) {
            out[0][i] = h.pnl()[i];
            out[1][i] = u.pnl()[i];
            out[2][i] = h.pnl()[i] - u.pnl()[i];
        }
        // Layer cash flows are kept summed over paths per step: spread the mean over paths (no per-path SE).
        for (int l = 0; l < layers; l++) {
            double net = h.layerFinalValue()[l];
            for (int t = 0; t < h.layerPaidByStep()[l].length; t++) {
                net += h.layerReceivedByStep()[l][t] - h.layerPaidByStep()[l][t];
            }
            java.util.Arrays.fill(out[3 + l], net / n);
        }
        return out;
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double variance(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return s / (x.length - 1);
    }

    /** SE of the mean from batch means: windows grouped by start day / {@code width} (overlapping windows are dependent). */
    private static double batchSe(double[] x, List<Integer> starts, int width) {
        java.util.Map<Integer, double[]> groups = new java.util.TreeMap<>();
        for (int j = 0; j < x.length; j++) {
            double[] g = groups.computeIfAbsent(starts.get(j) / width, k -> new double[2]);
            g[0] += x[j];
            g[1]++;
        }
        double m = mean(x);
        double ss = 0;
        int g = groups.size();
        for (double[] v : groups.values()) {
            double dm = v[0] / v[1] - m;
            ss += dm * dm * v[1] * v[1];
        }
        return g > 1 ? Math.sqrt(ss / ((double) x.length * x.length) * g / (g - 1.0)) : Double.NaN;
    }
}
