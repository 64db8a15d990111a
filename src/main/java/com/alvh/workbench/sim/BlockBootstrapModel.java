package com.alvh.workbench.sim;

import com.alvh.workbench.market.MarketHistory;
import org.apache.commons.rng.UniformRandomProvider;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Paths that look like the past: a stationary block bootstrap (Politis and Romano 1994, "The
 * stationary bootstrap", JASA 89) of the daily SPX log-return and VIX log-change pairs, with block
 * starts matched to the path's current VIX level.
 *
 * <p>Each step either continues the current block (probability {@code 1 - 1/L}, so blocks have
 * geometric lengths with mean {@code L} days) or starts a new one at a day drawn uniformly among
 * the {@code neighbours} historical days whose VIX is nearest the path's VIX. The path then takes
 * that day's SPX return and VIX (and VIX3M) ratio. Matching on the level keeps what a plain
 * bootstrap of changes loses: VIX mean-reverts, high VIX comes with large SPX moves, and a path at
 * VIX 45 does not borrow the changes of a calm summer. Pairs are drawn jointly, so the SPX/VIX
 * correlation of the data is kept.
 *
 * <p>The cursor of a path is the history day its state mirrors now (-1 before the first draw): VIX
 * futures and VIX option vols are that day's real ones ({@link HistoricalVixFutures}, scaled to the
 * path's VIX; {@link HistoricalVixOptionVols}), and before the first draw those of the
 * {@linkplain #anchorDay() anchor day}, the day whose VIX is nearest the starting VIX.
 *
 * <p>Parameters: the history to sample from (at least {@code neighbours + 1} days), the starting
 * SPX, VIX and VIX3M (index points; VIX3M NaN if unknown), the mean block length {@code L} in trading
 * days (&gt;= 1) and how many nearest-VIX days a new block may start from (&gt;= 1). Immutable and
 * safe to share across worker threads.
 */
public final class BlockBootstrapModel implements MarketModel {

    private final MarketHistory history;
    private final double spot0;
    private final double vix0;
    private final double vix3m0;
    private final double meanBlockLength;
    private final int neighbours;
    /** Days of the history sorted by VIX close (the last day is left out: it has no next day). */
    private final int[] daysByVix;
    /** The VIX close of each entry of {@link #daysByVix}, ascending. */
    private final double[] sortedVix;
    /** The day whose quotes a path reads before its first draw. */
    private final int anchorDay;

    /**
     * @throws IllegalArgumentException naming the bad parameter
     */
    public BlockBootstrapModel(MarketHistory history, double spot0, double vix0, double vix3m0,
                               double meanBlockLength, int neighbours) {
        if (history == null) {
            throw new IllegalArgumentException("history is required");
        }
        if (neighbours < 1 || neighbours > history.size() - 1) {
            throw new IllegalArgumentException("neighbours must be in [1, " + (history.size() - 1) + "], was "
                    + neighbours);
        }
        if (!(meanBlockLength >= 1.0)) {
            throw new IllegalArgumentException("meanBlockLength must be >= 1 trading day, was " + meanBlockLength);
        }
        if (!(spot0 > 0.0) || !(vix0 > 0.0)) {
            throw new IllegalArgumentException("spot0 and vix0 must be positive, were " + spot0 + ", " + vix0);
        }
        this.history = history;
        this.spot0 = spot0;
        this.vix0 = vix0;
        this.vix3m0 = vix3m0;
        this.meanBlockLength = meanBlockLength;
        this.neighbours = neighbours;
        this.daysByVix = IntStream.range(0, history.size() - 1).boxed()
                .sorted(Comparator.comparingDouble(history::vixClose))
                .mapToInt(Integer::intValue).toArray();
        this.sortedVix = Arrays.stream(daysByVix).mapToDouble(history::vixClose).toArray();
        int pos = Arrays.binarySearch(sortedVix, vix0);
        this.anchorDay = daysByVix[Math.min(pos >= 0 ? pos : -pos - 1, daysByVix.length - 1)];
    }

    /** The day of the history whose VIX is nearest the starting VIX (the first such in VIX order). */
    public int anchorDay() {
        return anchorDay;
    }

    /** The history sampled from (the days the cursors index). */
    public MarketHistory history() {
        return history;
    }

    /** The real VX curve of the path's day, scaled to the path's VIX (NaN on days before 2007-04-02). */
    @Override
    public Optional<VixFutureCurve> ownVixFutures() {
        return Optional.of(new HistoricalVixFutures(history, anchorDay));
    }

    /** The path's day's VVIX with the tenor rule (NaN before 2007-01-03). */
    @Override
    public Optional<VixOptionVols.ByDay> ownVixOptionVols() {
        return Optional.of(new HistoricalVixOptionVols(history, anchorDay));
    }

    @Override
    public void initialise(PathState state) {
        Arrays.fill(state.spot, spot0);
        Arrays.fill(state.vix, vix0);
        Arrays.fill(state.vix3m, vix3m0);
        Arrays.fill(state.variance, vix0 * vix0 / 1e4);
        Arrays.fill(state.cursor, -1); // no block yet: the first step starts one
    }

    @Override
    public void advance(PathState state, int step, double dt, UniformRandomProvider random) {
        double newBlockProbability = 1.0 / meanBlockLength;
        int last = history.size() - 1;
        for (int i = 0; i < state.size(); i++) {
            // The move from the day the path mirrors to the next; a new block at the start, at random
            // with probability 1/L, or when the history runs out.
            int day = state.cursor[i];
            if (day < 0 || day >= last || random.nextDouble() < newBlockProbability) {
                day = nearestDay(state.vix[i], random);
            }
            double vixRatio = history.vixClose(day + 1) / history.vixClose(day);
            double vix3mRatio = history.vix3mClose(day + 1) / history.vix3mClose(day);
            state.spot[i] *= history.spxClose(day + 1) / history.spxClose(day);
            state.vix[i] *= vixRatio;
            // Where the history has no VIX3M the three-month index moves with VIX.
            state.vix3m[i] *= Double.isNaN(vix3mRatio) ? vixRatio : vix3mRatio;
            state.variance[i] = state.vix[i] * state.vix[i] / 1e4;
            state.cursor[i] = day + 1;
        }
    }

    /** A day drawn uniformly among the {@code neighbours} days with VIX nearest {@code level}. */
    int nearestDay(double level, UniformRandomProvider random) {
        int n = daysByVix.length;
        int pos = Arrays.binarySearch(sortedVix, level);
        int centre = pos >= 0 ? pos : -pos - 1;
        // A window of `neighbours` entries around the insertion point, kept inside the array.
        int lo = Math.max(0, Math.min(centre - neighbours / 2, n - neighbours));
        return daysByVix[lo + random.nextInt(neighbours)];
    }
}
