package com.alvh.workbench.pricing;

import com.alvh.workbench.math.NoncentralChiSquared;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * The model-consistent VIX futures table: its exact values (Laplace-transform integral) against the
 * independent adaptive quadrature of {@link VixUnderHeston#futuresPrice}, and its interpolated
 * values against its exact ones.
 */
class HestonVixFutureTableTest {

    private static final HestonModel[] MODELS = {
        new HestonModel(0.0256, 4.0, 0.04, 0.7, -0.7),  // the W1 workload's model
        new HestonModel(0.04, 0.5, 0.04, 1.0, -0.9),    // Andersen (2008) case I: Feller badly violated
        new HestonModel(0.03, 3.0, 0.045, 0.7, -0.7),
        new HestonModel(0.09, 1.0, 0.09, 1.0, -0.3),    // Andersen case III
    };

    @Test
    void exactValuesAgreeWithTheAdaptiveQuadratureOfVixUnderHeston() {
        for (HestonModel h : MODELS) {
            HestonVixFutureTable table = HestonVixFutureTable.of(h, 0.0);
            for (double v : new double[] {0.0, 0.001, 0.0256, 0.09, 0.4, 1.5}) {
                for (double tau : new double[] {1 / 252.0, 10 / 252.0, 30 / 365.0, 0.25, 1.0, 2.5}) {
                    double quadrature = VixUnderHeston.futuresPrice(h.withV0(v), tau);
                    assertThat(table.exactFuture(v, tau)).as("%s v=%s tau=%s", h, v, tau)
                            .isCloseTo(quadrature, offset(2e-8));
                }
            }
        }
    }

    @Test
    void interpolatedValuesAreWithinTheirBoundOfTheExactOnes() {
        // Measured maxima: 2e-5 VIX points on the trading-day grid of tau (interpolation in spot VIX
        // only), 1.6e-4 between grid days (Andersen case I near v = 0; 4e-5 for the others); bounds
        // 5e-5 and 3e-4.
        Random random = new Random(3);
        for (HestonModel h : MODELS) {
            HestonVixFutureTable table = HestonVixFutureTable.of(h, 0.0);
            for (int n = 0; n < 300; n++) {
                double vix = table.vixFloor() + random.nextDouble() * 150;
                double v = table.variance(vix);
                int days = 1 + random.nextInt(200);
                assertThat(table.future(vix, days / 252.0)).isCloseTo(table.exactFuture(v, days / 252.0), offset(5e-5));
                double tau = 3 / 252.0 + random.nextDouble() * 0.8;
                assertThat(table.future(vix, tau)).isCloseTo(table.exactFuture(v, tau), offset(3e-4));
            }
            // Between the first trading days, and off the grid: exact.
            assertThat(table.future(table.vixFloor() + 1, 0.6 / 252))
                    .isEqualTo(table.exactFuture(table.variance(table.vixFloor() + 1), 0.6 / 252));
            assertThat(table.future(table.vixFloor() + 300, 0.1))
                    .isEqualTo(table.exactFuture(table.variance(table.vixFloor() + 300), 0.1));
        }
    }

    @Test
    void atExpiryTheFutureIsSpotAndItsVarianceMapRoundTrips() {
        HestonModel h = MODELS[0];
        HestonVixFutureTable table = HestonVixFutureTable.of(h, 0.0);
        double vix = VixUnderHeston.spotVix(h, 0.0256);
        assertThat(table.future(vix, 0.0)).isEqualTo(vix);
        assertThat(table.variance(vix)).isCloseTo(0.0256, offset(1e-15));
        assertThat(table.vixFloor()).isCloseTo(VixUnderHeston.spotVix(h, 0.0), offset(1e-12));
        // Mean reversion: below theta's VIX the curve rises with tau, above it it falls.
        assertThat(table.future(vix, 0.25)).isGreaterThan(table.future(vix, 0.05));
        assertThat(table.future(45, 0.25)).isLessThan(table.future(45, 0.05));
    }

    @Test
    void jumpVarianceShiftsTheInterceptAsAnIntegralOverTheVarianceLawShows() {
        // F = E[100 sqrt(a v_T + b + J)] with v_T = c X, X noncentral chi-square: integrate
        // h(0) + int h'(x) S(x) dx by Simpson's rule on a fine grid (independent of the Laplace route).
        // Feller holds (d = 4 kappa theta / sigma^2 = 7.1), so S is smooth at 0 and Simpson converges.
        HestonModel h = new HestonModel(0.05, 4.0, 0.04, 0.3, -0.7);
        double jump = 0.1 * (0.05 * 0.05 + 0.1 * 0.1); // lambda E[J^2] for lambda 0.1, muJ -5 %, sigmaJ 10 %
        double tau = 0.2;
        NoncentralChiSquared law = VixUnderHeston.varianceLaw(h.withV0(0.05), tau);
        double a = VixUnderHeston.varianceWeight(h);
        double c = VixUnderHeston.varianceScale(h, tau);
        double b = VixUnderHeston.varianceIntercept(h) + jump;
        double upper = law.mean() + 40 * Math.sqrt(law.variance());
        int n = 200_000;
        double step = upper / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double x = i * step;
            double f = 50 * a * c / Math.sqrt(a * c * x + b) * law.survival(x);
            sum += f * (i == 0 || i == n ? 1 : (i % 2 == 1 ? 4 : 2));
        }
        double expected = 100 * Math.sqrt(b) + sum * step / 3;
        assertThat(HestonVixFutureTable.exactFuture(h, 0.05, tau, jump)).isCloseTo(expected, offset(1e-6));
    }
}
