package com.alvh.workbench.risk;

/**
 * Internal rate of return of a cash-flow series on an even grid: the continuously compounded
 * annual rate {@code y} with {@code sum_t CF_t e^{-y t dt} = 0}.
 *
 * <p>Solved by bisection on {@code y} in [-10, 10] per year after checking that the net present value
 * changes sign there; with one sign change in the flows (outlays first, proceeds later, as a hedge
 * layer has) the root is unique. Flows with no sign change, or no root in the bracket, have no IRR
 * and give {@code NaN}.
 */
public final class InternalRateOfReturn {

    private static final double LOW = -10.0;
    private static final double HIGH = 10.0;

    private InternalRateOfReturn() {
    }

    /**
     * @param flows cash flow at each step (USD; negative = paid, positive = received)
     * @param dt step length in years (e.g. 1/252)
     * @return the IRR, continuously compounded per year, or NaN if it does not exist
     */
    public static double of(double[] flows, double dt) {
        if (!(dt > 0.0)) {
            throw new IllegalArgumentException("dt must be > 0 years, was " + dt);
        }
        double lo = LOW;
        double hi = HIGH;
        double fLo = npv(flows, dt, lo);
        double fHi = npv(flows, dt, hi);
        if (!(fLo * fHi < 0.0)) {
            return Double.NaN;
        }
        for (int i = 0; i < 200 && hi - lo > 1e-12; i++) {
            double mid = 0.5 * (lo + hi);
            double fMid = npv(flows, dt, mid);
            if (fMid * fLo > 0.0) {
                lo = mid;
                fLo = fMid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** Net present value at the continuously compounded annual rate {@code rate} (USD). */
    public static double npv(double[] flows, double dt, double rate) {
        double sum = 0.0;
        for (int t = 0; t < flows.length; t++) {
            if (flows[t] != 0.0) {
                sum += flows[t] * Math.exp(-rate * t * dt);
            }
        }
        return sum;
    }
}
