package com.alvh.workbench.analytics;

import java.util.Arrays;
import java.util.Objects;

/**
 * Put-call parity on a priced chain (the "conversion / reversal" identity): for European
 * options on one strike and expiry,
 * <pre>  C - P = S e^{-qT} - K e^{-rT}</pre>
 * A chain priced at one vol per strike satisfies it to rounding; a deviation flags a pricing or
 * data error (or, on market quotes, a conversion/reversal opportunity net of costs).
 */
public final class ParityCheck {

    private ParityCheck() {
    }

    /**
     * The result of a parity check.
     *
     * @param maxAbsDeviation {@code max_i |C_i - P_i - (S e^{-qT} - K_i e^{-rT})|} (index points)
     * @param worstStrike the strike where it occurs (index points; NaN for an empty chain)
     * @param deviations the signed deviation per strike (index points)
     */
    public record Report(double maxAbsDeviation, double worstStrike, double[] deviations) {

        public Report {
            deviations = deviations.clone();
        }

        /** Signed deviations (a copy; index points). */
        @Override
        public double[] deviations() {
            return deviations.clone();
        }

        /**
         * Whether every deviation is within a tolerance.
         *
         * @param tolerance index points
         * @return {@code maxAbsDeviation <= tolerance}
         */
        public boolean holds(double tolerance) {
            return maxAbsDeviation <= tolerance;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Report r && Double.compare(maxAbsDeviation, r.maxAbsDeviation) == 0
                    && Double.compare(worstStrike, r.worstStrike) == 0
                    && Arrays.equals(deviations, r.deviations);
        }

        @Override
        public int hashCode() {
            return Objects.hash(maxAbsDeviation, worstStrike, Arrays.hashCode(deviations));
        }

        @Override
        public String toString() {
            return "ParityCheck.Report[maxAbsDeviation=" + maxAbsDeviation + ", worstStrike=" + worstStrike + "]";
        }
    }

    /**
     * Check parity across a chain.
     *
     * @param chain calls and puts at the same strikes
     * @return the deviations and their maximum
     */
    public static Report check(PricedChain chain) {
        double[] strikes = chain.strikes();
        double[] calls = chain.calls();
        double[] puts = chain.puts();
        double t = chain.timeToExpiry();
        double spotTerm = chain.spot() * Math.exp(-chain.dividendYield() * t);
        double discount = Math.exp(-chain.rate() * t);
        double[] dev = new double[strikes.length];
        double max = 0.0;
        double worst = Double.NaN;
        for (int i = 0; i < strikes.length; i++) {
            dev[i] = calls[i] - puts[i] - (spotTerm - strikes[i] * discount);
            if (Double.isNaN(worst) || Math.abs(dev[i]) > max) {
                max = Math.abs(dev[i]);
                worst = strikes[i];
            }
        }
        return new Report(max, worst, dev);
    }
}
