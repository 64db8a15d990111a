package com.alvh.workbench.sim;

import com.alvh.workbench.pricing.HestonModel;
import com.alvh.workbench.pricing.HestonVixFutureTable;
import com.alvh.workbench.pricing.VixUnderHeston;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

import java.util.Arrays;
import java.util.Optional;

/**
 * Heston SPX and variance paths by Andersen's quadratic-exponential (QE) scheme with the
 * martingale correction (Andersen 2008, "Simple and efficient simulation of the Heston stochastic
 * volatility model", J. Comp. Finance 11(3), sections 3.2.3, 4.2 and 4.3; {@code psi_c = 1.5},
 * central discretisation {@code gamma1 = gamma2 = 1/2}).
 *
 * <p>Variance: with {@code m = theta + (v - theta) e^{-kappa dt}} and
 * {@code s^2 = v sigma^2 e^{-kappa dt}(1 - e^{-kappa dt})/kappa + theta sigma^2 (1 - e^{-kappa dt})^2/(2 kappa)},
 * {@code psi = s^2/m^2}; for {@code psi <= psi_c} the next variance is {@code a (b + Z_v)^2} (moment-matched
 * non-central chi-square with one degree of freedom), else a mixture of a point mass at 0 and an
 * exponential. Log-spot:
 * <pre>  ln S' = ln S + (r - q) dt + K0*(v) + K1 v + K2 v' + sqrt(K3 v + K4 v') Z</pre>
 * where {@code K0*} makes the discounted spot an exact martingale of the discrete scheme. VIX and
 * VIX3M are the model's own expected volatility over the next 30 and 91 days given the variance
 * (see {@link VixUnderHeston#volatilityIndex}), so VIX is consistent with the model at every step.
 *
 * <p>VIX futures are the model's own, {@code E[VIX_tau | v]}, read from a
 * {@link HestonVixFutureTable} (exact Laplace-transform values on a grid of spot VIX and trading
 * days, interpolated). Under Heston spot VIX and variance are one to one; the table is read by spot
 * VIX, so a bump of a path's VIX (a sensitivity) moves its futures as the model would.
 *
 * @param heston the Heston parameters (v0, kappa, theta, sigma, rho)
 * @param spot0 initial SPX level (index points, &gt; 0)
 * @param rate r, continuously compounded per year
 * @param dividendYield q, continuously compounded per year
 */
