package com.alvh.workbench.hedge;

/** What a hedge layer buys. */
public enum HedgeInstrumentKind {
    /** Long VIX calls (Black-76 off the VIX future of the same expiry). */
    VIX_CALL,
    /** Long VIX call, short a higher-strike VIX call: cheaper, capped. */
    VIX_CALL_SPREAD,
    /** Long VIX futures (multiplier 1000). */
    VIX_FUTURE,
    /** Long SPX puts (at the skew's vol for the strike). */
    SPX_PUT
}
