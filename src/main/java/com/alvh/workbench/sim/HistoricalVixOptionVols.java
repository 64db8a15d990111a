package com.alvh.workbench.sim;

import com.alvh.workbench.market.MarketHistory;

import java.time.LocalDate;
import java.util.Locale;

/**
 * VIX option vols on a day of history: the day's VVIX (Cboe's 30-day implied volatility of VIX) as the
 * 30-day Black-76 vol, times {@link VixOptionTenorRule#factor} for other expiries:
 * {@code vol(d, T) = VVIX_d / 100 x factor(T)}.
 *
 * <p>VVIX is computed like the VIX from a strip of out-of-the-money VIX options, so it sits a little
 * above the at-the-money vol (VIX calls are bid over puts); the hedge layers buy out-of-the-money
 * calls, whose vols are above the at-the-money one too, so one vol for every strike is a fair middle.
 * VVIX is used from {@value #FIRST_RELIABLE} on (Cboe's 2006 values are sparse and implausible, see
 * {@code SOURCES.md}); on the three later days without a close (2010-11-11, 2013-05-13, 2026-07-23)
 * the previous close is carried. Before, there is no quote (NaN): combine with a stand-in
 * ({@link VixOptionVols.ByDay#orElse}). Immutable and thread-safe.
 */
public final class HistoricalVixOptionVols implements VixOptionVols.ByDay {

    /** First day whose VVIX is used. */
    public static final String FIRST_RELIABLE = "2007-01-03";
    private static final LocalDate FIRST = LocalDate.parse(FIRST_RELIABLE);
    /** Longest run of missing VVIX closes carried over (trading days). */
    static final int MAX_CARRY_DAYS = 3;

    private final int anchorDay;
    /** VVIX / 100 per day (decimal per sqrt(year)), NaN where there is none. */
    private final double[] level;

    /**
     * @param history the days the paths' cursors index
     * @param anchorDay the day read for a negative cursor (a bootstrap path before its first draw)
     */
    public HistoricalVixOptionVols(MarketHistory history, int anchorDay) {
        int n = history.size();
        if (anchorDay < 0 || anchorDay >= n) {
            throw new IllegalArgumentException("anchorDay must be in 0.." + (n - 1) + ", was " + anchorDay);
        }
        this.anchorDay = anchorDay;
        this.level = levels(history);
    }

    /** VVIX / 100 per day, carried over short gaps, NaN before {@value #FIRST_RELIABLE}. */
    static double[] levels(MarketHistory history) {
        int n = history.size();
        double[] out = new double[n];
        double last = Double.NaN;
        int carried = 0;
        for (int d = 0; d < n; d++) {
            double v = history.date(d).isBefore(FIRST) ? Double.NaN : history.vvixClose(d);
            if (Double.isNaN(v)) {
                carried++;
                out[d] = carried <= MAX_CARRY_DAYS ? last : Double.NaN;
            } else {
                carried = 0;
                last = v / 100.0;
                out[d] = last;
            }
        }
        return out;
    }

    @Override
    public double at(int cursor, double expiry) {
        return level[cursor < 0 ? anchorDay : cursor] * VixOptionTenorRule.factor(expiry);
    }

    @Override
    public boolean dependsOnDay() {
        return true;
    }

    /**
     * One line for a run's model description.
     *
     * @param window the replayed or sampled days
     * @param standInVol the flat vol used on days without VVIX (decimal)
     * @param sampled whether the days are sampled (bootstrap)
     * @return the text
     */
    public static String describe(MarketHistory window, double standInVol, boolean sampled) {
        double[] l = levels(window);
        int without = 0;
        for (double x : l) {
            if (Double.isNaN(x)) {
                without++;
            }
        }
        String rule = "VIX options: Black-76 off the matching future at the day's VVIX x a tenor factor "
                + "(1.14 at 5 trading days, 1 at 21, 0.78 at 63)";
        if (without == 0) {
            return rule;
        }
        return String.format(Locale.ROOT, "%s; no usable VVIX before %s, so the flat %.0f %% stands in on %d %s day%s",
                rule, FIRST_RELIABLE, 100 * standInVol, without, sampled ? "of the " + window.size() + " sampled"
                        : "replayed", without == 1 ? "" : "s");
    }
}
