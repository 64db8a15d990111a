package com.alvh.workbench.sim;

/** The SPX level an equity position's options settle at on their expiry day. */
public enum Settlement {
    /** The expiry day's close (PM-settled SPXW options; the only choice on model paths). */
    CLOSE,
    /**
     * The expiry day's open, the daily data's stand-in for the Special Opening Quotation that standard
     * monthly SPX options settle at (AM settlement); the close where a model has no open.
     */
    OPEN
}
