package com.alvh.workbench.market;

/**
 * Technical indicators updated one observation at a time for many series at once (struct of
 * arrays, one slot per path), so the path engine can keep them per path without objects.
 *
 * <ul>
 *   <li>Simple moving average over {@code maWindow} observations (ring buffer per path).</li>
 *   <li>RSI with Wilder's smoothing over {@code rsiPeriod} (Wilder 1978, "New Concepts in Technical
 *       Trading Systems"): average gain and loss seeded by their simple mean over the first
 *       {@code rsiPeriod} changes, then {@code avg = (avg (n - 1) + x) / n};
 *       {@code RSI = 100 - 100 / (1 + avgGain / avgLoss)}, 100 when there is no loss.</li>
 *   <li>MACD (Appel): {@code EMA_12 - EMA_26} of the series with {@code alpha = 2/(n+1)}, each EMA
 *       seeded with the first observation; the signal line is the 9-period EMA of MACD, and the
 *       histogram is MACD minus signal.</li>
 * </ul>
 * Until an indicator has enough observations it reports {@code NaN}, and a trigger on a
 * {@code NaN} indicator does not fire.
 */
public final class StreamingIndicators {

    /** Standard MACD periods (12, 26, 9). */
    public static final int MACD_FAST = 12;
    public static final int MACD_SLOW = 26;
    public static final int MACD_SIGNAL = 9;

    private final int size;
    private final int maWindow;
    private final int rsiPeriod;
    private final double[] ring;
    private final double[] ringSum;
    private final int[] count;
    private final double[] last;
    private final double[] avgGain;
    private final double[] avgLoss;
    private final double[] emaFast;
    private final double[] emaSlow;
    private final double[] emaSignal;

    /**
     * @param size number of series (paths)
     * @param maWindow moving-average window in observations (&gt;= 1)
     * @param rsiPeriod RSI period in observations (&gt;= 1), 14 by Wilder
     */
    public StreamingIndicators(int size, int maWindow, int rsiPeriod) {
        if (size <= 0 || maWindow < 1 || rsiPeriod < 1) {
            throw new IllegalArgumentException("size, maWindow and rsiPeriod must be positive, were "
                    + size + ", " + maWindow + ", " + rsiPeriod);
        }
        this.size = size;
        this.maWindow = maWindow;
        this.rsiPeriod = rsiPeriod;
        this.ring = new double[size * maWindow];
        this.ringSum = new double[size];
        this.count = new int[size];
        this.last = new double[size];
        this.avgGain = new double[size];
        this.avgLoss = new double[size];
        this.emaFast = new double[size];
        this.emaSlow = new double[size];
        this.emaSignal = new double[size];
    }

    /**
     * Adds the next observation of every series.
     *
     * @param values one value per series, in the series' own unit
     */
    public void add(double[] values) {
        double aFast = 2.0 / (MACD_FAST + 1);
        double aSlow = 2.0 / (MACD_SLOW + 1);
        double aSignal = 2.0 / (MACD_SIGNAL + 1);
        for (int i = 0; i < size; i++) {
            double x = values[i];
            int n = count[i];
            // moving average ring buffer
            int slot = i * maWindow + n % maWindow;
            if (n >= maWindow) {
                ringSum[i] -= ring[slot];
            }
            ring[slot] = x;
            ringSum[i] += x;
            if (n == 0) {
                emaFast[i] = x;
                emaSlow[i] = x;
                emaSignal[i] = 0.0;
            } else {
                double change = x - last[i];
                double gain = Math.max(change, 0.0);
                double loss = Math.max(-change, 0.0);
                if (n <= rsiPeriod) {
                    // accumulate the simple mean of the first rsiPeriod changes
                    avgGain[i] += gain / rsiPeriod;
                    avgLoss[i] += loss / rsiPeriod;
                } else {
                    avgGain[i] = (avgGain[i] * (rsiPeriod - 1) + gain) / rsiPeriod;
                    avgLoss[i] = (avgLoss[i] * (rsiPeriod - 1) + loss) / rsiPeriod;
                }
                emaFast[i] += aFast * (x - emaFast[i]);
                emaSlow[i] += aSlow * (x - emaSlow[i]);
                double macd = emaFast[i] - emaSlow[i];
                emaSignal[i] = n == 1 ? macd : emaSignal[i] + aSignal * (macd - emaSignal[i]);
            }
            last[i] = x;
            count[i] = n + 1;
        }
    }

    /** Simple moving average of series {@code i}, NaN before {@code maWindow} observations. */
    public double movingAverage(int i) {
        return count[i] >= maWindow ? ringSum[i] / maWindow : Double.NaN;
    }

    /** Wilder RSI of series {@code i} in [0, 100], NaN before {@code rsiPeriod + 1} observations. */
    public double rsi(int i) {
        if (count[i] <= rsiPeriod) {
            return Double.NaN;
        }
        if (avgLoss[i] == 0.0) {
            return avgGain[i] == 0.0 ? 50.0 : 100.0;
        }
        return 100.0 - 100.0 / (1.0 + avgGain[i] / avgLoss[i]);
    }

    /** MACD line of series {@code i}, NaN before {@code MACD_SLOW} observations. */
    public double macd(int i) {
        return count[i] >= MACD_SLOW ? emaFast[i] - emaSlow[i] : Double.NaN;
    }

    /** MACD minus its signal line, NaN before {@code MACD_SLOW} observations. */
    public double macdHistogram(int i) {
        return count[i] >= MACD_SLOW ? emaFast[i] - emaSlow[i] - emaSignal[i] : Double.NaN;
    }

    /** Last observation of series {@code i}. */
    public double last(int i) {
        return last[i];
    }

    /** Number of observations seen by series {@code i}. */
    public int observations(int i) {
        return count[i];
    }
}
