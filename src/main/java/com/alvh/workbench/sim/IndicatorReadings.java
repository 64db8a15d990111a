package com.alvh.workbench.sim;

import com.alvh.workbench.hedge.IndicatorKind;
import com.alvh.workbench.market.StreamingIndicators;

/** What an indicator trigger reads from a block's streaming indicators, for both engines. */
public final class IndicatorReadings {

    /** Moving-average window and RSI period for indicator triggers (steps). */
    public static final int MA_WINDOW = 20;
    public static final int RSI_PERIOD = 14;

    private IndicatorReadings() {
    }

    /**
     * The value of {@code kind} on path {@code i}: RSI (0-100), MACD and its histogram (units of
     * the series), or the distance from the moving average as a fraction ({@code last / MA - 1});
     * NaN while warming up.
     *
     * @param indicators the series' indicators
     * @param kind which indicator
     * @param i path index in the block
     */
    public static double read(StreamingIndicators indicators, IndicatorKind kind, int i) {
        return switch (kind) {
            case RSI -> indicators.rsi(i);
            case MACD -> indicators.macd(i);
            case MACD_HISTOGRAM -> indicators.macdHistogram(i);
            case DISTANCE_FROM_MOVING_AVERAGE -> indicators.last(i) / indicators.movingAverage(i) - 1.0;
        };
    }
}
