package com.alvh.workbench.hedge;

/** Scheduled macro events a "time-shifting" trigger can look ahead to. */
public enum EventKind {
    /** FOMC rate decision. */
    FOMC,
    /** US CPI release. */
    CPI,
    /** US PPI release. */
    PPI
}
