package com.alvh.workbench.analytics;

import com.alvh.workbench.product.OptionLeg;
import com.alvh.workbench.product.OptionStrategy;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * Exact expiry P&amp;L of a single-expiry option strategy: a piecewise-linear function of the
 * settlement price with kinks at the strikes, so its extremes and zeros follow from its values at
 * the kinks and its slope beyond the last strike.
 *
 * <pre>
 *   PnL(S_T) = sum_i q_i m_i max(w_i (S_T - K_i), 0) - V0            (USD)
 *   maxProfit = max( PnL(0), PnL(K_1..K_n) ), +inf if the slope above K_n is &gt; 0
 *   maxLoss   = -min( PnL(0), PnL(K_1..K_n) ), +inf if the slope above K_n is &lt; 0
 *   break-evens: the zeros of PnL, by linear interpolation between kinks (exact)
 * </pre>
 * {@code V0} is the entry value (USD, negative when a credit is received; the credit is not
 * compounded to expiry). Immutable.
 */
public final class ExpiryProfile {

    private final OptionStrategy strategy;
    private final double entryValue;
    private final double[] kinks;
    private final double[] pnlAtKinks;
    private final double pnlAtZero;
    private final double tailSlope;

    /**
     * @param strategy the position (legs assumed to share one expiry)
     * @param entryValue V0, USD paid to open (negative for a credit)
     */
    public ExpiryProfile(OptionStrategy strategy, double entryValue) {
        this.strategy = strategy;
        this.entryValue = entryValue;
        this.kinks = strategy.legs().stream().mapToDouble(OptionLeg::strike).sorted().distinct().toArray();
        this.pnlAtKinks = new double[kinks.length];
        for (int i = 0; i < kinks.length; i++) {
            pnlAtKinks[i] = pnl(kinks[i]);
        }
        this.pnlAtZero = pnl(0.0);
        double slope = 0.0;
        for (OptionLeg leg : strategy.legs()) {
            if (leg.type().sign() > 0) {
                slope += leg.scale();
            }
        }
        this.tailSlope = slope;
    }

    /**
     * P&amp;L at expiry.
     *
     * @param settlement S_T (index points)
     * @return USD
     */
    public double pnl(double settlement) {
        return strategy.payoffAtExpiry(settlement) - entryValue;
    }

    /** Entry value V0 (USD). */
    public double entryValue() {
        return entryValue;
    }

    /** d PnL / d S_T above the highest strike (USD per point). */
    public double tailSlope() {
        return tailSlope;
    }

    /** Largest expiry P&amp;L (USD), {@code +inf} if unbounded above. */
    public double maxProfit() {
        if (tailSlope > 0.0) {
            return Double.POSITIVE_INFINITY;
        }
        double max = pnlAtZero;
        for (double v : pnlAtKinks) {
            max = Math.max(max, v);
        }
        return max;
    }

    /** Largest expiry loss as a positive number (USD), {@code +inf} if unbounded. */
    public double maxLoss() {
        if (tailSlope < 0.0) {
            return Double.POSITIVE_INFINITY;
        }
        double min = pnlAtZero;
        for (double v : pnlAtKinks) {
            min = Math.min(min, v);
        }
        return -min;
    }

    /**
     * Settlement prices where the expiry P&amp;L is zero, ascending (index points). A strategy
     * whose P&amp;L is zero on a whole interval reports that interval's ends.
     *
     * @return the break-evens (a new array)
     */
    public double[] breakEvens() {
        double[] xs = new double[kinks.length + 1];
        double[] vs = new double[kinks.length + 1];
        xs[0] = 0.0;
        vs[0] = pnlAtZero;
        System.arraycopy(kinks, 0, xs, 1, kinks.length);
        System.arraycopy(pnlAtKinks, 0, vs, 1, kinks.length);
        double[] roots = new double[xs.length + 1];
        int n = 0;
        for (int i = 0; i < xs.length; i++) {
            if (vs[i] == 0.0 && xs[i] > 0.0) {
                roots[n++] = xs[i];
            }
            if (i + 1 < xs.length && vs[i] * vs[i + 1] < 0.0) {
                roots[n++] = xs[i] + (xs[i + 1] - xs[i]) * vs[i] / (vs[i] - vs[i + 1]);
            }
        }
        int last = xs.length - 1;
        if (tailSlope != 0.0 && vs[last] != 0.0 && Math.signum(vs[last]) != Math.signum(tailSlope)) {
            roots[n++] = xs[last] - vs[last] / tailSlope;
        }
        double[] out = Arrays.copyOf(roots, n);
        Arrays.sort(out);
        return out;
    }

    /**
     * Probability that the expiry P&amp;L is strictly positive, given the probability of
     * finishing above each price. The break-evens cut {@code (0, inf)} into intervals of one
     * P&amp;L sign; the profitable intervals' masses {@code P(S_T > a) - P(S_T > b)} are summed.
     *
     * @param probabilityAbove {@code K -> P(S_T > K)}, non-increasing, 1 at 0
     * @return the probability of profit in [0, 1]
     */
    public double probabilityOfProfit(DoubleUnaryOperator probabilityAbove) {
        double[] be = breakEvens();
        double[] edges = new double[be.length + 2];
        edges[0] = 0.0;
        System.arraycopy(be, 0, edges, 1, be.length);
        edges[edges.length - 1] = Double.POSITIVE_INFINITY;
        double total = 0.0;
        for (int i = 0; i + 1 < edges.length; i++) {
            double a = edges[i];
            double b = edges[i + 1];
            if (a == b) {
                continue;
            }
            double probe = Double.isInfinite(b) ? (a > 0.0 ? 2.0 * a : 1.0) + lastKink() : 0.5 * (a + b);
            if (pnl(probe) > 0.0) {
                double pa = a <= 0.0 ? 1.0 : probabilityAbove.applyAsDouble(a);
                double pb = Double.isInfinite(b) ? 0.0 : probabilityAbove.applyAsDouble(b);
                total += pa - pb;
            }
        }
        return Math.min(1.0, Math.max(0.0, total));
    }

    private double lastKink() {
        return kinks.length == 0 ? 0.0 : kinks[kinks.length - 1];
    }
}
