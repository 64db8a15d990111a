package com.alvh.workbench.sim;

/**
 * The market state of one block of paths at one step, struct-of-arrays: entry {@code i} of every
 * array belongs to path {@code i} of the block. Models write it, observers read it; it is owned by
 * one worker thread at a time and never shared.
 *
 * <p>Units: {@code spot}, {@code vix} and {@code vix3m} in index points, {@code variance} the
 * instantaneous variance of SPX returns per year (decimal squared).
 */
public final class PathState {

    /** SPX level per path (index points). */
    public final double[] spot;
    /** Instantaneous variance per path (per year). */
    public final double[] variance;
    /** 30-day implied volatility index per path, consistent with the model (index points). */
    public final double[] vix;
    /** Three-month implied volatility index per path (index points); NaN where the model has none. */
    public final double[] vix3m;
    /** Nine-day implied volatility index (VIX9D) per path (index points); NaN unless the model sets it. */
    public final double[] vix9d;
    /** Six-month implied volatility index (VIX6M) per path (index points); NaN unless the model sets it. */
    public final double[] vix6m;
    /**
     * SPX at the step's open per path (index points), for options that settle at the open; NaN unless the
     * model has opens (a replay of history).
     */
    public final double[] open;
    /** A per-path cursor a model may keep (e.g. the bootstrap's position in history); not market data. */
    public final int[] cursor;

    private final int size;

    /**
     * @param size number of paths in the block (&gt; 0)
     */
    public PathState(int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("block size must be > 0, was " + size);
        }
        this.size = size;
        this.spot = new double[size];
        this.variance = new double[size];
        this.vix = new double[size];
        this.vix3m = new double[size];
        this.vix9d = new double[size];
        this.vix6m = new double[size];
        this.open = new double[size];
        java.util.Arrays.fill(vix9d, Double.NaN);
        java.util.Arrays.fill(vix6m, Double.NaN);
        java.util.Arrays.fill(open, Double.NaN);
        this.cursor = new int[size];
    }

    /** Number of paths in this block. */
    public int size() {
        return size;
    }
}
