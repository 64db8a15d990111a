package com.alvh.workbench.math;

import java.util.function.DoubleUnaryOperator;

/**
 * Gauss-Legendre quadrature: a fixed {@code n}-point rule, and a globally adaptive integrator
 * built on it.
 *
 * <p>The {@code n}-point rule integrates polynomials of degree {@code 2n - 1} exactly on
 * {@code [a, b]}:
 * <pre>  int_a^b f(x) dx ~ (b-a)/2 sum_i w_i f((a+b)/2 + (b-a)/2 x_i)</pre>
 * where {@code x_i} are the roots of the Legendre polynomial {@code P_n} and
 * {@code w_i = 2 / ((1 - x_i^2) P_n'(x_i)^2)}. Nodes are found by Newton's method on the
 * three-term recurrence (converged to a few ulp), once, at construction.
 *
 * <p>The adaptive integrator is globally adaptive (as QUADPACK's QAG): a panel's {@code n}-point
 * estimate is compared with the sum of the estimates on its two halves, and the panel with the
 * largest difference is bisected until the differences add up to the tolerance. The returned
 * value on a panel is the two-halves sum (the more accurate of the two). Integrable end-point singularities and
 * infinitely oscillating but bounded integrands are handled by the panel budget: cost is bounded
 * whatever the integrand, and the worst panels are the ones refined.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class GaussLegendre {

    /** Default panel budget of {@link #integrateAdaptive}. */
    public static final int DEFAULT_MAX_PANELS = 500;

    private final double[] nodes;
    private final double[] weights;

    private GaussLegendre(double[] nodes, double[] weights) {
        this.nodes = nodes;
        this.weights = weights;
    }

    /**
     * The {@code n}-point rule on {@code [-1, 1]}.
     *
     * @param n number of nodes, 1 to 1000
     * @return the rule
     * @throws IllegalArgumentException if {@code n} is outside 1..1000
     */
    public static GaussLegendre of(int n) {
        if (n < 1 || n > 1000) {
            throw new IllegalArgumentException("n must be in 1..1000, was " + n);
        }
        double[] x = new double[n];
        double[] w = new double[n];
        int half = (n + 1) / 2;
        for (int i = 0; i < half; i++) {
            // Tricomi's initial guess for the i-th root (descending), then Newton.
            double z = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
            double derivative = 0.0;
            for (int iteration = 0; iteration < 100; iteration++) {
                double p0 = 1.0;
                double p1 = z;
                for (int k = 2; k <= n; k++) {
                    double p2 = ((2.0 * k - 1.0) * z * p1 - (k - 1.0) * p0) / k;
                    p0 = p1;
                    p1 = p2;
                }
                double pn = n == 1 ? z : p1;
                double pnMinus1 = n == 1 ? 1.0 : p0;
                derivative = n * (z * pn - pnMinus1) / (z * z - 1.0);
                double step = pn / derivative;
                z -= step;
                if (Math.abs(step) <= 1e-16) {
                    break;
                }
            }
            // Recompute the derivative at the converged root for the weight.
            double p0 = 1.0;
            double p1 = z;
            for (int k = 2; k <= n; k++) {
                double p2 = ((2.0 * k - 1.0) * z * p1 - (k - 1.0) * p0) / k;
                p0 = p1;
                p1 = p2;
            }
            derivative = n == 1 ? 1.0 : n * (z * p1 - p0) / (z * z - 1.0);
            double weight = 2.0 / ((1.0 - z * z) * derivative * derivative);
            x[i] = -z;
            x[n - 1 - i] = z;
            w[i] = weight;
            w[n - 1 - i] = weight;
        }
        if (n % 2 == 1) {
            x[n / 2] = 0.0;
        }
        return new GaussLegendre(x, w);
    }

    /** @return the number of nodes */
    public int size() {
        return nodes.length;
    }

    /** @return a copy of the nodes on {@code [-1, 1]}, ascending */
    public double[] nodes() {
        return nodes.clone();
    }

    /** @return a copy of the weights, matching {@link #nodes()} (they sum to 2) */
    public double[] weights() {
        return weights.clone();
    }

    /**
     * The {@code n}-point estimate of {@code int_a^b f(x) dx}.
     *
     * @param f the integrand
     * @param a lower limit
     * @param b upper limit
     * @return the estimate
     */
    public double integrate(DoubleUnaryOperator f, double a, double b) {
        double mid = 0.5 * (a + b);
        double halfWidth = 0.5 * (b - a);
        double sum = 0.0;
        for (int i = 0; i < nodes.length; i++) {
            sum += weights[i] * f.applyAsDouble(mid + halfWidth * nodes[i]);
        }
        return halfWidth * sum;
    }

    /**
     * Adaptive estimate of {@code int_a^b f(x) dx} to an absolute tolerance, with at most
     * {@link #DEFAULT_MAX_PANELS} panels.
     *
     * @param f the integrand (finite on the open interval)
     * @param a lower limit (finite)
     * @param b upper limit (finite)
     * @param absoluteTolerance target absolute error of the whole integral (&gt; 0)
     * @return the estimate
     */
    public double integrateAdaptive(DoubleUnaryOperator f, double a, double b, double absoluteTolerance) {
        return integrateAdaptive(f, a, b, absoluteTolerance, DEFAULT_MAX_PANELS);
    }

    /**
     * Globally adaptive estimate of {@code int_a^b f(x) dx} to an absolute tolerance.
     *
     * <p>Each panel carries its two-half-panel estimate and, as its error estimate, the
     * difference from its one-panel estimate (conservative: the error of the two-half estimate
     * is usually orders of magnitude smaller). The panel with the largest error estimate is
     * bisected until the estimates add up to at most {@code absoluteTolerance}, or the panel
     * budget is spent (then the best estimate so far is returned: cost is bounded whatever the
     * integrand). Each bisection costs {@code 2n} evaluations.
     *
     * @param f the integrand (finite on the open interval)
     * @param a lower limit (finite)
     * @param b upper limit (finite)
     * @param absoluteTolerance target absolute error of the whole integral (&gt; 0)
     * @param maxPanels maximal number of panels (&gt;= 1)
     * @return the estimate
     */
    public double integrateAdaptive(DoubleUnaryOperator f, double a, double b, double absoluteTolerance,
                                    int maxPanels) {
        if (!(absoluteTolerance > 0.0)) {
            throw new IllegalArgumentException("absoluteTolerance must be > 0, was " + absoluteTolerance);
        }
        if (maxPanels < 1) {
            throw new IllegalArgumentException("maxPanels must be >= 1, was " + maxPanels);
        }
        if (a == b) {
            return 0.0;
        }
        // Panels in parallel arrays (no objects per panel): bounds, the estimates on the two
        // halves (they become the children's one-panel estimates on a split), error estimate.
        double[] lo = new double[maxPanels];
        double[] hi = new double[maxPanels];
        double[] leftHalf = new double[maxPanels];
        double[] rightHalf = new double[maxPanels];
        double[] error = new double[maxPanels];
        int count = 1;
        lo[0] = a;
        hi[0] = b;
        double totalError = evaluatePanel(f, lo, hi, leftHalf, rightHalf, error, 0, integrate(f, a, b));
        while (totalError > absoluteTolerance && count < maxPanels) {
            int worst = 0;
            for (int i = 1; i < count; i++) {
                if (error[i] > error[worst]) {
                    worst = i;
                }
            }
            double left = lo[worst];
            double right = hi[worst];
            double mid = 0.5 * (left + right);
            if (!(mid > left && mid < right)) {
                break; // the panel cannot be split further in floating point
            }
            double errorBefore = error[worst];
            double rightEstimate = rightHalf[worst];
            hi[worst] = mid;
            double added = evaluatePanel(f, lo, hi, leftHalf, rightHalf, error, worst, leftHalf[worst]);
            lo[count] = mid;
            hi[count] = right;
            added += evaluatePanel(f, lo, hi, leftHalf, rightHalf, error, count, rightEstimate);
            count++;
            totalError += added - errorBefore;
            if (totalError <= absoluteTolerance) {
                // Re-add from scratch before stopping: the running sum can drift by rounding.
                totalError = 0.0;
                for (int i = 0; i < count; i++) {
                    totalError += error[i];
                }
            }
        }
        double sum = 0.0;
        for (int i = 0; i < count; i++) {
            sum += leftHalf[i] + rightHalf[i];
        }
        return sum;
    }

    /** Fills the half estimates and the error estimate of one panel; returns the error estimate. */
    private double evaluatePanel(DoubleUnaryOperator f, double[] lo, double[] hi, double[] leftHalf,
                                 double[] rightHalf, double[] error, int index, double onePanel) {
        double left = lo[index];
        double right = hi[index];
        double mid = 0.5 * (left + right);
        leftHalf[index] = integrate(f, left, mid);
        rightHalf[index] = integrate(f, mid, right);
        error[index] = Math.abs(leftHalf[index] + rightHalf[index] - onePanel);
        return error[index];
    }
}
