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
 * that day's SPX return and VIX ratio. Matching on the level keeps what a plain
 * bootstrap of changes loses: VIX mean-reverts, high VIX comes with large SPX moves, and a path at
 * VIX 45 does not borrow the changes of a calm summer. Pairs are drawn jointly, so the SPX/VIX
 * correlation of the data is kept.
 *
 * <p>The cursor of a path is the history day its state mirrors now: VIX futures and VIX option vols
 * are that day's real ones ({@link HistoricalVixFutures}, scaled to the path's VIX;
 * {@link HistoricalVixOptionVols}). A path starts on one of the {@link #startNeighbours()} days whose
 * VIX is nearest the starting VIX (more than {@code neighbours}: every path starts at the same VIX),
 * which gives its quotes at step 0, and its first block continues from that day.
 *
 * <p>The other indices of the term structure (VIX9D, VIX3M, VIX6M) are the path's day's closes scaled
 * by the path's VIX over the day's VIX, like its VIX futures curve: the shape of the sampled day's term
 * structure at the path's level, NaN where the day has none (as on a replay). Carried by their own
 * daily ratios instead, a path kept its starting VIX3M / VIX (the scenario's 18 / 16) through every
 * later block and every day without VIX3M (before 2007-12), and SPX options quoted off the term
 * structure with it: the unhedged condor of the base sample earned 69,117 a quarter on the 1990..2025
 * bootstrap with VIX3M 18 at the start and 40,661 with 16 (docs/model.md).
 *
 * <p>Parameters: the history to sample from (at least {@code neighbours + 1} days), the starting
 * SPX and VIX (index points), the mean block length {@code L} in trading
 * days (&gt;= 1) and how many nearest-VIX days a new block may start from (&gt;= 1). Immutable and
 * safe to share across worker threads.
 */
public final class BlockBootstrapModel implements MarketModel {

    private final MarketHistory history;
    private final double spot0;
    private final double vix0;
    private final double meanBlockLength;
    private final int neighbours;
    /** Days of the history sorted by VIX close (the last day is left out: it has no next day). */
    private final int[] daysByVix;
    /** The VIX close of each entry of {@link #daysByVix}, ascending. */
    private final double[] sortedVix;
    /** The day read for a negative cursor (a curve or vol asked before any day; paths start on a day). */
    private final int anchorDay;
    /** How many nearest-VIX days a path's first block may start from (see {@link #startNeighbours()}). */
    private final int startNeighbours;
    /** The {@link #startNeighbours} days nearest the starting VIX, in VIX order. */
    private final int[] startDays;

    /**
     * @throws IllegalArgumentException naming the bad parameter
     */
    public BlockBootstrapModel(MarketHistory history, double spot0, double vix0, double meanBlockLength,
                               int neighbours) {
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
        this.meanBlockLength = meanBlockLength;
        this.neighbours = neighbours;
        this.daysByVix = IntStream.range(0, history.size() - 1).boxed()
                .sorted(Comparator.comparingDouble(history::vixClose))
                .mapToInt(Integer::intValue).toArray();
        this.sortedVix = Arrays.stream(daysByVix).mapToDouble(history::vixClose).toArray();
        int pos = Arrays.binarySearch(sortedVix, vix0);
        this.anchorDay = daysByVix[Math.min(pos >= 0 ? pos : -pos - 1, daysByVix.length - 1)];
        this.startNeighbours = Math.min(daysByVix.length,
                Math.max(neighbours, (int) Math.round(Math.sqrt(daysByVix.length))));
        int centre = pos >= 0 ? pos : -pos - 1;
        int lo = Math.max(0, Math.min(centre - startNeighbours / 2, daysByVix.length - startNeighbours));
        this.startDays = Arrays.copyOfRange(daysByVix, lo, lo + startNeighbours);
    }

    /**
     * How many nearest-VIX days a path's first block may start from: {@code max(neighbours, sqrt(n))}
     * for {@code n} days sampled from. Every path starts at the same VIX, so the first draw alone would
     * give the whole run only {@code neighbours} starting episodes (with 5, one of them 2007-07-18, the
     * eve of the August 2007 sell-off, started a fifth of all paths); later draws are at each path's own
     * VIX and spread over many days. {@code sqrt(n)} is the usual number of neighbours of a
     * nearest-neighbour bootstrap (Lall and Sharma 1996, "A nearest neighbor bootstrap for resampling
     * hydrologic time series", Water Resources Research 32(3)).
     */
    public int startNeighbours() {
        return startNeighbours;
    }

    /**
     * The day of the history whose VIX is nearest the starting VIX (the first such in VIX order): what
     * the quotes read for a negative cursor.
     */
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
        Arrays.fill(state.variance, vix0 * vix0 / 1e4);
        // Each path starts on one of the startNeighbours days nearest the starting VIX, stratified (path i
        // of the block on the (i mod k)-th): its quotes at step 0 are that day's, and its first block
        // continues from it. (The engine hands initialise no random stream; stratifying gives each
        // start day the same share of paths, up to one per block.)
        for (int i = 0; i < state.size(); i++) {
            state.cursor[i] = startDays[i % startDays.length];
            indicesOfDay(state, i);
        }
    }

    /**
     * The mean VIX3M the paths start at: the start days' VIX3M scaled to the starting VIX (index
     * points), over the start days that have one; NaN if none has.
     */
    public double startingVix3m() {
        double sum = 0;
        int n = 0;
        for (int d : startDays) {
            double v = history.vix3mClose(d);
            if (!Double.isNaN(v)) {
                sum += v * vix0 / history.vixClose(d);
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /**
     * VIX9D, VIX3M and VIX6M of path {@code i}: its day's closes scaled by the path's VIX over the day's
     * VIX (NaN where the day has none, as on a replay), like the day's VIX futures curve.
     */
    private void indicesOfDay(PathState state, int i) {
        int d = state.cursor[i];
        double scale = state.vix[i] / history.vixClose(d);
        state.vix9d[i] = history.vix9dClose(d) * scale;
        state.vix3m[i] = history.vix3mClose(d) * scale;
        state.vix6m[i] = history.vix6mClose(d) * scale;
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
                day = nearestDay(state.vix[i], neighbours, random);
            }
            state.spot[i] *= history.spxClose(day + 1) / history.spxClose(day);
            state.vix[i] *= history.vixClose(day + 1) / history.vixClose(day);
            state.variance[i] = state.vix[i] * state.vix[i] / 1e4;
            state.cursor[i] = day + 1;
            indicesOfDay(state, i);
        }
    }

    /** A day drawn uniformly among the {@code count} days with VIX nearest {@code level}. */
    int nearestDay(double level, int count, UniformRandomProvider random) {
        int n = daysByVix.length;
        int pos = Arrays.binarySearch(sortedVix, level);
        int centre = pos >= 0 ? pos : -pos - 1;
        // A window of `count` entries around the insertion point, kept inside the array.
        int lo = Math.max(0, Math.min(centre - count / 2, n - count));
        return daysByVix[lo + random.nextInt(count)];
    }
}
