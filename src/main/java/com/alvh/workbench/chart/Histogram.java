package com.alvh.workbench.chart;

import java.util.Objects;

/**
 * Equal-width bins shared by several samples, so overlaid histograms compare bin by bin.
 *
 * <p>The bins span {@code [lower, upper]}; a value equal to {@code upper} falls in the last bin.
 * Heights are shares of each sample's own count in percent, so samples of different sizes
 * compare, and each sample's heights add up to 100.
 *
 * @param lower left edge of the first bin (same unit as the samples)
 * @param width bin width (&gt; 0)
 * @param percent per sample, per bin, the share of the sample in the bin (percent)
 */
record Histogram(double lower, double width, double[][] percent) {

    Histogram {
        if (!(width > 0.0) || !Double.isFinite(width) || !Double.isFinite(lower)) {
            throw new IllegalArgumentException("histogram needs a finite lower edge and width > 0, were "
                    + lower + ", " + width);
        }
        Objects.requireNonNull(percent, "percent");
    }

    /** Number of bins. */
    int bins() {
        return percent[0].length;
    }

    /**
     * Bins {@code samples} over the smallest range holding all of them.
     *
     * @param samples one or more non-empty samples of finite values
     * @param bins number of bins (&gt; 0)
     */
    static Histogram of(double[][] samples, int bins) {
        if (samples.length == 0 || bins <= 0) {
            throw new IllegalArgumentException("need at least one sample and bins > 0, had "
                    + samples.length + " samples and " + bins + " bins");
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < samples.length; s++) {
            if (samples[s].length == 0) {
                throw new IllegalArgumentException("sample " + s + " is empty");
            }
            for (double x : samples[s]) {
                if (!Double.isFinite(x)) {
                    throw new IllegalArgumentException("sample " + s + " holds a non-finite value: " + x);
                }
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        double span = hi - lo;
        if (span <= 0.0) {
            // Every value equal: one visible bin of width 1 (or 1 % of the value) centred on it.
            span = Math.max(1.0, Math.abs(lo) * 0.01);
            lo -= span / 2;
        }
        double width = span / bins;
        double[][] percent = new double[samples.length][bins];
        for (int s = 0; s < samples.length; s++) {
            double share = 100.0 / samples[s].length;
            for (double x : samples[s]) {
                int b = (int) ((x - lo) / width);
                percent[s][Math.min(bins - 1, Math.max(0, b))] += share;
            }
        }
        return new Histogram(lo, width, percent);
    }

    /** Left edge of bin {@code b}. */
    double edge(int b) {
        return lower + b * width;
    }

    /**
     * The outline of sample {@code s} as a polyline {@code {x[], y[]}}: up from zero at the first
     * edge, across each bin at its height, down to zero at the last edge. Drawn as a line (and as
     * an area underneath) it is the histogram, and several outlines overlay legibly.
     */
    double[][] outline(int s) {
        int n = bins();
        double[] x = new double[2 * n + 2];
        double[] y = new double[2 * n + 2];
        x[0] = edge(0);
        y[0] = 0.0;
        for (int b = 0; b < n; b++) {
            x[2 * b + 1] = edge(b);
            y[2 * b + 1] = percent[s][b];
            x[2 * b + 2] = edge(b + 1);
            y[2 * b + 2] = percent[s][b];
        }
        x[2 * n + 1] = edge(n);
        y[2 * n + 1] = 0.0;
        return new double[][] {x, y};
    }
}
