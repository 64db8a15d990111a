package com.alvh.workbench.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;

/**
 * Properties of the Black-Scholes-Merton and Black-76 prices that hold for any inputs, checked by
 * jqwik on 500 generated cases each (fixed seed, so a CI run is reproducible; change the seed to
 * explore).
 */
class BlackScholesPropertiesTest {

    /** Slack for rounding, relative to the size of the prices compared. */
    private static final double ROUNDING = 1e-13;

    @Property(tries = 500, seed = "20240611")
    void callIncreasingInSpotAndVolDecreasingInStrike(
            @ForAll @Scale(10) @DoubleRange(min = 1, max = 10_000) double spot,
            @ForAll @Scale(10) @DoubleRange(min = 0.2, max = 5) double moneyness,
            @ForAll @Scale(10) @DoubleRange(min = 1e-4, max = 10) double t,
            @ForAll @Scale(10) @DoubleRange(min = -0.02, max = 0.10) double r,
            @ForAll @Scale(10) @DoubleRange(min = 0, max = 0.08) double q,
            @ForAll @Scale(10) @DoubleRange(min = 1e-3, max = 3) double vol,
            @ForAll @Scale(10) @DoubleRange(min = 1e-6, max = 0.5) double bump) {
        double k = spot * moneyness;
        double c = BlackScholes.price(OptionType.CALL, spot, k, t, r, q, vol);
        double slack = ROUNDING * Math.max(spot, k);
        assertThat(BlackScholes.price(OptionType.CALL, spot * (1 + bump), k, t, r, q, vol))
                .isGreaterThanOrEqualTo(c - slack);
        assertThat(BlackScholes.price(OptionType.CALL, spot, k, t, r, q, vol * (1 + bump)))
                .isGreaterThanOrEqualTo(c - slack);
        assertThat(BlackScholes.price(OptionType.CALL, spot, k * (1 + bump), t, r, q, vol))
                .isLessThanOrEqualTo(c + slack);
    }

    @Property(tries = 500, seed = "20240611")
    void callWithinNoArbitrageBounds(
            @ForAll @Scale(10) @DoubleRange(min = 1, max = 10_000) double spot,
            @ForAll @Scale(10) @DoubleRange(min = 0.01, max = 100) double moneyness,
            @ForAll @Scale(10) @DoubleRange(min = 0, max = 30) double t,
            @ForAll @Scale(10) @DoubleRange(min = -0.02, max = 0.15) double r,
            @ForAll @Scale(10) @DoubleRange(min = 0, max = 0.10) double q,
            @ForAll @Scale(10) @DoubleRange(min = 0, max = 10) double vol) {
        double k = spot * moneyness;
        double c = BlackScholes.price(OptionType.CALL, spot, k, t, r, q, vol);
        double discount = Math.exp(-r * t);
        double forward = spot * Math.exp((r - q) * t);
        double slack = ROUNDING * Math.max(spot, k);
        // max(F - K, 0) e^{-rT} <= C <= S e^{-qT}
        assertThat(c).isGreaterThanOrEqualTo(Math.max(forward - k, 0.0) * discount - slack);
        assertThat(c).isLessThanOrEqualTo(spot * Math.exp(-q * t) + slack);
        double p = BlackScholes.price(OptionType.PUT, spot, k, t, r, q, vol);
        // max(K - F, 0) e^{-rT} <= P <= K e^{-rT}
        assertThat(p).isGreaterThanOrEqualTo(Math.max(k - forward, 0.0) * discount - slack);
        assertThat(p).isLessThanOrEqualTo(k * discount + slack);
    }

    @Property(tries = 500, seed = "20240611")
    void putCallParity(
            @ForAll @Scale(10) @DoubleRange(min = 1, max = 10_000) double spot,
            @ForAll @Scale(10) @DoubleRange(min = 0.05, max = 20) double moneyness,
            @ForAll @Scale(10) @DoubleRange(min = 0, max = 30) double t,
            @ForAll @Scale(10) @DoubleRange(min = -0.02, max = 0.15) double r,
            @ForAll @Scale(10) @DoubleRange(min = 0, max = 0.10) double q,
            @ForAll @Scale(10) @DoubleRange(min = 0, max = 5) double vol) {
        double k = spot * moneyness;
        double c = BlackScholes.price(OptionType.CALL, spot, k, t, r, q, vol);
        double p = BlackScholes.price(OptionType.PUT, spot, k, t, r, q, vol);
        // C - P = S e^{-qT} - K e^{-rT}; at T = 0 this is S - K.
        double expected = spot * Math.exp(-q * t) - k * Math.exp(-r * t);
        assertThat(c - p).isCloseTo(expected, within(ROUNDING * Math.max(spot, k)));
    }

    @Property(tries = 500, seed = "20240611")
    void black76ParityAndImpliedVolRoundTrip(
            @ForAll @Scale(10) @DoubleRange(min = 5, max = 80) double forward,
            @ForAll @Scale(10) @DoubleRange(min = 0.5, max = 2) double moneyness,
            @ForAll @Scale(10) @DoubleRange(min = 0.0027, max = 1) double t,
            @ForAll @Scale(10) @DoubleRange(min = 0, max = 0.08) double r,
            @ForAll @Scale(10) @DoubleRange(min = 0.05, max = 3) double vol) {
        double k = forward * moneyness;
        double c = Black76.price(OptionType.CALL, forward, k, t, r, vol);
        double p = Black76.price(OptionType.PUT, forward, k, t, r, vol);
        assertThat(c - p).isCloseTo(Math.exp(-r * t) * (forward - k), within(ROUNDING * Math.max(forward, k)));
        // Invert the out-of-the-money side, where the price carries the most information.
        OptionType otm = k >= forward ? OptionType.CALL : OptionType.PUT;
        double price = otm == OptionType.CALL ? c : p;
        if (price > 1e-250) {
            double implied = ImpliedVolatility.black76(otm, price, forward, k, t, r);
            assertThat(Black76.price(otm, forward, k, t, r, implied)).isCloseTo(price, within(1e-9 * price));
        }
    }
}
