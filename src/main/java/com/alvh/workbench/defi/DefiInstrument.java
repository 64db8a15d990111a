package com.alvh.workbench.defi;

/**
 * What a DeFi hedge layer buys. A {@link com.alvh.workbench.hedge.HedgeLayer} keeps its trigger,
 * strike, tenor, size and exit rules; {@link DefiHedgePolicy} maps the layer (by name) to one of
 * these instead of its equity {@code HedgeInstrumentKind}.
 */
public enum DefiInstrument {
    /** Long puts on the position's hedge asset (ETH, BTC, the governance token), Black-Scholes marks. */
    ASSET_PUT,
    /** A short perpetual future on the hedge asset: linear P&amp;L, pays the funding rate while open. */
    PERP_SHORT,
    /** A put on the stablecoin's price (depeg cover): pays {@code max(K - peg, 0)} per USD of notional. */
    PEG_PUT,
    /** Excess-of-loss cover for an insurance pool: reimburses a share of the claims the pool incurs while open. */
    CLAIMS_COVER,
    /**
     * Protocol cover (as Nexus Mutual sells it) on an LP book's smart-contract risk: an amount in USD; an
     * exploit loss while it is open is claimed up to what is left of the amount, approved with the terms'
     * probability and paid after their delay (also after the cover has expired).
     */
    PROTOCOL_COVER
}
