package com.alvh.workbench.defi;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A multi-asset crypto market (several chains' tokens and a stablecoin) that fills a block of
 * paths step by step. Immutable and thread-safe; per-path state lives in the {@link DefiPathState},
 * randomness comes from the stream the engine passes in.
 */
public interface DefiMarketModel {

    /** Asset names, in state order. */
    java.util.List<String> assetNames();

    /**
     * The long-run (unconditional) volatility of asset {@code a} (decimal per sqrt year): what the option
     * market's forecast reverts to ({@link HedgeTerms#impliedVol}).
     */
    double longRunVol(int a);

    /** The stablecoin process, or null if the market has none (peg stays 1). */
    PegSpec peg();

    /** Writes step 0 into every path of the block. */
    void initialise(DefiPathState state);

    /**
     * Advances every path by one step of {@code dt} years.
     *
     * @param state the block at {@code step - 1} on entry, {@code step} on return
     * @param step 1-based step
     * @param dt step length (years)
     * @param random the block's stream
     */
    void advance(DefiPathState state, int step, double dt, UniformRandomProvider random);
}
