package com.alvh.workbench.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlackScholesTest {

    /** Published tables are rounded to 4 decimals (QuantLib tests them with the same 1e-4). */
    private static final double TABLE_TOL = 1e-4;
    /** Hull quotes to 2 decimals. */
    private static final double HULL_TOL = 0.005;
    /** Agreement with QuantLib's closed form, relative to max(1, |value|). */
    private static final double QUANTLIB_TOL = 1e-12;
    /** Finite differences against analytic greeks, relative to max(1e-3, |greek|). */
    private static final double FD_TOL = 1e-6;
    /** Identities that hold to rounding, relative to the size of the inputs. */
    private static final double PARITY_TOL = 1e-13;

    /**
     * E. G. Haug, "The Complete Guide to Option Pricing Formulas" (McGraw-Hill, 1998 edition
     * "Option pricing formulas"), generalised Black-Scholes examples pp. 2-8, 24, 27, as tabulated
     * with tolerance 1e-4 in QuantLib's test-suite/europeanoption.cpp, EuropeanOptionTest::testValues.
     */
    @ParameterizedTest
    @CsvSource({
        // type, strike, spot, q, r, t, vol, value
        "CALL,  65.00,  60.00, 0.00, 0.08, 0.25, 0.30,  2.1334",
        "PUT,   95.00, 100.00, 0.05, 0.10, 0.50, 0.20,  2.4648",
        "PUT,   19.00,  19.00, 0.10, 0.10, 0.75, 0.28,  1.7011",
        "CALL,  19.00,  19.00, 0.10, 0.10, 0.75, 0.28,  1.7011",
        "CALL,   1.60,   1.56, 0.08, 0.06, 0.50, 0.12,  0.0291",
        "PUT,   70.00,  75.00, 0.05, 0.10, 0.50, 0.35,  4.0870",
        "CALL, 100.00,  90.00, 0.10, 0.10, 0.10, 0.15,  0.0205",
        "CALL, 100.00, 100.00, 0.10, 0.10, 0.10, 0.15,  1.8734",
        "CALL, 100.00, 110.00, 0.10, 0.10, 0.10, 0.15,  9.9413",
        "CALL, 100.00,  90.00, 0.10, 0.10, 0.10, 0.25,  0.3150",
        "CALL, 100.00, 100.00, 0.10, 0.10, 0.10, 0.25,  3.1217",
        "CALL, 100.00, 110.00, 0.10, 0.10, 0.10, 0.25, 10.3556",
        "CALL, 100.00,  90.00, 0.10, 0.10, 0.10, 0.35,  0.9474",
        "CALL, 100.00, 100.00, 0.10, 0.10, 0.10, 0.35,  4.3693",
        "CALL, 100.00, 110.00, 0.10, 0.10, 0.10, 0.35, 11.1381",
        "CALL, 100.00,  90.00, 0.10, 0.10, 0.50, 0.15,  0.8069",
        "CALL, 100.00, 100.00, 0.10, 0.10, 0.50, 0.15,  4.0232",
        "CALL, 100.00, 110.00, 0.10, 0.10, 0.50, 0.15, 10.5769",
        "CALL, 100.00,  90.00, 0.10, 0.10, 0.50, 0.25,  2.7026",
        "CALL, 100.00, 100.00, 0.10, 0.10, 0.50, 0.25,  6.6997",
        "CALL, 100.00, 110.00, 0.10, 0.10, 0.50, 0.25, 12.7857",
        "CALL, 100.00,  90.00, 0.10, 0.10, 0.50, 0.35,  4.9329",
        "CALL, 100.00, 100.00, 0.10, 0.10, 0.50, 0.35,  9.3679",
        "CALL, 100.00, 110.00, 0.10, 0.10, 0.50, 0.35, 15.3086",
        "PUT,  100.00,  90.00, 0.10, 0.10, 0.10, 0.15,  9.9210",
        "PUT,  100.00, 100.00, 0.10, 0.10, 0.10, 0.15,  1.8734",
        "PUT,  100.00, 110.00, 0.10, 0.10, 0.10, 0.15,  0.0408",
        "PUT,  100.00,  90.00, 0.10, 0.10, 0.10, 0.25, 10.2155",
        "PUT,  100.00, 100.00, 0.10, 0.10, 0.10, 0.25,  3.1217",
        "PUT,  100.00, 110.00, 0.10, 0.10, 0.10, 0.25,  0.4551",
        "PUT,  100.00,  90.00, 0.10, 0.10, 0.10, 0.35, 10.8479",
        "PUT,  100.00, 100.00, 0.10, 0.10, 0.10, 0.35,  4.3693",
        "PUT,  100.00, 110.00, 0.10, 0.10, 0.10, 0.35,  1.2376",
        "PUT,  100.00,  90.00, 0.10, 0.10, 0.50, 0.15, 10.3192",
        "PUT,  100.00, 100.00, 0.10, 0.10, 0.50, 0.15,  4.0232",
        "PUT,  100.00, 110.00, 0.10, 0.10, 0.50, 0.15,  1.0646",
        "PUT,  100.00,  90.00, 0.10, 0.10, 0.50, 0.25, 12.2149",
        "PUT,  100.00, 100.00, 0.10, 0.10, 0.50, 0.25,  6.6997",
        "PUT,  100.00, 110.00, 0.10, 0.10, 0.50, 0.25,  3.2734",
        "PUT,  100.00,  90.00, 0.10, 0.10, 0.50, 0.35, 14.4452",
        "PUT,  100.00, 100.00, 0.10, 0.10, 0.50, 0.35,  9.3679",
        "PUT,  100.00, 110.00, 0.10, 0.10, 0.50, 0.35,  5.7963",
        "CALL,  40.00,  42.00, 0.08, 0.04, 0.75, 0.35,  5.0975",
    })
    void haugValuesAsTabulatedByQuantLib(OptionType type, double strike, double spot, double q, double r,
                                          double t, double vol, double expected) {
        assertThat(BlackScholes.price(type, spot, strike, t, r, q, vol)).isCloseTo(expected, within(TABLE_TOL));
    }

    /**
     * Haug (1998) pp. 11-16 greek examples, as tabulated in QuantLib's europeanoption.cpp,
     * EuropeanOptionTest::testGreekValues (tolerance 1e-4). Theta is per year; the per-day row is
     * theta / 365.
     */
    @Test
    void haugGreekValues() {
        assertThat(BlackScholes.delta(OptionType.CALL, 105, 100, 0.5, 0.10, 0.10, 0.36))
                .isCloseTo(0.5946, within(TABLE_TOL));
        assertThat(BlackScholes.delta(OptionType.PUT, 105, 100, 0.5, 0.10, 0.10, 0.36))
                .isCloseTo(-0.3566, within(TABLE_TOL));
        assertThat(BlackScholes.gamma(OptionType.CALL, 55, 60, 0.75, 0.10, 0.0, 0.30))
                .isCloseTo(0.0278, within(TABLE_TOL));
        assertThat(BlackScholes.gamma(OptionType.PUT, 55, 60, 0.75, 0.10, 0.0, 0.30))
                .isCloseTo(0.0278, within(TABLE_TOL));
        assertThat(BlackScholes.vega(OptionType.CALL, 55, 60, 0.75, 0.10, 0.0, 0.30))
                .isCloseTo(18.9358, within(TABLE_TOL));
        assertThat(BlackScholes.vega(OptionType.PUT, 55, 60, 0.75, 0.10, 0.0, 0.30))
                .isCloseTo(18.9358, within(TABLE_TOL));
        double theta = BlackScholes.theta(OptionType.PUT, 430, 405, 1.0 / 12.0, 0.07, 0.05, 0.20);
        assertThat(theta).isCloseTo(-31.1924, within(TABLE_TOL));
        assertThat(theta / 365.0).isCloseTo(-0.0855, within(TABLE_TOL));
        assertThat(BlackScholes.rho(OptionType.CALL, 72, 75, 1.0, 0.09, 0.0, 0.19))
                .isCloseTo(38.7325, within(TABLE_TOL));
    }

    /**
     * J. C. Hull, "Options, Futures, and Other Derivatives" (8th ed.), Example 15.6: S = 42,
     * K = 40, r = 10 %, sigma = 20 %, T = 0.5: c = 4.76, p = 0.81.
     */
    @Test
    void hullExample() {
        assertThat(BlackScholes.price(OptionType.CALL, 42, 40, 0.5, 0.10, 0.0, 0.20)).isCloseTo(4.76, within(HULL_TOL));
        assertThat(BlackScholes.price(OptionType.PUT, 42, 40, 0.5, 0.10, 0.0, 0.20)).isCloseTo(0.81, within(HULL_TOL));
    }

    /**
     * Price and greeks from QuantLib 1.29 (BlackCalculator, closed form, no day counts), produced
     * by tools/quantlib_black_reference.py; rerun it to regenerate.
     */
    @ParameterizedTest
    @CsvSource({
        // type, S, K, T, r, q, vol, price, delta, gamma, vega, theta, rho
        "CALL, 100.0, 100.0, 1.0, 0.05, 0.02, 0.2, 9.227005508154061, 0.5868511461347647, 0.018950578755008718, 37.90115751001743, -5.089318913998341, 49.45810910532239",
        "PUT, 100.0, 100.0, 1.0, 0.05, 0.02, 0.2, 6.330080627549918, -0.39334752717199084, 0.018950578755008718, 37.90115751001743, -2.293569138108273, -45.66483334474904",
        "CALL, 5000.0, 4500.0, 0.1232876712328767, 0.04, 0.013, 0.18, 519.3355712119027, 0.9585160682288398, 0.0002719592836870894, 150.8815204017429, -218.7697562556855, 526.8383962930227",
        "PUT, 5000.0, 4500.0, 0.1232876712328767, 0.04, 0.013, 0.25, 21.503812177129667, -0.09974742054862007, 0.0003989452715521573, 307.4064592439582, -297.34993913897426, -64.13929088057634",
        "CALL, 5000.0, 5600.0, 0.25, 0.04, 0.013, 0.12, 4.776324841938482, 0.04024740924749704, 0.0002885123114894464, 216.38423361708544, -57.17456332283492, 49.115180348886994",
        "PUT, 42.0, 40.0, 0.5, 0.1, 0.0, 0.2, 0.8085993729000926, -0.22086870905733139, 0.04996267040591187, 8.813415059602862, -0.754174496589769, -5.042542576653999",
        "CALL, 50.0, 80.0, 2.0, -0.01, 0.03, 0.6, 7.80270656990057, 0.38745061437900935, 0.008636309683976273, 25.90892905192883, -3.1894651947303094, 23.139648298099797",
        "PUT, 50.0, 20.0, 3.0, 0.02, 0.0, 1.5, 13.13455952638349, -0.04698550457795482, 0.0007554239930574609, 8.498519921896431, -1.8149532853684842, -46.45150426584369",
        "CALL, 1.0, 1.01, 0.019178082191780823, 0.03, 0.0, 0.05, 0.00028209913741077683, 0.08843200869968933, 23.147746991518204, 0.02219646971789329, -0.031579181026266334, 0.0016905462107834244",
        "PUT, 250.0, 260.0, 10.0, 0.03, 0.06, 0.35, 99.84492735039768, -0.22089061383618133, 0.0007675152983705921, 167.8939715185671, -1.5994762848343527, -1550.67580809443",
    })
    void matchesQuantLib(OptionType type, double s, double k, double t, double r, double q, double vol,
                         double price, double delta, double gamma, double vega, double theta, double rho) {
        Greeks g = BlackScholes.greeks(type, s, k, t, r, q, vol);
        assertThat(g.price()).isCloseTo(price, within(QUANTLIB_TOL * Math.max(1.0, Math.abs(price))));
        assertThat(g.delta()).isCloseTo(delta, within(QUANTLIB_TOL * Math.max(1.0, Math.abs(delta))));
        assertThat(g.gamma()).isCloseTo(gamma, within(QUANTLIB_TOL * Math.max(1.0, Math.abs(gamma))));
        assertThat(g.vega()).isCloseTo(vega, within(QUANTLIB_TOL * Math.max(1.0, Math.abs(vega))));
        assertThat(g.theta()).isCloseTo(theta, within(QUANTLIB_TOL * Math.max(1.0, Math.abs(theta))));
        assertThat(g.rho()).isCloseTo(rho, within(QUANTLIB_TOL * Math.max(1.0, Math.abs(rho))));
    }

    /** A grid of (type, S, K, T, r, q, vol) for identities and finite differences. */
    static List<double[]> grid() {
        List<double[]> cases = new ArrayList<>();
        for (double type : new double[] {1, -1}) {
            for (double s : new double[] {70, 95, 100, 130}) {
                for (double t : new double[] {0.02, 0.5, 3.0}) {
                    for (double vol : new double[] {0.05, 0.25, 0.9}) {
                        for (double[] rq : new double[][] {{0.04, 0.0}, {0.03, 0.05}, {-0.01, 0.02}}) {
                            cases.add(new double[] {type, s, 100.0, t, rq[0], rq[1], vol});
                        }
                    }
                }
            }
        }
        return cases;
    }

    private static OptionType type(double[] c) {
        return c[0] > 0 ? OptionType.CALL : OptionType.PUT;
    }

    private static double price(double[] c, double s, double t, double r, double vol) {
        return BlackScholes.price(type(c), s, c[2], t, r, c[5], vol);
    }

    @Test
    void greeksMatchCentralFiniteDifferences() {
        for (double[] c : grid()) {
            OptionType type = type(c);
            double s = c[1];
            double k = c[2];
            double t = c[3];
            double r = c[4];
            double q = c[5];
            double vol = c[6];
            Greeks g = BlackScholes.greeks(type, s, k, t, r, q, vol);
            double v = g.price();
            // Bumps scaled to the natural size of each variable: spot by S sigma sqrt(T), so that
            // low-vol cases (where the price varies on that scale) keep a small truncation error.
            double hs = 1e-4 * s * vol * Math.sqrt(t);
            double ht = 1e-5 * t;
            double hv = 1e-5 * vol;
            double hr = 1e-5;
            String at = java.util.Arrays.toString(c);
            assertClose("delta " + at, (price(c, s + hs, t, r, vol) - price(c, s - hs, t, r, vol)) / (2 * hs),
                    g.delta(), v, hs);
            // Gamma as the central difference of the analytic delta.
            double deltaUp = BlackScholes.delta(type, s + hs, k, t, r, q, vol);
            double deltaDown = BlackScholes.delta(type, s - hs, k, t, r, q, vol);
            assertClose("gamma " + at, (deltaUp - deltaDown) / (2 * hs), g.gamma(), 1.0, hs);
            assertClose("vega " + at, (price(c, s, t, r, vol + hv) - price(c, s, t, r, vol - hv)) / (2 * hv),
                    g.vega(), v, hv);
            // theta is dV/dt as calendar time passes = -dV/dT
            assertClose("theta " + at, -(price(c, s, t + ht, r, vol) - price(c, s, t - ht, r, vol)) / (2 * ht),
                    g.theta(), v, ht);
            assertClose("rho " + at, (price(c, s, t, r + hr, vol) - price(c, s, t, r - hr, vol)) / (2 * hr),
                    g.rho(), v, hr);
        }
    }

    /**
     * Tolerance: FD_TOL relative for the truncation error, plus the rounding error of a central
     * difference of values of size {@code scale}, about {@code 1e-15 scale / h}.
     */
    static void assertClose(String what, double finiteDifference, double analytic, double scale, double h) {
        double tol = FD_TOL * Math.max(1e-3, Math.abs(analytic)) + 1e-15 * Math.abs(scale) / h;
        assertThat(finiteDifference).as(what).isCloseTo(analytic, within(tol));
    }

    @Test
    void putCallParity() {
        for (double[] c : grid()) {
            double s = c[1];
            double k = c[2];
            double t = c[3];
            double r = c[4];
            double q = c[5];
            double vol = c[6];
            double call = BlackScholes.price(OptionType.CALL, s, k, t, r, q, vol);
            double put = BlackScholes.price(OptionType.PUT, s, k, t, r, q, vol);
            double forwardValue = s * Math.exp(-q * t) - k * Math.exp(-r * t);
            assertThat(call - put).as(java.util.Arrays.toString(c))
                    .isCloseTo(forwardValue, within(PARITY_TOL * Math.max(s, k)));
            Greeks gc = BlackScholes.greeks(OptionType.CALL, s, k, t, r, q, vol);
            Greeks gp = BlackScholes.greeks(OptionType.PUT, s, k, t, r, q, vol);
            // Parity differentiated: delta_C - delta_P = e^{-qT}, equal gammas and vegas.
            assertThat(gc.delta() - gp.delta()).isCloseTo(Math.exp(-q * t), within(PARITY_TOL));
            assertThat(gc.gamma()).isCloseTo(gp.gamma(), within(PARITY_TOL * Math.max(1.0, gc.gamma())));
            assertThat(gc.vega()).isCloseTo(gp.vega(), within(PARITY_TOL * Math.max(1.0, gc.vega())));
            assertThat(gc.rho() - gp.rho()).isCloseTo(k * t * Math.exp(-r * t), within(PARITY_TOL * k * Math.max(1.0, t)));
        }
    }

    @Test
    void priceEqualsGreeksPriceAndSingleGreekMethods() {
        for (double[] c : grid()) {
            OptionType type = type(c);
            Greeks g = BlackScholes.greeks(type, c[1], c[2], c[3], c[4], c[5], c[6]);
            assertThat(g.price()).isEqualTo(BlackScholes.price(type, c[1], c[2], c[3], c[4], c[5], c[6]));
            assertThat(g.delta()).isEqualTo(BlackScholes.delta(type, c[1], c[2], c[3], c[4], c[5], c[6]));
            assertThat(g.gamma()).isEqualTo(BlackScholes.gamma(type, c[1], c[2], c[3], c[4], c[5], c[6]));
            assertThat(g.vega()).isEqualTo(BlackScholes.vega(type, c[1], c[2], c[3], c[4], c[5], c[6]));
            assertThat(g.theta()).isEqualTo(BlackScholes.theta(type, c[1], c[2], c[3], c[4], c[5], c[6]));
            assertThat(g.rho()).isEqualTo(BlackScholes.rho(type, c[1], c[2], c[3], c[4], c[5], c[6]));
            // BSM is Black-76 on the forward S e^{(r-q)T}, to the last bit.
            double forward = BlackScholes.forward(c[1], c[3], c[4], c[5]);
            assertThat(g.price()).isEqualTo(Black76.price(type, forward, c[2], c[3], c[4], c[6]));
        }
    }

    // ---- edges ----------------------------------------------------------------------------------

    @Test
    void expiredGivesIntrinsic() {
        for (double t : new double[] {0.0, -0.5}) {
            assertThat(BlackScholes.price(OptionType.CALL, 110, 100, t, 0.05, 0.01, 0.3)).isEqualTo(10.0);
            assertThat(BlackScholes.price(OptionType.PUT, 110, 100, t, 0.05, 0.01, 0.3)).isZero();
            assertThat(BlackScholes.price(OptionType.PUT, 90, 100, t, 0.05, 0.01, 0.3)).isEqualTo(10.0);
            Greeks g = BlackScholes.greeks(OptionType.PUT, 90, 100, t, 0.05, 0.01, 0.3);
            assertThat(g).isEqualTo(new Greeks(10.0, -1.0, 0.0, 0.0, 0.0, 0.0));
        }
        // Approaching expiry the price tends to intrinsic.
        assertThat(BlackScholes.price(OptionType.CALL, 110, 100, 1e-12, 0.05, 0.01, 0.3)).isCloseTo(10.0, within(1e-9));
        // At the money it vanishes like S sigma sqrt(T / (2 pi)).
        assertThat(BlackScholes.price(OptionType.CALL, 100, 100, 1e-12, 0.05, 0.01, 0.3))
                .isCloseTo(100 * 0.3 * Math.sqrt(1e-12 / (2 * Math.PI)), within(1e-10));
    }

    @Test
    void zeroVolGivesDiscountedForwardIntrinsic() {
        double s = 100;
        double k = 100;
        double t = 2.0;
        double r = 0.05;
        double q = 0.01;
        double discount = Math.exp(-r * t);
        double forward = s * Math.exp((r - q) * t);
        double expected = discount * (forward - k);
        assertThat(BlackScholes.price(OptionType.CALL, s, k, t, r, q, 0.0)).isEqualTo(expected);
        assertThat(BlackScholes.price(OptionType.PUT, s, k, t, r, q, 0.0)).isZero();
        Greeks g = BlackScholes.greeks(OptionType.CALL, s, k, t, r, q, 0.0);
        assertThat(g.price()).isEqualTo(expected);
        assertThat(g.delta()).isCloseTo(Math.exp(-q * t), within(1e-15));
        assertThat(g.gamma()).isZero();
        assertThat(g.vega()).isZero();
        assertThat(g.theta()).isCloseTo(q * s * Math.exp(-q * t) - r * k * discount, within(1e-13));
        assertThat(g.rho()).isCloseTo(k * t * discount, within(1e-12));
        // A tiny vol is continuous with zero vol.
        assertThat(BlackScholes.price(OptionType.CALL, s, k, t, r, q, 1e-12)).isCloseTo(expected, within(1e-12));
        assertThat(BlackScholes.price(OptionType.PUT, s, k, t, r, q, 1e-12)).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void extremeInputsNeverGiveNaN() {
        double[] spots = {0.0, 1e-300, 1e-8, 1.0, 100.0, 1e8, 1e100};
        double[] strikes = {0.0, 1e-300, 1e-8, 1.0, 100.0, 1e8, 1e100};
        double[] times = {0.0, 1e-300, 1e-12, 1.0, 1e4};
        double[] vols = {0.0, 1e-300, 1e-12, 0.2, 5.0, 1e6, 1e300};
        for (OptionType type : OptionType.values()) {
            for (double s : spots) {
                for (double k : strikes) {
                    for (double t : times) {
                        for (double vol : vols) {
                            double p = BlackScholes.price(type, s, k, t, 0.05, 0.02, vol);
                            String at = type + " S=" + s + " K=" + k + " T=" + t + " vol=" + vol;
                            assertThat(p).as(at).isNotNaN().isGreaterThanOrEqualTo(0.0);
                            Greeks g = BlackScholes.greeks(type, s, k, t, 0.05, 0.02, vol);
                            assertThat(g.price()).as(at).isEqualTo(p);
                            assertThat(new double[] {g.delta(), g.gamma(), g.vega(), g.theta(), g.rho()})
                                    .as(at).doesNotContain(Double.NaN);
                        }
                    }
                }
            }
        }
    }

    @Test
    void limitsInStrikeAndVol() {
        double s = 100;
        double t = 1;
        double r = 0.05;
        double q = 0.02;
        double spotTerm = s * Math.exp(-q * t);
        // Zero strike: the call is the prepaid forward, the put is worthless.
        assertThat(BlackScholes.price(OptionType.CALL, s, 0.0, t, r, q, 0.2)).isCloseTo(spotTerm, within(1e-12));
        assertThat(BlackScholes.price(OptionType.PUT, s, 0.0, t, r, q, 0.2)).isZero();
        Greeks zeroStrike = BlackScholes.greeks(OptionType.CALL, s, 0.0, t, r, q, 0.2);
        assertThat(zeroStrike.delta()).isCloseTo(Math.exp(-q * t), within(1e-15));
        // Huge strike: the call is worth exactly 0, the put its discounted forward intrinsic.
        double k = 1e12;
        assertThat(BlackScholes.price(OptionType.CALL, s, k, t, r, q, 0.2)).isZero();
        assertThat(BlackScholes.price(OptionType.PUT, s, k, t, r, q, 0.2))
                .isCloseTo(k * Math.exp(-r * t) - spotTerm, within(1e-3));
        // Huge vol: the call tends to S e^{-qT}, the put to K e^{-rT}.
        assertThat(BlackScholes.price(OptionType.CALL, s, 100, t, r, q, 1e3)).isCloseTo(spotTerm, within(1e-12));
        assertThat(BlackScholes.price(OptionType.PUT, s, 100, t, r, q, 1e3))
                .isCloseTo(100 * Math.exp(-r * t), within(1e-12));
        // Deep out of the money: 0, not negative, not NaN.
        assertThat(BlackScholes.price(OptionType.CALL, s, 1000, 0.01, r, q, 0.1)).isZero();
        assertThat(BlackScholes.price(OptionType.PUT, s, 10, 0.01, r, q, 0.1)).isZero();
    }

    @Test
    void rejectsInvalidInputs() {
        assertThatThrownBy(() -> BlackScholes.price(OptionType.CALL, Double.NaN, 100, 1, 0.05, 0, 0.2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spot").hasMessageContaining("NaN");
        assertThatThrownBy(() -> BlackScholes.price(OptionType.CALL, 100, -1, 1, 0.05, 0, 0.2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strike").hasMessageContaining("-1.0");
        assertThatThrownBy(() -> BlackScholes.greeks(OptionType.CALL, 100, 100, Double.NaN, 0.05, 0, 0.2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeToExpiry");
        assertThatThrownBy(() -> BlackScholes.price(OptionType.CALL, 100, 100, 1, 0.05, 0, -0.2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vol");
        assertThatThrownBy(() -> BlackScholes.price(OptionType.CALL, 100, 100, 1, 0.05, Double.POSITIVE_INFINITY, 0.2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dividendYield");
    }
}
