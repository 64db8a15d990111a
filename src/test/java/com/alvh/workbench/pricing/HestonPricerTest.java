package com.alvh.workbench.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HestonPricerTest {

    /** QuantLib's own tolerance for the Lewis table (relative). */
    private static final double LEWIS_REL_TOL = 1e-12;
    /** Agreement with QuantLib's adaptive Gauss-Lobatto engine (relative), see the peer script. */
    private static final double QUANTLIB_REL_TOL = 1e-10;
    /** Rounding of the published Andersen (2008) case-I prices (three decimals). */
    private static final double ANDERSEN_ROUNDING = 5e-4;
    /** Parity and identity checks in index points (quadrature tolerance is 1e-13 per unit spot). */
    private static final double IDENTITY_TOL = 1e-10;

    /**
     * Alan Lewis's reference prices (posted on Wilmott, thread 90957), as used by QuantLib's
     * test-suite/hestonmodel.cpp, HestonModelTest::testAlanLewisReferencePrices, with the same
     * relative tolerance 1e-12: S = 100, r = 0.01, q = 0.02, T = 1, v0 = 0.04, kappa = 4,
     * theta = 0.25, sigma = 1, rho = -0.5.
     */
    @ParameterizedTest
    @CsvSource({
        " 80, 7.958878113256768285213263077598987193482161301733,  26.774758743998854221382195325726949201687074848341",
        " 90, 12.017966707346304987709573290236471654992071308187, 20.933349000596710388139445766564068085476194042256",
        "100, 17.055270961270109413522653999411000974895436309183, 16.070154917028834278213466703938231827658768230714",
        "110, 23.017825898442800538908781834822560777763225722188, 12.132211516709844867860534767549426052805766831181",
        "120, 29.811026202682471843340682293165857439167301370697, 9.024913483457835636553375454092357136489051667150",
    })
    void reproducesAlanLewisReferencePrices(double strike, double put, double call) {
        HestonModel model = HestonModel.of(0.04, 4.0, 0.25, 1.0, -0.5);
        double computedPut = HestonPricer.putPrice(model, 100.0, strike, 1.0, 0.01, 0.02);
        double computedCall = HestonPricer.callPrice(model, 100.0, strike, 1.0, 0.01, 0.02);
        assertThat(Math.abs(computedPut - put) / put).as("put K=%s", strike).isLessThanOrEqualTo(LEWIS_REL_TOL);
        assertThat(Math.abs(computedCall - call) / call).as("call K=%s", strike).isLessThanOrEqualTo(LEWIS_REL_TOL);
    }

    /**
     * Andersen (2008), "Simple and efficient simulation of the Heston stochastic volatility model",
     * J. Comp. Finance 11(3), test case I: S = 100, r = q = 0, T = 10, v0 = theta = 0.04,
     * kappa = 0.5, sigma = 1, rho = -0.9 (Feller ratio 2 kappa theta/sigma^2 = 0.04). Exact prices
     * to three decimals as quoted in PyFENG's HestonMcAndersen2008 docstring ("true price: 44.330,
     * 13.085, 0.296" for K = 60, 100, 140).
     */
    @ParameterizedTest
    @CsvSource({"60, 44.330", "100, 13.085", "140, 0.296"})
    void reproducesAndersenCaseOnePublishedPrices(double strike, double expected) {
        HestonModel caseOne = HestonModel.of(0.04, 0.5, 0.04, 1.0, -0.9);
        assertThat(HestonPricer.callPrice(caseOne, 100.0, strike, 10.0, 0.0, 0.0))
                .isCloseTo(expected, offset(ANDERSEN_ROUNDING));
    }

    /**
     * Extra reference values from QuantLib 1.29's AnalyticHestonEngine with adaptive Gauss-Lobatto
     * integration at tolerance 1e-14 (tools/quantlib_heston_peer.py; the Andersen-Piterbarg engine
     * agreed to ~1e-13 where it converged). Andersen (2008) cases I-III (long-dated, high
     * vol-of-vol, Feller violated), a 30-year sigma = 2, rho = -0.95 stress case (where
     * QuantLib's Andersen-Piterbarg and COS engines fail or lose digits) and a one-week
     * low-variance case (slowly decaying integrand). T = days/365.
     */
    @ParameterizedTest(name = "{0} K={10}")
    @CsvSource({
        // name, S, r, q, v0, kappa, theta, sigma, rho, days, strike, call, put
        "caseI,   100, 0, 0, 0.04, 0.5, 0.04, 1.0, -0.9, 3650,  60, 44.3299750701744,  4.32997507017434",
        "caseI,   100, 0, 0, 0.04, 0.5, 0.04, 1.0, -0.9, 3650,  70, 35.849769703838,   5.84976970383797",
        "caseI,   100, 0, 0, 0.04, 0.5, 0.04, 1.0, -0.9, 3650, 100, 13.0846701369924, 13.0846701369924",
        "caseI,   100, 0, 0, 0.04, 0.5, 0.04, 1.0, -0.9, 3650, 140, 0.295774435798029, 40.295774435798",
        "caseII,  100, 0, 0, 0.04, 0.3, 0.04, 0.9, -0.5, 5475,  60, 45.2868639699815,  5.28686396998147",
        "caseII,  100, 0, 0, 0.04, 0.3, 0.04, 0.9, -0.5, 5475, 100, 16.6492229203586, 16.6492229203586",
        "caseII,  100, 0, 0, 0.04, 0.3, 0.04, 0.9, -0.5, 5475, 140, 5.13819049378483, 45.1381904937848",
        "caseIII, 100, 0, 0, 0.09, 1.0, 0.09, 1.0, -0.3, 1825,  60, 45.9968539763127,  5.99685397631266",
        "caseIII, 100, 0, 0, 0.09, 1.0, 0.09, 1.0, -0.3, 1825, 100, 21.7952877424735, 21.7952877424735",
        "caseIII, 100, 0, 0, 0.09, 1.0, 0.09, 1.0, -0.3, 1825, 140, 9.98306782379846, 49.9830678237985",
        "stress,  100, 0.03, 0.01, 0.09, 0.3, 0.09, 2.0, -0.95, 10950,  50, 56.3440123409034, 2.59067325976156",
        "stress,  100, 0.03, 0.01, 0.09, 0.3, 0.09, 2.0, -0.95, 10950, 100, 40.0835140482311, 6.65865795411926",
        "stress,  100, 0.03, 0.01, 0.09, 0.3, 0.09, 2.0, -0.95, 10950, 200, 12.6311220724195, 19.8632319523675",
        "oneWeek, 100, 0.02, 0, 0.01, 2.0, 0.02, 0.3, -0.7, 7,  95, 5.03705304598775, 0.000621677107875598",
        "oneWeek, 100, 0.02, 0, 0.01, 2.0, 0.02, 0.3, -0.7, 7, 100, 0.574392732974559, 0.536043923627325",
        "oneWeek, 100, 0.02, 0, 0.01, 2.0, 0.02, 0.3, -0.7, 7, 103, 0.00272579796442707, 2.96322652433679",
        "bench,   100, 0.03, 0.015, 0.04, 1.5, 0.06, 0.6, -0.7, 365, 100, 8.48378024599717, 7.01713964054172",
    })
    void agreesWithQuantLibAnalyticHestonEngine(String name, double spot, double r, double q, double v0,
                                                double kappa, double theta, double sigma, double rho, int days,
                                                double strike, double call, double put) {
        HestonModel model = HestonModel.of(v0, kappa, theta, sigma, rho);
        double t = days / 365.0;
        // Relative tolerance, with an absolute floor of 1e-12 for the tiny out-of-the-money puts.
        assertThat(HestonPricer.callPrice(model, spot, strike, t, r, q))
                .isCloseTo(call, offset(Math.max(QUANTLIB_REL_TOL * call, 1e-12)));
        assertThat(HestonPricer.putPrice(model, spot, strike, t, r, q))
                .isCloseTo(put, offset(Math.max(QUANTLIB_REL_TOL * put, 1e-12)));
    }

    @Property(tries = 60)
    void putCallParityHolds(@ForAll @Scale(4) @DoubleRange(min = 0.005, max = 0.5) double v0,
                            @ForAll @Scale(4) @DoubleRange(min = 0.1, max = 8.0) double kappa,
                            @ForAll @Scale(4) @DoubleRange(min = 0.005, max = 0.5) double theta,
                            @ForAll @Scale(4) @DoubleRange(min = 0.05, max = 2.0) double sigma,
                            @ForAll @Scale(4) @DoubleRange(min = -0.95, max = 0.5) double rho,
                            @ForAll @Scale(4) @DoubleRange(min = 0.02, max = 20.0) double t,
                            @ForAll @Scale(4) @DoubleRange(min = 0.5, max = 2.0) double moneyness) {
        HestonModel model = HestonModel.of(v0, kappa, theta, sigma, rho);
        double spot = 100.0;
        double strike = spot * moneyness;
        double r = 0.03;
        double q = 0.01;
        double call = HestonPricer.callPrice(model, spot, strike, t, r, q);
        double put = HestonPricer.putPrice(model, spot, strike, t, r, q);
        double forwardValue = spot * Math.exp(-q * t) - strike * Math.exp(-r * t);
        assertThat(call - put).isCloseTo(forwardValue, offset(IDENTITY_TOL));
        // No-arbitrage bounds.
        assertThat(call).isBetween(Math.max(forwardValue, 0.0), spot * Math.exp(-q * t));
        assertThat(put).isBetween(Math.max(-forwardValue, 0.0), strike * Math.exp(-r * t));
    }

    @Test
    void smallVolOfVolGivesBlackScholesWithSqrtThetaWhenV0EqualsTheta() {
        // Same set-up as QuantLib's testAnalyticVsBlack (S = 32, K = 30, r = 0.1, q = 0.04,
        // v0 = theta = 0.05, kappa = 5, rho = 0, T = 1/2), with sigma = 1e-5 so the O(sigma^2)
        // model difference is far below the tolerance.
        HestonModel model = HestonModel.of(0.05, 5.0, 0.05, 1e-5, 0.0);
        for (OptionType type : OptionType.values()) {
            double heston = HestonPricer.price(type, model, 32.0, 30.0, 0.5, 0.1, 0.04);
            double black = BlackScholes.price(type, 32.0, 30.0, 0.5, 0.1, 0.04, Math.sqrt(0.05));
            assertThat(heston).as("%s", type).isCloseTo(black, offset(1e-9));
        }
    }

    @Test
    void smallVolOfVolGivesBlackScholesWithTheAverageVarianceWhenV0DiffersFromTheta() {
        HestonModel model = HestonModel.of(0.09, 2.0, 0.03, 1e-8, -0.5);
        double t = 0.75;
        // (1/T) int_0^T E[v_t] dt = theta + (v0 - theta)(1 - e^{-kappa T})/(kappa T)
        double averageVariance = 0.03 + 0.06 * (1.0 - Math.exp(-1.5)) / 1.5;
        for (double strike : new double[] {70.0, 100.0, 130.0}) {
            double heston = HestonPricer.callPrice(model, 100.0, strike, t, 0.02, 0.0);
            double black = BlackScholes.price(OptionType.CALL, 100.0, strike, t, 0.02, 0.0, Math.sqrt(averageVariance));
            assertThat(heston).as("K=%s", strike).isCloseTo(black, offset(1e-7));
        }
    }

    @Test
    void callsDecreaseAndAreConvexInStrike() {
        HestonModel model = HestonModel.of(0.04, 1.5, 0.06, 0.8, -0.8);
        double[] strikes = new double[41];
        for (int i = 0; i < strikes.length; i++) {
            strikes[i] = 60.0 + 2.0 * i;
        }
        double[] calls = HestonPricer.prices(OptionType.CALL, model, 100.0, strikes, 0.5, 0.03, 0.01);
        double discount = Math.exp(-0.03 * 0.5);
        for (int i = 1; i < strikes.length; i++) {
            double slope = (calls[i] - calls[i - 1]) / (strikes[i] - strikes[i - 1]);
            assertThat(slope).as("K=%s", strikes[i]).isBetween(-discount, 0.0);
        }
        for (int i = 1; i < strikes.length - 1; i++) {
            assertThat(calls[i - 1] - 2.0 * calls[i] + calls[i + 1]).as("K=%s", strikes[i]).isGreaterThan(0.0);
        }
    }

    @Test
    void characteristicFunctionIsOneAtZeroAndAtMinusIAndBlackScholesForSmallSigma() {
        HestonModel model = HestonModel.of(0.04, 4.0, 0.25, 1.0, -0.5);
        double[] atZero = HestonPricer.characteristicFunction(model, 2.0, 0.0, 0.0);
        double[] atMinusI = HestonPricer.characteristicFunction(model, 2.0, 0.0, -1.0);
        assertThat(atZero[0]).isCloseTo(1.0, offset(1e-15));
        assertThat(atZero[1]).isCloseTo(0.0, offset(1e-15));
        // E[S_T/F] = 1: the martingale condition.
        assertThat(atMinusI[0]).isCloseTo(1.0, offset(1e-15));
        assertThat(atMinusI[1]).isCloseTo(0.0, offset(1e-15));
        // sigma -> 0, v0 = theta: phi(u) = exp(-theta T (u^2 + i u)/2).
        HestonModel flat = HestonModel.of(0.04, 1.0, 0.04, 1e-10, 0.3);
        double u = 3.0;
        double[] phi = HestonPricer.characteristicFunction(flat, 2.0, u, 0.0);
        double modulus = Math.exp(-0.5 * 0.04 * 2.0 * u * u);
        double angle = -0.5 * 0.04 * 2.0 * u;
        assertThat(phi[0]).isCloseTo(modulus * Math.cos(angle), offset(1e-9));
        assertThat(phi[1]).isCloseTo(modulus * Math.sin(angle), offset(1e-9));
    }

    @Test
    void expiryEdgesAndZeroVariance() {
        HestonModel model = HestonModel.of(0.04, 1.5, 0.06, 0.6, -0.7);
        assertThat(HestonPricer.callPrice(model, 100.0, 90.0, 0.0, 0.03, 0.0)).isEqualTo(10.0);
        assertThat(HestonPricer.putPrice(model, 100.0, 90.0, -1.0, 0.03, 0.0)).isEqualTo(0.0);
        // v0 = theta = 0: the variance stays 0, the option is worth its discounted forward intrinsic.
        HestonModel dead = HestonModel.of(0.0, 1.0, 0.0, 0.5, 0.0);
        double expected = Math.exp(-0.03) * (100.0 * Math.exp(0.03) - 90.0);
        assertThat(HestonPricer.callPrice(dead, 100.0, 90.0, 1.0, 0.03, 0.0)).isCloseTo(expected, offset(1e-12));
    }

    @Test
    void rejectsBadInputs() {
        HestonModel model = HestonModel.of(0.04, 1.5, 0.06, 0.6, -0.7);
        assertThatThrownBy(() -> HestonPricer.callPrice(model, 0.0, 100.0, 1.0, 0.0, 0.0)).hasMessageContaining("spot");
        assertThatThrownBy(() -> HestonPricer.callPrice(model, 100.0, -1.0, 1.0, 0.0, 0.0)).hasMessageContaining("strike");
    }

    @Test
    void modelValidatesItsFieldsAndCopies() {
        assertThatThrownBy(() -> HestonModel.of(-0.01, 1, 0.04, 0.5, 0)).hasMessageContaining("v0").hasMessageContaining("-0.01");
        assertThatThrownBy(() -> HestonModel.of(0.04, 0, 0.04, 0.5, 0)).hasMessageContaining("kappa");
        assertThatThrownBy(() -> HestonModel.of(0.04, 1, -0.04, 0.5, 0)).hasMessageContaining("theta");
        assertThatThrownBy(() -> HestonModel.of(0.04, 1, 0.04, 0.0, 0)).hasMessageContaining("sigma");
        assertThatThrownBy(() -> HestonModel.of(0.04, 1, 0.04, 0.5, 1.2)).hasMessageContaining("rho");
        assertThatThrownBy(() -> HestonModel.of(Double.NaN, 1, 0.04, 0.5, 0)).hasMessageContaining("v0");
        HestonModel model = HestonModel.of(0.04, 1.5, 0.06, 0.6, -0.7);
        assertThat(model.withV0(0.05)).isEqualTo(HestonModel.of(0.05, 1.5, 0.06, 0.6, -0.7));
        assertThat(model.withKappa(2.0).kappa()).isEqualTo(2.0);
        assertThat(model.withTheta(0.1).theta()).isEqualTo(0.1);
        assertThat(model.withSigma(0.3).sigma()).isEqualTo(0.3);
        assertThat(model.withRho(0.1).rho()).isEqualTo(0.1);
        // 2 kappa theta = 0.18 < sigma^2 = 0.36; with sigma = 0.4: 0.18 >= 0.16.
        assertThat(model.satisfiesFeller()).isFalse();
        assertThat(model.withSigma(0.4).satisfiesFeller()).isTrue();
    }
}
