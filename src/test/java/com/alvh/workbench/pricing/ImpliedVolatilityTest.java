package com.alvh.workbench.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.alvh.workbench.math.NormalDistribution;
import org.junit.jupiter.api.Test;

class ImpliedVolatilityTest {

    /** Relative vol error allowed where the price pins the vol down well. */
    private static final double VOL_REL_TOL = 1e-10;
    /** Relative price noise of the Black formula, per unit of the conditioning factor below. */
    private static final double PRICE_NOISE = 1e-14;

    private static final double[] LOG_MONEYNESS = {-4, -2, -1, -0.3, -0.05, -1e-4, 0, 1e-4, 0.05, 0.3, 1, 2, 4};
    private static final double[] TIMES = {1.0 / (365 * 24), 1.0 / 365, 0.05, 0.5, 2, 10};
    private static final double[] VOLS = {1e-4, 1e-3, 0.01, 0.05, 0.15, 0.4, 1, 2, 5, 8};

    /**
     * Rounding noise of the undiscounted Black price, in index points: a few ulps of each of the two
     * terms {@code F N(v d1)} and {@code K N(v d2)} of the out-of-the-money option, each amplified
     * by {@code 1 + d1^2} (an ulp of d moves N(d) by about d^2 ulps relative in the tail), plus the
     * ulps of the intrinsic value added back in the money. It is large relative to the time value
     * at the money for tiny total vol (terms about F/2, time value about 0.4 F s) and far from the
     * money for small s (the two terms nearly cancel).
     */
    private static double priceNoise(OptionType type, double f, double k, double t, double vol) {
        double s = vol * Math.sqrt(t);
        double d1 = Math.log(f / k) / s + 0.5 * s;
        double v = type.payoff(f, k) > 0 ? -type.sign() : type.sign();
        double terms = f * NormalDistribution.cdf(v * d1) + k * NormalDistribution.cdf(v * (d1 - s));
        // Subnormal N values (below 2.2e-308) have an absolute spacing of 4.9e-324, times F or K.
        return PRICE_NOISE * ((1 + d1 * d1) * terms + type.payoff(f, k)) + 4 * Double.MIN_VALUE * (f + k);
    }

    /**
     * Allowed relative error of the recovered vol: VOL_REL_TOL plus the price noise divided by
     * {@code du / d ln(sigma)}, the change of the undiscounted price for a relative change of vol.
     */
    private static double volTolerance(OptionType type, double f, double k, double t, double vol) {
        double s = vol * Math.sqrt(t);
        double d1 = Math.log(f / k) / s + 0.5 * s;
        double vegaLog = f * NormalDistribution.pdf(d1) * s;
        return VOL_REL_TOL + priceNoise(type, f, k, t, vol) / vegaLog;
    }

    @Test
    void black76RoundTripOverWideGrid() {
        double f = 100.0;
        double r = 0.03;
        int inverted = 0;
        int rejected = 0;
        for (OptionType type : OptionType.values()) {
            for (double m : LOG_MONEYNESS) {
                double k = f * Math.exp(m);
                for (double t : TIMES) {
                    for (double vol : VOLS) {
                        double price = Black76.price(type, f, k, t, r, vol);
                        double discount = Math.exp(-r * t);
                        double lower = discount * type.payoff(f, k);
                        double upper = discount * (type == OptionType.CALL ? f : k);
                        String at = type + " K=" + k + " T=" + t + " vol=" + vol + " price=" + price;
                        if (!(price > lower && price < upper)) {
                            // The price rounded onto a bound: no vol can be recovered, and we must say so.
                            assertThatThrownBy(() -> ImpliedVolatility.black76(type, price, f, k, t, r))
                                    .as(at).isInstanceOf(IllegalArgumentException.class);
                            rejected++;
                            continue;
                        }
                        double implied = ImpliedVolatility.black76(type, price, f, k, t, r);
                        double tol = volTolerance(type, f, k, t, vol);
                        assertThat(implied / vol - 1).as(at + " implied=" + implied).isCloseTo(0.0, within(tol));
                        // Repricing gives the price back to its own rounding.
                        double repriced = Black76.price(type, f, k, t, r, implied);
                        assertThat(repriced).as(at)
                                .isCloseTo(price, within(1e-12 * price + 2 * discount * priceNoise(type, f, k, t, vol)));
                        inverted++;
                    }
                }
            }
        }
        // The grid is meant to exercise the solver more than the rejection path (prices that
        // underflow to 0 far out of the money at tiny vol, or round onto a bound, are rejected).
        assertThat(inverted).isGreaterThan(rejected).isGreaterThan(900);
    }

    @Test
    void blackScholesRoundTrip() {
        int inverted = 0;
        for (OptionType type : OptionType.values()) {
            for (double s : new double[] {4000, 5000, 6000}) {
                for (double k : new double[] {2500, 4500, 5000, 5500, 8000}) {
                    for (double t : new double[] {1.0 / 365, 45.0 / 365, 1.0, 5.0}) {
                        for (double vol : new double[] {0.005, 0.12, 0.3, 0.8, 3.0}) {
                            for (double[] rq : new double[][] {{0.04, 0.013}, {-0.01, 0.03}}) {
                                double r = rq[0];
                                double q = rq[1];
                                double price = BlackScholes.price(type, s, k, t, r, q, vol);
                                double f = BlackScholes.forward(s, t, r, q);
                                double discount = Math.exp(-r * t);
                                double lower = discount * type.payoff(f, k);
                                double upper = discount * (type == OptionType.CALL ? f : k);
                                if (!(price > lower && price < upper)) {
                                    continue;
                                }
                                double implied = ImpliedVolatility.blackScholes(type, price, s, k, t, r, q);
                                String at = type + " S=" + s + " K=" + k + " T=" + t + " vol=" + vol;
                                assertThat(implied / vol - 1).as(at + " implied=" + implied)
                                        .isCloseTo(0.0, within(volTolerance(type, f, k, t, vol)));
                                inverted++;
                            }
                        }
                    }
                }
            }
        }
        assertThat(inverted).isGreaterThan(400);
    }