public record HestonMarketModel(HestonModel heston, double spot0, double rate, double dividendYield)
        implements MarketModel {

    /** Andersen's switching threshold between the quadratic and exponential branches. */
    static final double PSI_CRITICAL = 1.5;
    /** VIX3M horizon in years (Cboe's three-month index; 91 calendar days). */
    static final double VIX3M_TENOR = 91.0 / 365.0;

    public HestonMarketModel {
        if (heston == null) {
            throw new IllegalArgumentException("heston parameters are required");
        }
        if (!(spot0 > 0.0) || !Double.isFinite(spot0)) {
            throw new IllegalArgumentException("spot0 must be a positive number, was " + spot0);
        }
        if (!Double.isFinite(rate) || !Double.isFinite(dividendYield)) {
            throw new IllegalArgumentException("rate and dividendYield must be finite, were " + rate + ", " + dividendYield);
        }
    }

    /**
     * The model's VIX future: {@code E[VIX_tau]} given the path's spot VIX (equivalently its
     * variance), from the table.
     *
     * @param vix the path's spot VIX (index points)
     * @param variance the path's variance (per year; not needed: VIX determines it)
     * @param tau years to the future's expiry
     * @return the future in index points
     */
    @Override
    public double vixFuture(double vix, double variance, double tau) {
        return HestonVixFutureTable.of(heston, 0.0).future(vix, tau);
    }

    @Override
    public Optional<VixFutureCurve> ownVixFutures() {
        return Optional.of(new TableCurve(HestonVixFutureTable.of(heston, 0.0)));
    }

    /**
     * The model's own term structure: the expected average variance over {@code tau},
     * {@code level(tau)^2 = 100^2 (a_tau v + theta (1 - a_tau))}, {@code a_tau = (1 - e^{-kappa tau})/(kappa tau)}
     * (VIX is this at 30 days, VIX3M at 91).
     */
    @Override
    public VolLevels volLevels() {
        return levels(0.0);
    }

    /** The term structure with {@code extraVariance} (per year) added at every tenor (Bates' jumps). */
    VolLevels levels(double extraVariance) {
        double kappa = heston.kappa();
        double theta = heston.theta();
        return new VolLevels() {
            @Override
            public double level(PathState state, int i, double tau) {
                return atTenor(tau).level(state, i);
            }

            @Override
            public AtTenor atTenor(double tau) {
                double a = VixUnderHeston.varianceWeight(kappa, tau);
                double b = theta * (1.0 - a) + extraVariance;
                return (state, i) -> 100.0 * Math.sqrt(a * state.variance[i] + b);
            }
        };
    }

    @Override
    public void initialise(PathState state) {
        Arrays.fill(state.spot, spot0);
        Arrays.fill(state.variance, heston.v0());
        refreshVolatilityIndices(state);
    }

    /**
     * Sets VIX and VIX3M of every path from its variance (after a variance jump, say).
     *
     * @param state the block
     */
    public void refreshVolatilityIndices(PathState state) {
        for (int i = 0; i < state.size(); i++) {
            state.vix[i] = VixUnderHeston.volatilityIndex(heston, state.variance[i], VixUnderHeston.TAU);
            state.vix3m[i] = VixUnderHeston.volatilityIndex(heston, state.variance[i], VIX3M_TENOR);
        }
    }

    @Override
    public void advance(PathState state, int step, double dt, UniformRandomProvider random) {
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(random);
        double kappa = heston.kappa();
        double theta = heston.theta();
        double sigma = heston.sigma();
        double rho = heston.rho();

        double decay = Math.exp(-kappa * dt);
        double c1 = sigma * sigma * decay * (1.0 - decay) / kappa;
        double c2 = theta * sigma * sigma * (1.0 - decay) * (1.0 - decay) / (2.0 * kappa);
        double k0 = -rho * kappa * theta * dt / sigma;
        double k1 = 0.5 * dt * (kappa * rho / sigma - 0.5) - rho / sigma;
        double k2 = 0.5 * dt * (kappa * rho / sigma - 0.5) + rho / sigma;
        double k3 = 0.5 * dt * (1.0 - rho * rho);
        double k4 = k3;
        double bigA = k2 + 0.5 * k4;
        double carry = (rate - dividendYield) * dt;

        // VIX^2 / 100^2 = a v + theta (1 - a) for the 30-day and 91-day horizons: affine in v.
        double aVix = VixUnderHeston.varianceWeight(kappa, VixUnderHeston.TAU);
        double bVix = theta * (1.0 - aVix);
        double aVix3m = VixUnderHeston.varianceWeight(kappa, VIX3M_TENOR);
        double bVix3m = theta * (1.0 - aVix3m);

        double[] spot = state.spot;
        double[] variance = state.variance;
        double[] vix = state.vix;
        double[] vix3m = state.vix3m;
        for (int i = 0; i < spot.length; i++) {
            double v = variance[i];
            double m = theta + (v - theta) * decay;
            double s2 = v * c1 + c2;
            double m2 = m * m;
            double vNext;
            double k0Star;
            if (s2 <= PSI_CRITICAL * m2) { // psi = s2/m^2 <= psi_c, without the division
                double twoOverPsi = 2.0 * m2 / s2;
                // sqrt(2/psi) sqrt(2/psi - 1) as one square root.
                double b2 = twoOverPsi - 1.0 + Math.sqrt(twoOverPsi * (twoOverPsi - 1.0));
                double a = m / (1.0 + b2);
                double b = Math.sqrt(b2);
                double zv = normal.sample();
                double root = b + zv;
                vNext = a * root * root;
                // Martingale correction, quadratic branch (requires A < 1/(2a)).
                double oneMinus2Aa = 1.0 - 2.0 * bigA * a;
                k0Star = oneMinus2Aa > 0.0
                        ? -bigA * b2 * a / oneMinus2Aa + 0.5 * Math.log(oneMinus2Aa) - (k1 + 0.5 * k3) * v
                        : k0;
            } else {
                double p = (s2 - m2) / (s2 + m2); // (psi - 1)/(psi + 1)
                double beta = (1.0 - p) / m;
                double u = random.nextDouble();
                vNext = u <= p ? 0.0 : Math.log((1.0 - p) / (1.0 - u)) / beta;
                // Martingale correction, exponential branch (requires A < beta).
                k0Star = bigA < beta
                        ? -Math.log(p + beta * (1.0 - p) / (beta - bigA)) - (k1 + 0.5 * k3) * v
                        : k0;
            }
            double z = normal.sample();
            spot[i] *= Math.exp(carry + k0Star + k1 * v + k2 * vNext + Math.sqrt(k3 * v + k4 * vNext) * z);
            variance[i] = vNext;
            vix[i] = 100.0 * Math.sqrt(aVix * vNext + bVix);
            vix3m[i] = 100.0 * Math.sqrt(aVix3m * vNext + bVix3m);
        }
    }

    /**
     * The futures table as a {@link VixFutureCurve}, read by spot VIX; at the trading-day tenors of a
     * simulation it hands out the table's columns directly.
     */
    static final class TableCurve implements VixFutureCurve {
        private final HestonVixFutureTable table;

        TableCurve(HestonVixFutureTable table) {
            this.table = table;
        }

        @Override
        public double future(double spotVix, double variance, double tau) {
            return table.future(spotVix, tau);
        }

        @Override
        public AtTenor atTenor(double tau) {
            double days = tau / HestonVixFutureTable.TAU_STEP;
            long whole = Math.round(days);
            if (Math.abs(days - whole) < 1e-9 && whole < Integer.MAX_VALUE) {
                java.util.function.DoubleUnaryOperator column = table.atTradingDays((int) whole);
                return (spotVix, variance) -> column.applyAsDouble(spotVix);
            }
            return (spotVix, variance) -> table.future(spotVix, tau);
        }
    }
}
