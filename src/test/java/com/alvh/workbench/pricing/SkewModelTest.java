package com.alvh.workbench.pricing;

import com.alvh.workbench.market.MarketSnapshot;
import com.alvh.workbench.math.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SkewModelTest {

    private static final double TOL = 1e-12;
    /** Rounding noise allowed on a second difference of prices of order 10^3 (index points). */
    private static final double CONVEXITY_TOL = 1e-9;
    /** Central-difference truncation error allowed on probabilities with a 0.5-point step. */
    private static final double FD_PROB_TOL = 1e-6;
    /** Quadrature error allowed on probability mass and on the martingale condition. */
    private static final double QUADRATURE_TOL = 1e-6;
    /** The constant ATM ratio reproduces VIX to within this relative error over VIX 12-45. */
    private static final double VARSWAP_REL_TOL = 0.02;

    private static final SkewModel MODEL = SkewModel.DEFAULT;
    private static final double T45 = 45.0 / 365.0;
    private static final double SPOT = 5000.0;
    private static final double R = 0.04;
    private static final double Q = 0.013;
    private static final double[] VIX_LEVELS = {12.0, 16.0, 20.0, 30.0, 45.0};

    private static double forward(double t) {
        return SPOT * Math.exp((R - Q) * t);
    }

    @Test
    void atTheMoneyForwardVolIsTheVixTimesTheRatio() {
        for (double vix : VIX_LEVELS) {
            for (double t : new double[] {7.0 / 365, T45, 0.5, 2.0}) {
                assertThat(MODEL.vol(forward(t), forward(t), t, vix))
                        .isCloseTo(MODEL.atmRatio() * vix / 100.0, within(TOL));
            }
        }
    }

    @Test
    void putSideVolsRiseAsStrikesFall() {
        double f = forward(T45);
        double previous = MODEL.vol(f, f, T45, 16.0);
        for (double m = 0.99; m >= 0.70; m -= 0.01) {
            double v = MODEL.vol(f, f * m, T45, 16.0);
            assertThat(v).as("vol at %.2f F", m).isGreaterThan(previous);
            previous = v;
        }
    }

    @Test
    void atmSlopeMatchesTheClosedFormAndFiniteDifference() {
        // d sigma/dk at k = 0 for gamma = 1/2: rho eta / (2 sqrt(T (1 + theta))).
        double vix = 16.0;
        double theta = Math.pow(MODEL.atmVol(vix), 2) * T45;
        double expected = MODEL.rho() * MODEL.eta() / (2.0 * Math.sqrt(T45 * (1.0 + theta)));
        assertThat(MODEL.volSlope(0.0, T45, vix)).isCloseTo(expected, within(1e-12));
        double h = 1e-5;
        double f = forward(T45);
        for (double k : new double[] {-0.3, -0.1, 0.0, 0.05, 0.2}) {
            double fd = (MODEL.vol(f, f * Math.exp(k + h), T45, vix) - MODEL.vol(f, f * Math.exp(k - h), T45, vix))
                    / (2.0 * h);
            assertThat(MODEL.volSlope(k, T45, vix)).as("slope at k=%s", k).isCloseTo(fd, within(1e-7));
        }
    }

    @Test
    void putSkewInVolPointsSteepensAsVixRises() {
        double f = forward(T45);
        double previous25 = Double.NEGATIVE_INFINITY;
        double previous90 = Double.NEGATIVE_INFINITY;
        double previous10 = Double.NEGATIVE_INFINITY;
        for (double vix : VIX_LEVELS) {
            double atm = MODEL.atmVol(vix);
            double k25 = MODEL.strikeForDelta(OptionType.PUT, -0.25, SPOT, T45, R, Q, vix);
            double k10 = MODEL.strikeForDelta(OptionType.PUT, -0.10, SPOT, T45, R, Q, vix);
            double skew25 = MODEL.vol(f, k25, T45, vix) - atm;
            double skew10 = MODEL.vol(f, k10, T45, vix) - atm;
            double skew90 = MODEL.vol(f, 0.9 * f, T45, vix) - atm;
            assertThat(skew25).as("25-delta put skew at VIX %s", vix).isGreaterThan(previous25);
            assertThat(skew10).as("10-delta put skew at VIX %s", vix).isGreaterThan(previous10);
            assertThat(skew90).as("90%% moneyness skew at VIX %s", vix).isGreaterThan(previous90);
            previous25 = skew25;
            previous10 = skew10;
            previous90 = skew90;
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {9.0, 16.0, 30.0, 60.0, 80.0})
    void callPricesArePositiveDecreasingAndConvexInStrike(double vix) {
        for (double t : new double[] {7.0 / 365, T45, 0.25, 1.0}) {
            double f = forward(t);
            double h = 5.0;
            double lo = Math.floor(0.5 * f / h) * h;
            double hi = Math.ceil(1.5 * f / h) * h;
            double prevPrice = Double.POSITIVE_INFINITY;
            for (double k = lo + h; k < hi; k += h) {
                double vol = MODEL.vol(f, k, t, vix);
                assertThat(vol).isPositive().isFinite();
                double c0 = call(k - h, t, vix);
                double c1 = call(k, t, vix);
                double c2 = call(k + h, t, vix);
                assertThat(c1).isLessThanOrEqualTo(prevPrice);
                assertThat(c0 - 2.0 * c1 + c2).as("butterfly at K=%s, T=%s, VIX=%s", k, t, vix)
                        .isGreaterThanOrEqualTo(-CONVEXITY_TOL);
                prevPrice = c1;
            }
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {9.0, 16.0, 30.0, 80.0})
    void butterflyFunctionIsNonNegativeOverWideMoneyness(double vix) {
        for (double t : new double[] {1.0 / 365, T45, 1.0, 5.0}) {
            for (double k = -3.0; k <= 3.0; k += 0.01) {
                assertThat(MODEL.butterflyFunction(k, t, vix)).as("g(%s) T=%s VIX=%s", k, t, vix)
                        .isGreaterThanOrEqualTo(0.0);
            }
        }
    }

    @Test
    void breedenLitzenbergerProbabilityMatchesMinusDiscountedCallSlope() {
        double vix = 20.0;
        double f = forward(T45);
        double h = 0.5;
        for (double k = 0.7 * f; k <= 1.3 * f; k += 25.0) {
            double slope = (call(k + h, T45, vix) - call(k - h, T45, vix)) / (2.0 * h);
            double fd = -Math.exp(R * T45) * slope;
            assertThat(MODEL.probabilityAbove(f, k, T45, vix)).as("P(S_T > %s)", k).isCloseTo(fd, within(FD_PROB_TOL));
        }
    }

    @Test
    void skewPutsMoreMassBelowLowStrikesThanTheLognormal() {
        double vix = 16.0;
        double f = forward(T45);
        SkewModel flat = SkewModel.flat(MODEL.atmRatio());
        double k = 0.9 * f;
        assertThat(MODEL.probabilityAbove(f, k, T45, vix)).isLessThan(flat.probabilityAbove(f, k, T45, vix));
    }

    @Test
    void flatModelGivesTheLognormalProbability() {
        SkewModel flat = SkewModel.flat(0.9);
        double vix = 25.0;
        double sigma = 0.9 * 0.25;
        double f = forward(T45);
        for (double k : new double[] {4000, 4800, 5000, 5300, 6000}) {
            double s = sigma * Math.sqrt(T45);
            double d2 = Math.log(f / k) / s - 0.5 * s;
            assertThat(flat.probabilityAbove(f, k, T45, vix)).isCloseTo(NormalDistribution.cdf(d2), within(TOL));
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {12.0, 16.0, 30.0, 60.0})
    void impliedDensityIsAProbabilityDensityWithTheForwardAsMean(double vix) {
        // Gatheral-Jacquier eq. 2.1: p(k) integrates to 1 and E[e^k] = 1 (S_T / F is a martingale ratio).
        double t = T45;
        double mass = simpson(k -> MODEL.logMoneynessDensity(k, t, vix), -4.0, 3.0, 20000);
        double mean = simpson(k -> Math.exp(k) * MODEL.logMoneynessDensity(k, t, vix), -4.0, 3.0, 20000);
        assertThat(mass).isCloseTo(1.0, within(QUADRATURE_TOL));
        assertThat(mean).isCloseTo(1.0, within(QUADRATURE_TOL));
        // and the density is minus the derivative of P(S_T > K) in k
        double f = forward(t);
        // Step 1e-5 in k: truncation ~ h^2 p'''/6 ~ 2e-6 for a peak density near 9; rounding ~ 1e-11.
        double h = 1e-5;
        for (double k = -0.3; k <= 0.2; k += 0.05) {
            double dP = (MODEL.probabilityAbove(f, f * Math.exp(k - h), t, vix)
                    - MODEL.probabilityAbove(f, f * Math.exp(k + h), t, vix)) / (2.0 * h);
            assertThat(MODEL.logMoneynessDensity(k, t, vix)).as("p(%s)", k).isCloseTo(dP, within(1e-5));
        }
    }

    @Test
    void thirtyDayVarianceSwapOfTheSmileReproducesVix() {
        // VIX is 100 x the 30-day fair variance-swap vol; replicate it from the model's own smile
        // (Carr-Madan / Cboe VIX white paper): K_var = (2/T) int OTM_undiscounted(K) / K^2 dK.
        double t = 30.0 / 365.0;
        for (double vix : VIX_LEVELS) {
            double f = forward(t);
            double integral = simpson(k -> {
                double strike = f * Math.exp(k);
                OptionType type = k < 0.0 ? OptionType.PUT : OptionType.CALL;
                double sd = Math.sqrt(MODEL.totalVariance(k, t, vix));
                return Black76.undiscountedPrice(type, f, strike, sd) / strike;
            }, -3.0, 2.0, 20000);
            double modelVix = 100.0 * Math.sqrt(2.0 * integral / t);
            assertThat(modelVix / vix).as("model VIX / VIX at VIX %s", vix).isCloseTo(1.0, within(VARSWAP_REL_TOL));
        }
    }

    @Test
    void strikeForDeltaHitsTheTargetDeltaAtItsOwnSkewVol() {
        for (double vix : VIX_LEVELS) {
            for (double target : new double[] {-0.05, -0.20, -0.45}) {
                double k = MODEL.strikeForDelta(OptionType.PUT, target, SPOT, T45, R, Q, vix);
                double vol = MODEL.vol(forward(T45), k, T45, vix);
                assertThat(BlackScholes.delta(OptionType.PUT, SPOT, k, T45, R, Q, vol)).isCloseTo(target, within(1e-9));
            }
            for (double target : new double[] {0.05, 0.20, 0.45}) {
                double k = MODEL.strikeForDelta(OptionType.CALL, target, SPOT, T45, R, Q, vix);
                double vol = MODEL.vol(forward(T45), k, T45, vix);
                assertThat(BlackScholes.delta(OptionType.CALL, SPOT, k, T45, R, Q, vol)).isCloseTo(target, within(1e-9));
            }
        }
        assertThatThrownBy(() -> MODEL.strikeForDelta(OptionType.CALL, 1.5, SPOT, T45, R, Q, 16.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("targetDelta 1.5");
    }

    @Test
    void surfaceAnchorsTheForwardOfEachTenor() {
        MarketSnapshot m = MarketSnapshot.of(SPOT, 18.0, R, Q);
        VolSurface surface = MODEL.surface(m);
        for (double k : new double[] {4500, 5000, 5500}) {
            assertThat(surface.vol(k, T45)).isEqualTo(MODEL.vol(m.forward(T45), k, T45, 18.0));
        }
        assertThat(surface.shifted(0.01).vol(4500, T45)).isCloseTo(surface.vol(4500, T45) + 0.01, within(TOL));
    }

    @Test
    void parametersOutsideTheNoArbitrageRegionAreRejectedWithTheirValues() {
        assertThatThrownBy(() -> new SkewModel(0.85, -0.7, 1.5, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eta (1 + |rho|)")
                .hasMessageContaining("eta 1.5");
        assertThatThrownBy(() -> new SkewModel(0.85, -0.7, 1.0, 0.7))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gamma").hasMessageContaining("0.7");
        assertThatThrownBy(() -> new SkewModel(0.85, -1.0, 1.0, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rho").hasMessageContaining("-1.0");
        assertThatThrownBy(() -> new SkewModel(0.0, -0.5, 1.0, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("atmRatio").hasMessageContaining("0.0");
        assertThat(MODEL.withEta(0.5).eta()).isEqualTo(0.5);
    }

    private static double call(double strike, double t, double vix) {
        double vol = MODEL.vol(forward(t), strike, t, vix);
        return BlackScholes.price(OptionType.CALL, SPOT, strike, t, R, Q, vol);
    }

    private static double simpson(java.util.function.DoubleUnaryOperator f, double a, double b, int n) {
        int m = n % 2 == 0 ? n : n + 1;
        double h = (b - a) / m;
        double sum = f.applyAsDouble(a) + f.applyAsDouble(b);
        for (int i = 1; i < m; i++) {
            sum += (i % 2 == 0 ? 2.0 : 4.0) * f.applyAsDouble(a + i * h);
        }
        return sum * h / 3.0;
    }
}
