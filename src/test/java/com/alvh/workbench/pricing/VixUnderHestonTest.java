package com.alvh.workbench.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import com.alvh.workbench.math.NoncentralChiSquared;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class VixUnderHestonTest {

    /** Agreement with the Monte Carlo, in standard errors (two-sided false-failure rate 6e-5 each). */
    private static final double MC_STANDARD_ERRORS = 4.0;
    /** Identities that hold exactly in the maths, checked to quadrature accuracy (VIX points). */
    private static final double IDENTITY_TOL = 1e-9;

    /** A typical equity-index calibration: VIX spot near 20, high vol-of-vol, Feller violated (d = 0.96). */
    private static final HestonModel SPX = HestonModel.of(0.04, 3.0, 0.04, 0.7, -0.7);
    /** Andersen (2008) case I dynamics: d = 4 kappa theta / sigma^2 = 0.08, density of v_T unbounded at 0. */
    private static final HestonModel EXTREME = HestonModel.of(0.04, 0.5, 0.04, 1.0, -0.9);

    @Test
    void spotVixIsTheThirtyDayExpectedAverageVariance() {
        double kappaTau = 3.0 * 30.0 / 365.0;
        double a = (1.0 - Math.exp(-kappaTau)) / kappaTau;
        double v = 0.09;
        double expected = 100.0 * Math.sqrt(a * v + 0.04 * (1.0 - a));
        assertThat(VixUnderHeston.spotVix(SPX, v)).isCloseTo(expected, offset(1e-12));
        // At v = theta the expected variance is flat: VIX = 100 sqrt(theta) = 20.
        assertThat(VixUnderHeston.spotVix(SPX, 0.04)).isCloseTo(20.0, offset(1e-12));
    }

    @Test
    void futuresAndOptionsMatchAnExactMonteCarloOfTheVarianceAtExpiry() {
        // Exact sampling of v_T: X = chi2(d + 2N), N ~ Poisson(lambda/2), so X = 2 Gamma(d/2 + N, 1),
        // v_T = c X; Commons RNG XO_SHI_RO_256_PP (xoshiro256++) with a fixed seed.
        for (HestonModel model : new HestonModel[] {SPX.withV0(0.09), EXTREME}) {
            double t = 0.25;
            double r = 0.02;
            NoncentralChiSquared law = VixUnderHeston.varianceLaw(model, t);
            double c = VixUnderHeston.varianceScale(model, t);
            double a = VixUnderHeston.varianceWeight(model);
            double b = VixUnderHeston.varianceIntercept(model);
            UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(20240611L);
            DiscreteSampler poisson = PoissonSampler.of(rng, 0.5 * law.noncentrality());
            int paths = 400_000;
            double future = VixUnderHeston.futuresPrice(model, t);
            double[] strikes = {0.8 * future, future, 1.3 * future};
            double[] sumCall = new double[strikes.length];
            double[] sumCall2 = new double[strikes.length];
            double sum = 0.0;
            double sum2 = 0.0;
            for (int i = 0; i < paths; i++) {
                int n = poisson.sample();
                double x = 2.0 * AhrensDieterMarsagliaTsangGammaSampler.of(rng, 0.5 * law.degreesOfFreedom() + n, 1.0)
                        .sample();
                double vix = 100.0 * Math.sqrt(a * c * x + b);
                sum += vix;
                sum2 += vix * vix;
                for (int k = 0; k < strikes.length; k++) {
                    double payoff = Math.max(vix - strikes[k], 0.0);
                    sumCall[k] += payoff;
                    sumCall2[k] += payoff * payoff;
                }
            }
            double mean = sum / paths;
            double standardError = Math.sqrt((sum2 / paths - mean * mean) / paths);
            assertThat(future).as("future %s", model).isCloseTo(mean, offset(MC_STANDARD_ERRORS * standardError));
            double discount = Math.exp(-r * t);
            for (int k = 0; k < strikes.length; k++) {
                double m = sumCall[k] / paths;
                double se = Math.sqrt((sumCall2[k] / paths - m * m) / paths);
                double call = VixUnderHeston.callPrice(model, strikes[k], t, r);
                assertThat(call).as("call K=%s %s", strikes[k], model)
                        .isCloseTo(discount * m, offset(MC_STANDARD_ERRORS * discount * se));
            }
        }
    }

    @Test
    void putCallParityAndJensen() {
        for (HestonModel model : new HestonModel[] {SPX, SPX.withV0(0.16), EXTREME}) {
            for (double t : new double[] {0.05, 0.5, 2.0}) {
                double r = 0.03;
                double future = VixUnderHeston.futuresPrice(model, t);
                for (double strike : new double[] {10.0, 18.0, 25.0, 40.0}) {
                    double call = VixUnderHeston.callPrice(model, strike, t, r);
                    double put = VixUnderHeston.putPrice(model, strike, t, r);
                    assertThat(call - put).as("K=%s T=%s %s", strike, t, model)
                            .isCloseTo(Math.exp(-r * t) * (future - strike), offset(IDENTITY_TOL));
                }
                // E[VIX] <= sqrt(E[VIX^2]) = 100 sqrt(a E[v_T] + b), strictly when v_T is random.
                assertThat(future).isLessThan(Math.sqrt(VixUnderHeston.expectedVixSquared(model, t)));
            }
        }
    }

    @Test
    void expectedVixSquaredClosedFormMatchesTheLaw() {
        // E[VIX_T^2] = 100^2 (a c E[X] + b) with E[X] = d + lambda from the chi-square law must equal
        // the closed form 100^2 (a E[v_T] + b) with E[v_T] = theta + (v0 - theta) e^{-kappa T}.
        for (double t : new double[] {0.01, 0.3, 3.0}) {
            NoncentralChiSquared law = VixUnderHeston.varianceLaw(EXTREME, t);
            double fromLaw = 1e4 * (VixUnderHeston.varianceWeight(EXTREME) * VixUnderHeston.varianceScale(EXTREME, t)
                    * law.mean() + VixUnderHeston.varianceIntercept(EXTREME));
            assertThat(VixUnderHeston.expectedVixSquared(EXTREME, t)).isCloseTo(fromLaw, offset(1e-9));
        }
    }

    @Test
    void shortExpiryFutureTendsToSpotVixWithTheItoDrift() {
        // F(T) = h(v0) + T [kappa (theta - v0) h'(v0) + sigma^2 v0 h''(v0)/2] + O(T^2), h(v) = 100 sqrt(a v + b).
        HestonModel model = SPX.withV0(0.09);
        double a = VixUnderHeston.varianceWeight(model);
        double b = VixUnderHeston.varianceIntercept(model);
        double s = a * model.v0() + b;
        double h1 = 50.0 * a / Math.sqrt(s);
        double h2 = -25.0 * a * a / (s * Math.sqrt(s));
        double drift = model.kappa() * (model.theta() - model.v0()) * h1
                + 0.5 * model.sigma() * model.sigma() * model.v0() * h2;
        double spot = VixUnderHeston.spotVix(model);
        for (double t : new double[] {1e-3, 1e-4}) {
            double future = VixUnderHeston.futuresPrice(model, t);
            // The O(T^2) remainder: the second-order Ito term is of order 10 T^2 VIX points here.
            assertThat(future).as("T=%s", t).isCloseTo(spot + drift * t, offset(100.0 * t * t));
        }
        assertThat(VixUnderHeston.futuresPrice(model, 0.0)).isEqualTo(spot);
        assertThat(VixUnderHeston.callPrice(model, 25.0, 0.0, 0.03)).isCloseTo(Math.max(spot - 25.0, 0.0), offset(1e-15));
    }

    @Test
    void futuresCurveRunsFromSpotTowardsTheLongRunLevel() {
        double[] tenors = {1.0 / 12, 2.0 / 12, 3.0 / 12, 6.0 / 12, 1.0, 2.0};
        HestonModel lowVariance = SPX.withV0(0.01); // spot VIX ~ 12: contango
        double[] curve = VixUnderHeston.futuresCurve(lowVariance, tenors);
        for (int i = 0; i < tenors.length; i++) {
            assertThat(curve[i]).isEqualTo(VixUnderHeston.futuresPrice(lowVariance, tenors[i]));
            if (i > 0) {
                assertThat(curve[i]).as("contango at %s", tenors[i]).isGreaterThan(curve[i - 1]);
            }
        }
        HestonModel highVariance = SPX.withV0(0.16); // spot VIX ~ 39: backwardation
        double[] inverted = VixUnderHeston.futuresCurve(highVariance, tenors);
        for (int i = 1; i < tenors.length; i++) {
            assertThat(inverted[i]).as("backwardation at %s", tenors[i]).isLessThan(inverted[i - 1]);
        }
        // Both below 100 sqrt(theta) = 20 at the long end (Jensen), and close to each other.
        assertThat(curve[5]).isLessThan(20.0);
        assertThat(inverted[5]).isLessThan(20.0);
        assertThat(Math.abs(curve[5] - inverted[5])).isLessThan(0.5);
    }

    @Test
    void callsDecreaseInStrikeAndImpliedBlackVolRoundTrips() {
        double t = 0.25;
        double r = 0.02;
        double future = VixUnderHeston.futuresPrice(SPX, t);
        double previous = Double.POSITIVE_INFINITY;
        for (double strike = 12.0; strike <= 40.0; strike += 2.0) {
            double call = VixUnderHeston.callPrice(SPX, strike, t, r);
            assertThat(call).isLessThan(previous);
            previous = call;
            double vol = VixUnderHeston.impliedBlackVol(OptionType.CALL, call, future, strike, t, r);
            assertThat(vol).as("K=%s", strike).isBetween(0.05, 5.0);
            assertThat(Black76.price(OptionType.CALL, future, strike, t, r, vol)).isCloseTo(call, offset(1e-9));
        }
        assertThat(VixUnderHeston.impliedBlackVol(OptionType.CALL, future, future, 20.0, t, r)).isNaN();
    }

    @Test
    void rejectsBadInputs() {
        assertThatThrownBy(() -> VixUnderHeston.spotVix(SPX, -0.01)).hasMessageContaining("variance");
        assertThatThrownBy(() -> VixUnderHeston.callPrice(SPX, -1.0, 0.5, 0.0)).hasMessageContaining("strike");
        assertThatThrownBy(() -> VixUnderHeston.varianceLaw(SPX, 0.0)).hasMessageContaining("expiry");
    }
}
