package com.alvh.workbench.ui.playback;

import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.hedge.HedgeLayer;
import com.alvh.workbench.hedge.Trigger;
import com.alvh.workbench.hedge.TriggerExplanation;
import com.alvh.workbench.market.HistoricalEpisode;
import com.alvh.workbench.market.MarketEvent;
import com.alvh.workbench.scenario.Scenario;
import com.alvh.workbench.scenario.SimulationResult;
import com.alvh.workbench.sim.CampaignResult;
import com.alvh.workbench.ui.common.Formats;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One replayed episode, day by day: what the playback shows. Arrays are indexed by trading day
 * (step 0 is the first day of the window) and owned by this record; callers must not modify them.
 *
 * @param episode the episode
 * @param policyName the hedge policy replayed (the scenario's policy under study)
 * @param capital account capital (USD)
 * @param dates trading dates
 * @param spx SPX closes (index points)
 * @param vix VIX closes (index points)
 * @param equity account equity of the hedged policy after each day (USD)
 * @param unhedgedEquity account equity of the same condors without hedges after each day (USD)
 * @param condorOpen whether a condor was on after each day
 * @param layerNames the hedge layers (the reserve's deployment last, if any)
 * @param layerOpen per layer, whether it was on after each day ({@code [layer][day]})
 * @param triggerLevels the VIX levels the layers' triggers compare VIX with
 * @param callouts a layer entering, rolling or leaving, day by day, with the reason read off the day's market
 * @param events named market events inside the window
 */
public record PlaybackData(HistoricalEpisode episode, String policyName, double capital, LocalDate[] dates,
                           double[] spx, double[] vix, double[] equity, double[] unhedgedEquity, boolean[] condorOpen,
                           List<String> layerNames, boolean[][] layerOpen, List<TriggerLevel> triggerLevels,
                           List<Callout> callouts, List<MarketEvent> events) {

    /**
     * A VIX level a trigger compares VIX with.
     *
     * @param vix the level (index points)
     * @param label the layers it switches on, e.g. "Tail SPX puts: VIX &gt; 25"
     */
    public record TriggerLevel(double vix, String label) {
    }

    /**
     * A layer entering, rolling or leaving.
     *
     * @param day the trading day (index)
     * @param text e.g. "VIX 25.4 &gt; 25: Tail SPX puts on"
     * @param on true for an entry or roll, false for an exit
     */
    public record Callout(int day, String text, boolean on) {

        /** The callout as the chart writes it: the first reason only ("VIX 39.6 > 20: Regime VIX calls on"). */
        public String shortText() {
            int and = text.indexOf(" and ");
            int colon = text.lastIndexOf(": ");
            if (and < 0 || colon < 0 || and > colon) {
                return text.replace(" (exit rule, take profit or expiry)", "");
            }
            return text.substring(0, and) + text.substring(colon);
        }
    }

    public PlaybackData {
        Objects.requireNonNull(episode, "episode");
        Objects.requireNonNull(policyName, "policyName");
        layerNames = List.copyOf(layerNames);
        triggerLevels = List.copyOf(triggerLevels);
        callouts = List.copyOf(callouts);
        events = List.copyOf(events);
        int n = dates.length;
        if (n < 2) {
            throw new IllegalArgumentException("dates must hold at least 2 days, had " + n);
        }
        if (spx.length != n || vix.length != n || equity.length != n || unhedgedEquity.length != n
                || condorOpen.length != n) {
            throw new IllegalArgumentException("spx, vix, equity, unhedgedEquity and condorOpen must have " + n
                    + " days, had " + spx.length + ", " + vix.length + ", " + equity.length + ", "
                    + unhedgedEquity.length + ", " + condorOpen.length);
        }
        if (layerOpen.length != layerNames.size()) {
            throw new IllegalArgumentException("layerOpen must have one row per layer (" + layerNames.size()
                    + "), had " + layerOpen.length);
        }
        for (int l = 0; l < layerOpen.length; l++) {
            if (layerOpen[l].length != n) {
                throw new IllegalArgumentException("layerOpen[" + l + "] must have " + n + " days, had "
                        + layerOpen[l].length);
            }
        }
    }

    /**
     * The playback of a replay run: the scenario's policy under study (hedged equity, layers) and its
     * unhedged baseline on the same real closes, the layers' VIX trigger levels and a callout each time
     * a layer enters, rolls or leaves.
     *
     * @param episode the episode replayed
     * @param scenario the replay scenario that was run (one path, dated steps)
     * @param result its run
     * @param vix3m VIX3M closes of the same days (NaN where unknown), for the callouts' reasons
     * @return the playback
     */
    public static PlaybackData of(HistoricalEpisode episode, Scenario scenario, SimulationResult result,
                                  double[] vix3m) {
        CampaignResult primary = result.primary().result();
        CampaignResult.SamplePath p = primary.samples().get(0);
        LocalDate[] dates = scenario.dates().toArray(new LocalDate[0]);
        double[] unhedged = result.unhedged().map(e -> e.result().samples().get(0).equity())
                .orElseGet(() -> nan(dates.length));
        AlvhPolicy policy = scenario.campaign().policy();
        List<Trigger> triggers = new ArrayList<>();
        for (HedgeLayer layer : policy.layers()) {
            triggers.add(layer.entry());
        }
        if (policy.reserve().active()) {
            triggers.add(policy.reserve().breach());
        }
        ReplayInputs inputs = new ReplayInputs(p.spot(), p.vix(), vix3m, p.equity(), primary.capital(),
                scenario.campaign().vixCurve());
        return new PlaybackData(episode, primary.policyName(), primary.capital(), dates, p.spot(), p.vix(), p.equity(),
                unhedged, p.condorOpen(), primary.layerNames(), p.layerOpen(),
                levels(primary.layerNames(), triggers), callouts(primary.layerNames(), triggers, p, inputs),
                MarketEvent.between(dates[0], dates[dates.length - 1]));
    }

    private static double[] nan(int n) {
        double[] out = new double[n];
        java.util.Arrays.fill(out, Double.NaN);
        return out;
    }

    private static List<TriggerLevel> levels(List<String> names, List<Trigger> triggers) {
        Map<Double, List<String>> byLevel = new LinkedHashMap<>();
        for (int l = 0; l < triggers.size() && l < names.size(); l++) {
            for (double level : TriggerExplanation.vixLevels(triggers.get(l))) {
                byLevel.computeIfAbsent(level, k -> new ArrayList<>()).add(names.get(l));
            }
        }
        List<TriggerLevel> out = new ArrayList<>();
        byLevel.forEach((level, layers) -> out.add(new TriggerLevel(level,
                String.join(", ", layers) + ": VIX " + Formats.points(level))));
        return out;
    }

    private static List<Callout> callouts(List<String> names, List<Trigger> triggers, CampaignResult.SamplePath p,
                                          ReplayInputs inputs) {
        List<Callout> out = new ArrayList<>();
        int n = p.equity().length;
        for (int l = 0; l < names.size() && l < triggers.size(); l++) {
            boolean[] open = p.layerOpen()[l];
            java.util.Set<Integer> entries = new java.util.HashSet<>(p.layerEntrySteps().get(l));
            for (int t = 0; t < n; t++) {
                boolean was = t > 0 && open[t - 1];
                if (entries.contains(t)) {
                    inputs.day = t;
                    String reason = TriggerExplanation.reason(triggers.get(l), inputs, 0);
                    String what = names.get(l) + (was ? " rolled" : " on");
                    out.add(new Callout(t, reason.isEmpty() ? what + " (" + triggers.get(l).describe() + ")"
                            : reason + ": " + what, true));
                } else if (was && !open[t]) {
                    out.add(new Callout(t, names.get(l) + " off (exit rule, take profit or expiry) at VIX "
                            + Formats.points(p.vix()[t]), false));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Callout::day));
        return out;
    }

    /** Number of trading days. */
    public int days() {
        return dates.length;
    }

    /** P&amp;L of the hedged policy since the start of the episode after day {@code i} (USD). */
    public double pnl(int i) {
        return equity[i] - capital;
    }

    /** P&amp;L of the unhedged condors since the start after day {@code i} (USD; NaN if not run). */
    public double unhedgedPnl(int i) {
        return unhedgedEquity[i] - capital;
    }

    /** The callouts of day {@code i}. */
    public List<Callout> calloutsOn(int i) {
        return callouts.stream().filter(c -> c.day() == i).toList();
    }
}
