package com.alvh.workbench.risk;

/**
 * The mean of a per-path difference between two policies run on the same paths (common random
 * numbers), with its standard error: {@code d_i = a_i - b_i}, mean {@code dbar}, standard error
 * {@code s_d / sqrt(n)} with {@code s_d} the sample standard deviation of the {@code d_i}. Because
 * both policies see the same market, the difference's error is far below either mean's own error:
 * this is the error to quote for "hedged minus unhedged".
 *
 * @param mean mean difference (unit of the inputs, e.g. USD)
 * @param standardError standard error of the mean difference; NaN for a single path
 * @param paths number of paths
 */
public record PairedDifference(double mean, double standardError, int paths) {

    /**
     * @param a outcomes of the first policy, one per path (finite)
     * @param b outcomes of the second policy on the same paths, same length
     * @return {@code a - b} summarised
     * @throws IllegalArgumentException if the lengths differ, are 0, or a value is not finite (names its index)
     */
    public static PairedDifference of(double[] a, double[] b) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("paired samples need the same positive length, had " + a.length
                    + " and " + b.length);
        }
        int n = a.length;
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(a[i]) || !Double.isFinite(b[i])) {
                throw new IllegalArgumentException("paired samples must be finite; path " + i + " was " + a[i]
                        + " and " + b[i]);
            }
            sum += a[i] - b[i];
        }
        double mean = sum / n;
        if (n < 2) {
            return new PairedDifference(mean, Double.NaN, n);
        }
        double squares = 0.0;
        for (int i = 0; i < n; i++) {
            double d = a[i] - b[i] - mean;
            squares += d * d;
        }
        return new PairedDifference(mean, Math.sqrt(squares / (n - 1) / n), n);
    }
}
