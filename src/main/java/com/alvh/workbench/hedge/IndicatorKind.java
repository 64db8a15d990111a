package com.alvh.workbench.hedge;

/** Technical indicators usable in triggers (see {@code market.StreamingIndicators} for definitions). */
public enum IndicatorKind {
    /** Wilder RSI (14), 0 to 100. */
    RSI,
    /** MACD line, EMA(12) minus EMA(26), in the series' units. */
    MACD,
    /** MACD minus its 9-period signal line. */
    MACD_HISTOGRAM,
    /** The series over its simple moving average, minus one (e.g. 0.05 = 5 % above the average). */
    DISTANCE_FROM_MOVING_AVERAGE
}
