package com.alvh.workbench.hedge;

/** The series an indicator is computed on. */
public enum IndicatorSeries {
    /** SPX closes. */
    SPX,
    /** VIX closes. */
    VIX
}
