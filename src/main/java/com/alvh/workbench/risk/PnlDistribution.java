package com.alvh.workbench.risk;

import java.util.Arrays;

/**
 * Summary of a sample of P&amp;L outcomes (one per path, USD): mean, standard deviation and
 * standard error, value at risk, expected shortfall and the probability of a loss.
 *
 * <p>Conventions: losses are negative P&amp;L. {@code VaR(alpha)} is the loss not exceeded with
 * probability {@code alpha}: with the outcomes sorted ascending and {@code k = ceil((1 - alpha) n)},
 * {@code VaR = -x_(k)} (the k-th smallest). {@code CVaR(alpha)} (expected shortfall) is minus the
 * mean of the {@code k} smallest outcomes, so {@code CVaR >= VaR}. Both are reported as positive
 * numbers when they are losses.
 */
public final class PnlDistribution {

    private final double[] sorted;
    private final double mean;
    private final double standardDeviation;

    private PnlDistribution(double[] sorted, double mean, double standardDeviation) {
        this.sorted = sorted;
        this.mean = mean;
        this.standardDeviation = standardDeviation;
    }

    /**
     * @param pnl outcomes in USD, one per path (at least 1, all finite; a replay of history is one
     *     path, whose standard deviation is NaN); not modified
     * @return the summary
     * @throws IllegalArgumentException if there is no outcome or one is not finite (names its index)
     */
    public static PnlDistribution of(double[] pnl) {
        if (pnl.length < 1) {
            throw new IllegalArgumentException("pnl needs at least 1 outcome, had 0");
        }
        double sum = 0.0;
        for (int i = 0; i < pnl.length; i++) {
            if (!Double.isFinite(pnl[i])) {
                throw new IllegalArgumentException("pnl[" + i + "] is not finite: " + pnl[i]);
            }
            sum += pnl[i];
        }
        double mean = sum / pnl.length;
        double squares = 0.0;
        for (double x : pnl) {
            squares += (x - mean) * (x - mean);
        }
        double[] sorted = pnl.clone();
        Arrays.sort(sorted);
        double sd = pnl.length < 2 ? Double.NaN : Math.sqrt(squares / (pnl.length - 1));
        return new PnlDistribution(sorted, mean, sd);
    }

    /** Number of outcomes. */
    public int count() {
        return sorted.length;
    }

    /** Sample mean (USD). */
    public double mean() {
        return mean;
    }

    /** Sample standard deviation with {@code n - 1} (USD); NaN for a single outcome. */
    public double standardDeviation() {
        return standardDeviation;
    }

    /** Standard error of the mean, {@code sd / sqrt(n)} (USD). */
    public double standardError() {
        return standardDeviation / Math.sqrt(sorted.length);
    }

    /** Worst outcome (USD). */
    public double min() {
        return sorted[0];
    }

    /** Best outcome (USD). */
    public double max() {
        return sorted[sorted.length - 1];
    }

    /**
     * Empirical quantile, the smallest outcome with at least {@code p n} outcomes at or below it.
     *
     * @param p probability in (0, 1]
     * @return the quantile (USD)
     */
    public double quantile(double p) {
        checkProbability("p", p);
        int k = Math.max(1, (int) Math.ceil(p * sorted.length - 1e-9));
        return sorted[k - 1];
    }

    /**
     * Value at risk at confidence {@code alpha} (e.g. 0.95, 0.99), positive for a loss (USD).
     *
     * @param alpha confidence in (0, 1)
     */
    public double valueAtRisk(double alpha) {
        checkConfidence(alpha);
        return -sorted[tailCount(alpha) - 1];
    }

    /**
     * Expected shortfall (CVaR) at confidence {@code alpha}: minus the mean of the worst
     * {@code ceil((1 - alpha) n)} outcomes (USD, positive for a loss).
     *
     * @param alpha confidence in (0, 1)
     */
    public double expectedShortfall(double alpha) {
        checkConfidence(alpha);
        int k = tailCount(alpha);
        double sum = 0.0;
        for (int i = 0; i < k; i++) {
            sum += sorted[i];
        }
        return -sum / k;
    }

    /** Fraction of outcomes strictly below zero. */
    public double probabilityOfLoss() {
        return fractionBelow(0.0);
    }

    /**
     * Fraction of outcomes strictly below {@code threshold} (e.g. minus the capital for ruin).
     *
     * @param threshold P&amp;L level (USD)
     */
    public double fractionBelow(double threshold) {
        int i = Arrays.binarySearch(sorted, threshold);
        if (i < 0) {
            return (double) (-i - 1) / sorted.length;
        }
        while (i > 0 && sorted[i - 1] == threshold) {
            i--;
        }
        return (double) i / sorted.length;
    }

    private int tailCount(double alpha) {
        return Math.max(1, (int) Math.ceil((1.0 - alpha) * sorted.length - 1e-9));
    }

    private static void checkConfidence(double alpha) {
        if (!(alpha > 0.0 && alpha < 1.0)) {
            throw new IllegalArgumentException("confidence alpha must be in (0, 1), was " + alpha);
        }
    }

    private static void checkProbability(String name, double p) {
        if (!(p > 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException(name + " must be in (0, 1], was " + p);
        }
    }
}
