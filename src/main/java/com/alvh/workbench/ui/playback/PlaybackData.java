package com.alvh.workbench.ui.playback;

import com.alvh.workbench.market.HistoricalEpisode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One replayed episode, day by day: what the playback shows. Arrays are indexed by trading day
 * (step 0 is the first day of the slice) and owned by this record; callers must not modify them.
 *
 * @param episode the episode
 * @param policyName the hedge policy replayed
 * @param capital account capital (USD)
 * @param dates trading dates
 * @param spx SPX closes (index points)
 * @param vix VIX closes (index points)
 * @param equity account equity after each day (USD)
 * @param condorOpen whether a condor was on after each day
 * @param layerNames the hedge layers (the reserve's deployment last, if any)
 * @param layerOpen per layer, whether it was on after each day ({@code [layer][day]})
 */
public record PlaybackData(HistoricalEpisode episode, String policyName, double capital, LocalDate[] dates,
                           double[] spx, double[] vix, double[] equity, boolean[] condorOpen,
                           List<String> layerNames, boolean[][] layerOpen) {

    public PlaybackData {
        Objects.requireNonNull(episode, "episode");
        Objects.requireNonNull(policyName, "policyName");
        layerNames = List.copyOf(layerNames);
        int n = dates.length;
        if (n < 2) {
            throw new IllegalArgumentException("dates must hold at least 2 days, had " + n);
        }
        if (spx.length != n || vix.length != n || equity.length != n || condorOpen.length != n) {
            throw new IllegalArgumentException("spx, vix, equity and condorOpen must have " + n + " days, had "
                    + spx.length + ", " + vix.length + ", " + equity.length + ", " + condorOpen.length);
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

    /** Number of trading days. */
    public int days() {
        return dates.length;
    }

    /** P&amp;L since the start of the episode after day {@code i} (USD). */
    public double pnl(int i) {
        return equity[i] - capital;
    }
}
