package com.alvh.workbench.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Black76Test {

    private static final double TABLE_TOL = 1e-4;
    private static final double QUANTLIB_TOL = 1e-12;
    private static final double PARITY_TOL = 1e-13;

    /**
     * Haug (1998) p. 2-8: the generalised Black-Scholes example with cost of carry b = r - q = 0,
     * which is Black-76 on a future F = 19: K = 19, T = 0.75, r = 10 %, sigma = 28 %, call = put =
     * 1.7011 (as tabulated in QuantLib's europeanoption.cpp with tolerance 1e-4).
     */
    @Test
    void haugFuturesOptionExample() {
        assertThat(Black76.price(OptionType.CALL, 19, 19, 0.75, 0.10, 0.28)).isCloseTo(1.7011, within(TABLE_TOL));
        assertThat(Black76.price(OptionType.PUT, 19, 19, 0.75, 0.10, 0.28)).isCloseTo(1.7011, within(TABLE_TOL));
    }

    /**
     * Price and F-greeks from QuantLib 1.29 BlackCalculator via tools/quantlib_black_reference.py.
     * QuantLib's rho assumes a forward that moves with r, so rho is checked against finite
     * differences instead.
     */
    @ParameterizedTest
    @CsvSource({
        // type, F, K, T, r, vol, price, delta, gamma, vega, theta
        "CALL, 19.0, 19.0, 0.75, 0.1, 0.28, 1.701050725236268, 0.5086362359336518, 0.07974503467912114, 6.045471079024173, -0.9583828622275522",
        "PUT, 19.0, 19.0, 0.75, 0.1, 0.28, 1.701050725236268, -0.4191072503949011, 0.07974503467912114, 6.045471079024173, -0.9583828622275522",
        "CALL, 20.0, 25.0, 0.0821917808219178, 0.04, 0.9, 0.612637459934659, 0.23016436037091062, 0.058779729121695115, 1.7392358205871432, -9.497810619317224",
        "PUT, 20.0, 15.0, 0.0821917808219178, 0.04, 0.9, 0.29511178821450734, -0.10640622406902901, 0.03554450549282524, 1.0517278337603087, -5.74640541830911",
        "CALL, 32.0, 25.0, 0.1643835616438356, 0.04, 1.1, 9.20268024106873, 0.776155093753578, 0.020542368840127966, 3.803658782715641, -12.35830113419333",
        "PUT, 18.5, 22.0, 0.4, 0.05, 0.7, 5.45055067979142, -0.5562660611424565, 0.047059495855907026, 4.50971148787157, -3.673470017898052",
        "CALL, 100.0, 140.0, 2.0, 0.01, 0.3, 5.908777643165512, 0.27508318394204434, 0.007785786005766414, 46.714716034598474, -3.444515926163231",
    })
    void matchesQuantLib(OptionType type, double f, double k, double t, double r, double vol,
                         double price, double delta, double gamma, double vega, double theta) {
        Greeks g = Black76.greeks(type, f, k, t, r, vol);
        assertThat(g.price()).isCloseTo(price, within(QUANTLIB_TOL * Math.max(1.0, Math.abs(price))));
        assertThat(g.delta()).isCloseTo(delta, within(QUANTLIB_TOL * Math.max(1.0, Math.abs(delta))));
        assertThat(g.gamma()).isCloseTo(gamma, within(QUANTLIB_TOL * Math.max(1.0, Math.abs(gamma))));
        assertThat(g.vega()).isCloseTo(vega, within(QUANTLIB_TOL * Math.max(1.0, Math.abs(vega))));
        assertThat(g.theta()).isCloseTo(theta, within(QUANTLIB_TOL * Math.max(1.0, Math.abs(theta))));
        assertThat(g.price()).isEqualTo(Black76.price(type, f, k, t, r, vol));
    }

    @Test
    void greeksMatchCentralFiniteDifferencesAndParityHolds() {
        for (OptionType type : OptionType.values()) {
            for (double f : new double[] {12, 18, 20, 27, 45}) {
                for (double t : new double[] {0.01, 0.1, 0.5, 2.0}) {
                    for (double vol : new double[] {0.1, 0.6, 1.5}) {
                        for (double r : new double[] {-0.005, 0.04}) {
                            check(type, f, 20.0, t, r, vol);
                        }
                    }
                }
            }
        }
    }

    private static void check(OptionType type, double f, double k, double t, double r, double vol) {
        String at = Arrays.toString(new double[] {type.sign(), f, k, t, r, vol});
        Greeks g = Black76.greeks(type, f, k, t, r, vol);
        double v = g.price();
        double hf = 1e-4 * f * vol * Math.sqrt(t);
        double ht = 1e-5 * t;
        double hv = 1e-5 * vol;
        double hr = 1e-5;
        BlackScholesTest.assertClose("delta " + at,
                (Black76.price(type, f + hf, k, t, r, vol) - Black76.price(type, f - hf, k, t, r, vol)) / (2 * hf),
                g.delta(), v, hf);
        BlackScholesTest.assertClose("gamma " + at,
                (Black76.greeks(type, f + hf, k, t, r, vol).delta() - Black76.greeks(type, f - hf, k, t, r, vol).delta())
                        / (2 * hf), g.gamma(), 1.0, hf);
        BlackScholesTest.assertClose("vega " + at,
                (Black76.price(type, f, k, t, r, vol + hv) - Black76.price(type, f, k, t, r, vol - hv)) / (2 * hv),
                g.vega(), v, hv);
        BlackScholesTest.assertClose("theta " + at,
                -(Black76.price(type, f, k, t + ht, r, vol) - Black76.price(type, f, k, t - ht, r, vol)) / (2 * ht),
                g.theta(), v, ht);
        BlackScholesTest.assertClose("rho " + at,
                (Black76.price(type, f, k, t, r + hr, vol) - Black76.price(type, f, k, t, r - hr, vol)) / (2 * hr),
                g.rho(), v, hr);
        // Black-76 parity: C - P = e^{-rT} (F - K).
        double call = Black76.price(OptionType.CALL, f, k, t, r, vol);
        double put = Black76.price(OptionType.PUT, f, k, t, r, vol);
        assertThat(call - put).as("parity " + at)
                .isCloseTo(Math.exp(-r * t) * (f - k), within(PARITY_TOL * Math.max(f, k)));
    }

    @Test
    void edges() {
        // Expired: the payoff, undiscounted.
        assertThat(Black76.price(OptionType.CALL, 25, 20, 0.0, 0.05, 0.9)).isEqualTo(5.0);
        assertThat(Black76.greeks(OptionType.CALL, 25, 20, -1.0, 0.05, 0.9)).isEqualTo(new Greeks(5, 1, 0, 0, 0, 0));
        // Zero vol: discounted forward intrinsic, with theta r V and rho -T V.
        double discount = Math.exp(-0.05 * 0.5);
        assertThat(Black76.price(OptionType.PUT, 15, 20, 0.5, 0.05, 0.0)).isEqualTo(discount * 5.0);
        Greeks g = Black76.greeks(OptionType.PUT, 15, 20, 0.5, 0.05, 0.0);
        assertThat(g.delta()).isEqualTo(-discount);
        assertThat(g.theta()).isCloseTo(0.05 * discount * 5.0, within(1e-15));
        assertThat(g.rho()).isCloseTo(-0.5 * discount * 5.0, within(1e-15));
        // Zero strike: a call is the discounted future, a put is worthless.
        assertThat(Black76.price(OptionType.CALL, 15, 0.0, 0.5, 0.05, 0.8)).isEqualTo(discount * 15.0);
        assertThat(Black76.price(OptionType.PUT, 15, 0.0, 0.5, 0.05, 0.8)).isZero();
        // Huge vol and overflowing sigma sqrt(T): the upper bounds, no NaN.
        assertThat(Black76.price(OptionType.CALL, 15, 20, 0.5, 0.05, 1e200)).isCloseTo(discount * 15.0, within(1e-13));
        assertThat(Black76.undiscountedPrice(OptionType.PUT, 15, 20, Double.POSITIVE_INFINITY)).isEqualTo(20.0);
        // Deep out of the money and tiny vol: exactly 0.
        assertThat(Black76.price(OptionType.CALL, 15, 400, 0.05, 0.05, 0.3)).isZero();
        assertThat(Black76.price(OptionType.CALL, 15, 15.0001, 1.0, 0.05, 1e-300)).isZero();
        // The undiscounted price is never below intrinsic.
        assertThat(Black76.undiscountedPrice(OptionType.CALL, 30, 20, 1e-3)).isGreaterThanOrEqualTo(10.0);
    }

    @Test
    void rejectsInvalidInputs() {
        assertThatThrownBy(() -> Black76.price(OptionType.CALL, -1, 20, 1, 0.05, 0.2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("forward").hasMessageContaining("-1.0");
        assertThatThrownBy(() -> Black76.greeks(OptionType.CALL, 20, 20, 1, Double.NaN, 0.2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rate");
        assertThatThrownBy(() -> Black76.price(OptionType.CALL, 20, 20, 1, 0.05, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vol");
    }
}
