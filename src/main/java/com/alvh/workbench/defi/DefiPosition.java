package com.alvh.workbench.defi;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A DeFi position simulated along paths: an LP portfolio, a stable LP, an insurance pool, a farm.
 * The position is data; {@link #open} makes the per-block mutable {@link Book} the engine drives.
 */
public interface DefiPosition {

    /** A label. */
    String name();

    /** Account capital at step 0 (USD): the P&amp;L is measured from it. */
    double capital();

    /** Index of the market asset that puts and perps are written on. */
    int hedgeAsset();

    /**
     * Whether a run's sample paths carry the stablecoin's price (with the layers' entries on it) and the
     * position's value, instead of the hedge asset's realised vol and price: for positions whose risk is
     * the peg (a stable LP).
     */
    default boolean chartsPeg() {
        return false;
    }

    /** What {@link Book#metric} measures, e.g. "capital adequacy ratio". */
    String metricName();

    /** Expected claims per year (USD) for pricing {@link DefiInstrument#CLAIMS_COVER}; NaN if the position has none. */
    default double expectedClaimsPerYear() {
        return Double.NaN;
    }

    /**
     * Expected smart-contract exploit loss per year per USD of the position's starting value, for pricing
     * {@link DefiInstrument#PROTOCOL_COVER}; NaN if the position has no exploit risk.
     */
    default double expectedExploitLossRate() {
        return Double.NaN;
    }

    /**
     * A fresh book for a block of paths.
     *
     * @param paths paths in the block
     * @param market the market model (asset names, peg)
     */
    Book open(int paths, DefiMarketModel market);

    /** Per-block state of the position, struct of arrays. */
    interface Book {

        /** Enters the position at step 0. */
        void start(DefiPathState state);

        /**
         * Moves the position one step: fees, emissions, premiums, claims, exploits. Draws its own
         * event randomness from {@code random} in an order that does not depend on any hedge, so
         * hedged and unhedged runs see the same events (common random numbers).
         */
        void step(DefiPathState state, int step, double dt, UniformRandomProvider random);

        /** Liquidation value of path {@code i} including its accrued cash (USD). */
        double value(int i);

        /** USD exposure of path {@code i} to the hedge asset (delta x price). */
        double assetExposure(int i);

        /** USD notional of path {@code i}'s exposure to the stablecoin (coins held x 1). */
        default double pegExposure(int i) {
            return 0.0;
        }

        /** Claims path {@code i} incurred this step (USD; insurance pools only). */
        default double claimsThisStep(int i) {
            return 0.0;
        }

        /** Exploit losses path {@code i} took this step (USD; LP portfolios only), what protocol cover reimburses. */
        default double exploitLossThisStep(int i) {
            return 0.0;
        }

        /**
         * A uniform in [0, 1) the position drew this step for path {@code i} whatever happens, which
         * decides whether a cover claim made this step is approved (approved when below the approval
         * probability), so that hedges draw nothing of their own.
         */
        default double claimDraw(int i) {
            return 1.0;
        }

        /** The position's own metric for path {@code i} (see {@link DefiPosition#metricName}). */
        double metric(int i);
    }
}
