package com.alvh.workbench.risk;

/**
 * Internal rate of return of a cash-flow series on an even grid: the continuously compounded
 * annual rate {@code y} with {@code sum_t CF_t e^{-y t dt} = 0}.
 *
 * <p>With one sign change in the flows (outlays first, proceeds later) the root is unique. A layer that
 * is bought, sold and bought again has several sign changes and can have several roots. The search
 * walks from {@code y = 0} in steps of {@value #SCAN_STEP} per year up to +-10 per year, first on the
 * side where an investment's IRR lies (above zero when the undiscounted flows gain, below when they
 * lose, outlay first), then on the other side; the first sign change is refined by bisection. No
 * sign change in that range: no IRR, {@code NaN}. Short, rolled layers annualise a few weeks'
 * return, so their IRRs can be large in magnitude.
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
     * @return the IRR, continuously compounded per year, or NaN if it does not exist
     */
    public static double of(double[] flows, double dt) {
        if (!(dt > 0.0)) {
            throw new IllegalArgumentException("dt must be > 0 years, was " + dt);
        }
        boolean paid = false;
        boolean received = false;
        for (double f : flows) {
            paid |= f < 0.0;
            received |= f > 0.0;
        }
        if (!paid || !received) {
            return Double.NaN; // without both signs no rate makes the flows worth zero
        }
        double f0 = npv(flows, dt, 0.0);
        if (f0 == 0.0) {
            return 0.0;
        }
        // Look first where an investment's IRR lies: above zero when the undiscounted flows gain (NPV(0) > 0),
        // below when they lose; fall back to the other side (flows with several sign changes).
        double firstFlow = 0.0;
        for (double f : flows) {
            if (f != 0.0) {
                firstFlow = f;
                break;
            }
        }
        double direction = Math.signum(f0) * (firstFlow < 0.0 ? 1.0 : -1.0);
        double[] bracket = scan(flows, dt, f0, direction);
        if (bracket == null) {
            bracket = scan(flows, dt, f0, -direction);
        }
        if (bracket == null) {
            return Double.NaN;
        }
        double lo = bracket[0];
        double hi = bracket[1];
        double fLo = npv(flows, dt, lo);
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

    /** The first sign change of the NPV walking from 0 in {@code direction}, as {lo, hi}; null if none. */
    private static double[] scan(double[] flows, double dt, double f0, double direction) {
        double prev = 0.0;
        double fPrev = f0;
        int steps = (int) Math.round(LIMIT / SCAN_STEP);
        for (int k = 1; k <= steps; k++) {
            double y = direction * k * SCAN_STEP;
            double f = npv(flows, dt, y);
            if (f * fPrev <= 0.0) {
                return new double[] {Math.min(prev, y), Math.max(prev, y)};
            }
            prev = y;
            fPrev = f;
        }
        return null;
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
