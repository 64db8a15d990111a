package com.alvh.workbench.defi;

/**
 * The market of one block of DeFi paths at one step, struct-of-arrays ({@code [asset][path]}).
 * Models write it, positions and hedges read it; owned by one worker thread.
 */
public final class DefiPathState {

    /** Asset prices (USD), {@code [asset][path]}. */
    public final double[][] price;
    /** Log return of the last step, {@code [asset][path]}. */
    public final double[][] logReturn;
    /** Volume traded in the asset's pools over the last step (USD), {@code [asset][path]}. */
    public final double[][] volume;
    /** Stablecoin price (USD, 1 at peg), per path. */
    public final double[] peg;
    /** Whether the stablecoin is in a death spiral, per path. */
    public final boolean[] pegDead;
    /**
     * A market model's own per-path state that is not a price (e.g. {@link TokenEconomyMarket}'s log
     * deviation of the token from its diluted value under sell pressure); 0 at the start.
     */
    public final double[] marketState;
    private final int size;

    /**
     * @param assets number of assets
     * @param size number of paths
     */
    public DefiPathState(int assets, int size) {
        if (assets < 1 || size < 1) {
            throw new IllegalArgumentException("assets and size must be >= 1, were " + assets + ", " + size);
        }
        this.size = size;
        price = new double[assets][size];
        logReturn = new double[assets][size];
        volume = new double[assets][size];
        peg = new double[size];
        pegDead = new boolean[size];
        marketState = new double[size];
    }

    /** Number of paths. */
    public int size() {
        return size;
    }

    /** Number of assets. */
    public int assets() {
        return price.length;
    }
}
