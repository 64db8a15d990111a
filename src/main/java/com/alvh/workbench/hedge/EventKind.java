package com.alvh.workbench.hedge;

/** Scheduled macro events a "time-shifting" trigger can look ahead to. */
public enum EventKind {
    /** FOMC rate decision. */
    FOMC,
    /** US CPI release. */
    CPI,
    /** US PPI release. */
    PPI,
    /** US employment situation release (non-farm payrolls), usually the first Friday of the month. */
    NFP
}