    @Test
    void recoversVolFromTinyToHuge() {
        // At and next to the money, where every vol from 1e-4 to 8 is well determined by the price.
        for (double k : new double[] {20.0, 20.0 * (1 + 1e-7), 20.0 * (1 - 1e-6)}) {
            for (double vol : new double[] {1e-4, 3e-4, 1e-3, 0.02, 0.2, 1, 5, 8}) {
                for (double t : new double[] {1.0 / 365, 0.25, 1}) {
                    for (OptionType type : OptionType.values()) {
                        double price = Black76.price(type, 20, k, t, 0.04, vol);
                        assertThat(ImpliedVolatility.black76(type, price, 20, k, t, 0.04))
                                .as("%s K %s vol %s T %s", type, k, vol, t).isCloseTo(vol, within(1e-9 * vol));
                    }
                }
            }
        }
    }

    @Test
    void deepInAndOutOfTheMoneyAndTinyTime() {
        // A one-hour SPX option far out of the money, priced at 1e-8 points.
        double t = 1.0 / (365 * 24);
        double vol = ImpliedVolatility.blackScholes(OptionType.PUT, 1e-8, 5000, 4950, t, 0.04, 0.013);
        assertThat(BlackScholes.price(OptionType.PUT, 5000, 4950, t, 0.04, 0.013, vol)).isCloseTo(1e-8, within(1e-18));
        // The same option deep in the money (call) via parity: intrinsic plus the same time value.
        double call = BlackScholes.price(OptionType.CALL, 5000, 4950, t, 0.04, 0.013, vol);
        assertThat(ImpliedVolatility.blackScholes(OptionType.CALL, call, 5000, 4950, t, 0.04, 0.013))
                .isCloseTo(vol, within(1e-6 * vol));
        // A VIX call 4x out of the money with a price of 1e-200.
        double tiny = 1e-200;
        double s = ImpliedVolatility.black76(OptionType.CALL, tiny, 20, 80, 0.1, 0.0);
        assertThat(Black76.price(OptionType.CALL, 20, 80, 0.1, 0.0, s) / tiny).isCloseTo(1.0, within(1e-10));
    }

    @Test
    void nearTheUpperBound() {
        // A call worth 99.999999 % of the discounted forward: the vol is very large but finite.
        double f = 100;
        double k = 100;
        double t = 1;
        double price = 0.99999999 * f;
        double vol = ImpliedVolatility.black76(OptionType.CALL, price, f, k, t, 0.0);
        assertThat(vol).isGreaterThan(5.0);
        assertThat(Black76.price(OptionType.CALL, f, k, t, 0.0, vol)).isCloseTo(price, within(1e-12));
    }

    @Test
    void totalVolatilityOfUndiscountedPrice() {
        double u = Black76.undiscountedPrice(OptionType.PUT, 18, 20, 0.35);
        assertThat(ImpliedVolatility.totalVolatility(OptionType.PUT, u, 18, 20)).isCloseTo(0.35, within(1e-14));
    }

    @Test
    void pricesOnOrOutsideTheBoundsAreRejectedWithTheBoundsInTheMessage() {
        double f = 100;
        double k = 90;
        double t = 0.5;
        double r = 0.04;
        double discount = Math.exp(-r * t);
        double lower = discount * (f - k);
        double upper = discount * f;
        for (double price : new double[] {lower, upper, 0.5 * lower, 2 * upper, -1, Double.NaN}) {
            assertThatThrownBy(() -> ImpliedVolatility.black76(OptionType.CALL, price, f, k, t, r))
                    .as("price %s", price)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("outside the no-arbitrage bounds")
                    .hasMessageContaining(String.valueOf(lower))
                    .hasMessageContaining(String.valueOf(upper));
        }
        // A price exactly at the bound is named in the message too.
        assertThatThrownBy(() -> ImpliedVolatility.black76(OptionType.PUT, 0.0, f, k, t, r))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("price 0.0 of the PUT");
        // Black-Scholes: the call cannot be worth S e^{-qT} or more.
        double s = 5000;
        double prepaid = s * Math.exp(-0.013);
        assertThatThrownBy(() -> ImpliedVolatility.blackScholes(OptionType.CALL, prepaid * 1.0001, s, 5000, 1, 0.04, 0.013))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the no-arbitrage bounds");
    }

    @Test
    void rejectsInvalidInputs() {
        assertThatThrownBy(() -> ImpliedVolatility.black76(OptionType.CALL, 1, 20, 20, 0.0, 0.04))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeToExpiry");
        assertThatThrownBy(() -> ImpliedVolatility.black76(OptionType.CALL, 1, 20, 0.0, 1, 0.04))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strike");
        assertThatThrownBy(() -> ImpliedVolatility.blackScholes(OptionType.CALL, 1, -5, 20, 1, 0.04, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spot");
    }
}
