package com.alvh.workbench.market;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class StreamingIndicatorsTest {

    /**
     * The worked RSI example of StockCharts ChartSchool, "Relative Strength Index (RSI)", spreadsheet
     * cs-rsi.xls: QQQQ daily closes and the 14-period Wilder RSI column (4 decimals as published,
     * hence the tolerance). The first RSI appears on the 15th close.
     */
    private static final double[] CLOSES = {44.3389, 44.0902, 44.1497, 43.6124, 44.3278, 44.8264, 45.0955,
        45.4245, 45.8433, 46.0826, 45.8931, 46.0328, 45.6140, 46.2820, 46.2820, 46.0028, 46.0328, 46.4116,
        46.2222, 45.6439, 46.2122, 46.2521, 45.7137, 46.4515, 45.7835, 45.3548, 44.0288, 44.1783, 44.2181,
        44.5672, 43.4205, 42.6628, 43.1314};
    private static final double[] PUBLISHED_RSI = {70.5328, 66.3186, 66.5498, 69.4063, 66.3552, 57.9749,
        62.9296, 63.2571, 56.0593, 62.3771, 54.7076, 50.4228, 39.9898, 41.4605, 41.8689, 45.4632, 37.304,
        33.0795, 37.773};
    private static final double PUBLISHED_DECIMALS = 1e-3;

    @Test
    void rsiReproducesTheStockChartsWorkedExample() {
        StreamingIndicators ind = new StreamingIndicators(1, 3, 14);
        double[] one = new double[1];
        for (int t = 0; t < CLOSES.length; t++) {
            one[0] = CLOSES[t];
            ind.add(one);
            if (t < 14) {
                assertThat(ind.rsi(0)).as("no RSI before the 15th close").isNaN();
            } else {
                assertThat(ind.rsi(0)).as("RSI after close %d", t + 1)
                        .isEqualTo(PUBLISHED_RSI[t - 14], offset(PUBLISHED_DECIMALS));
            }
        }
    }

    @Test
    void movingAverageAndMacdAgainstDirectComputation() {
        int n = 60;
        double[] series = new double[n];
        for (int t = 0; t < n; t++) {
            series[t] = 100 + 10 * Math.sin(t / 5.0) + 0.3 * t;
        }
        StreamingIndicators ind = new StreamingIndicators(2, 5, 14);
        double fast = series[0];
        double slow = series[0];
        double signal = 0;
        for (int t = 0; t < n; t++) {
            ind.add(new double[] {series[t], -series[t]});
            if (t > 0) {
                fast += 2.0 / 13 * (series[t] - fast);
                slow += 2.0 / 27 * (series[t] - slow);
                signal = t == 1 ? fast - slow : signal + 0.2 * (fast - slow - signal);
            }
            if (t >= 4) {
                double sma = 0;
                for (int s = t - 4; s <= t; s++) {
                    sma += series[s];
                }
                assertThat(ind.movingAverage(0)).isEqualTo(sma / 5, offset(1e-9));
                assertThat(ind.movingAverage(1)).isEqualTo(-sma / 5, offset(1e-9));
            } else {
                assertThat(ind.movingAverage(0)).isNaN();
            }
            if (t >= 25) {
                assertThat(ind.macd(0)).isEqualTo(fast - slow, offset(1e-9));
                assertThat(ind.macdHistogram(0)).isEqualTo(fast - slow - signal, offset(1e-9));
                assertThat(ind.macd(1)).isEqualTo(-(fast - slow), offset(1e-9));
            }
        }
    }

    @Test
    void risingSeriesHasRsiOfHundred() {
        StreamingIndicators ind = new StreamingIndicators(1, 2, 3);
        for (int t = 0; t < 6; t++) {
            ind.add(new double[] {t});
        }
        assertThat(ind.rsi(0)).isEqualTo(100.0);
    }
}
