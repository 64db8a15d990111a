package com.alvh.workbench.risk;

/**
 * Internal rate of return of a cash-flow series on an even grid: the continuously compounded
 * annual rate {@code y} with {@code sum_t CF_t e^{-y t dt} = 0}.
 *
 * <p>An IRR is reported only where it means one thing: the net present value has exactly one root
 * between -10 and +10 per year (-1000 % .. +1000 %; scanned in steps of 0.01, refined by bisection), and that root lies on the side of zero an investment's does: above zero when
 * the undiscounted flows gain, below when they lose (outlay first; the other way round when the flows
 * start with a receipt). Otherwise the result is {@code NaN}, printed "n/a": no root (a total loss, a
 * gain or loss beyond +-1000 % a year), several roots (a layer bought, sold and bought again can have
 * several, and none of them is its rate of return), or a root that contradicts the gain (the flows of
 * one replayed path gave "-527 %" for a layer that gained 78 % of its premium). Short layers annualise
 * a few weeks' return, so their IRRs can be large in magnitude.
 */
public final class InternalRateOfReturn {

    private static final double LIMIT = 10.0;
    /** Scan step of the root search (per year). */
    static final double SCAN_STEP = 0.01;

    private InternalRateOfReturn() {
    }

    /**
     * @param flows cash flow at each step (USD; negative = paid, positive = received)
     * @param dt step length in years (e.g. 1/252)
     * @return the IRR, continuously compounded per year, or NaN if it does not exist or is not unique
     */
    public static double of(double[] flows, double dt) {
        if (!(dt > 0.0)) {
            throw new IllegalArgumentException("dt must be > 0 years, was " + dt);
        }
        // Only the steps with a flow matter (a replay has thousands of steps and a few hundred trades).
        int count = 0;
        for (double f : flows) {
            count += f != 0.0 ? 1 : 0;
        }
        double[] times = new double[count];
        double[] values = new double[count];
        boolean paid = false;
        boolean received = false;
        for (int t = 0, j = 0; t < flows.length; t++) {
            if (flows[t] != 0.0) {
                times[j] = t * dt;
                values[j++] = flows[t];
                paid |= flows[t] < 0.0;
                received |= flows[t] > 0.0;
            }
        }
        if (!paid || !received) {
            return Double.NaN; // without both signs no rate makes the flows worth zero
        }
        double f0 = npv(times, values, 0.0);
        if (f0 == 0.0) {
            return 0.0;
        }
        // An investment's IRR lies above zero when the undiscounted flows gain (NPV(0) > 0), below when
        // they lose; the other way round for flows that start with a receipt.
        double direction = Math.signum(f0) * (values[0] < 0.0 ? 1.0 : -1.0);
        double[] bracket = null;
        int roots = 0;
        for (double side : new double[] {direction, -direction}) {
            double prev = 0.0;
            double fPrev = f0;
            int steps = (int) Math.round(LIMIT / SCAN_STEP);
            for (int k = 1; k <= steps; k++) {
                double y = side * k * SCAN_STEP;
                double f = npv(times, values, y);
                if ((f < 0.0) != (fPrev < 0.0)) {
                    roots++;
                    if (side == direction && bracket == null) {
                        bracket = new double[] {Math.min(prev, y), Math.max(prev, y)};
                    }
                }
                prev = y;
                fPrev = f;
            }
        }
        if (roots != 1 || bracket == null) {
            return Double.NaN;
        }
        double lo = bracket[0];
        double hi = bracket[1];
        double fLo = npv(times, values, lo);
        for (int i = 0; i < 200 && hi - lo > 1e-12; i++) {
            double mid = 0.5 * (lo + hi);
            double fMid = npv(times, values, mid);
            if (fMid * fLo > 0.0) {
                lo = mid;
                fLo = fMid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private static double npv(double[] times, double[] values, double rate) {
        double sum = 0.0;
        for (int j = 0; j < times.length; j++) {
            sum += values[j] * Math.exp(-rate * times[j]);
        }
        return sum;
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
