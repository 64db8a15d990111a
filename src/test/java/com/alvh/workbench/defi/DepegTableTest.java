package com.alvh.workbench.defi;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The tabulated depeg state against {@link StableSwap#depegBalances} computed exactly at each price. */
class DepegTableTest {

    /**
     * Largest errors per unit of invariant over 4000 prices off the nodes, deep depegs and near par, at
     * A = 20, 200, 2000 (measured 2.7e-7 and 6.7e-6 at worst, A = 20; printed): cubic Hermite with exact
     * slopes. On USD 1M: under USD 1 of value and USD 20 of put quantity.
     */
    private static final double VALUE_TOL = 1e-6;
    private static final double COIN1_TOL = 2e-5;

    private static double[] worst(double amp) {
        DepegTable t = DepegTable.of(amp);
        double v = 0;
        double x = 0;
        for (int k = 0; k < 4000; k++) {
            // Half log-uniform in p on [1e-4, 1), half log-uniform in 1 - p on [1e-8, 0.2], off the nodes.
            double u = (k % 2000 + 0.37) / 2000.0;
            double p = k < 2000 ? Math.exp(Math.log(1e-4) * (1 - u)) : 1 - Math.exp(Math.log(1e-8) + (Math.log(0.2) - Math.log(1e-8)) * u);
            double[] exact = StableSwap.depegBalances(1.0, amp, p);
            double ev = Math.abs(t.value(p) - (exact[0] + p * exact[1]));
            v = Math.max(v, ev);
            double ex = Math.abs(t.coin1(p) - exact[1]);
            x = Math.max(x, ex);
        }
        System.out.printf("A %.0f: value error %.3g, coin-1 error %.3g%n", amp, v, x);
        return new double[] {v, x};
    }

    @Test
    void interpolationErrorIsSmallFromDeepDepegsToPar() {
        for (double amp : new double[] {20, 200, 2000}) {
            double[] w = worst(amp);
            assertThat(w[0]).as("value, A %s", amp).isLessThan(VALUE_TOL);
            assertThat(w[1]).as("coin 1, A %s", amp).isLessThan(COIN1_TOL);
        }
    }

    @Test
    void parAndBeyondIsTheBalancedPool() {
        DepegTable t = DepegTable.of(200);
        assertThat(t.value(1.0)).isCloseTo(1.0, within(1e-9));
        assertThat(t.value(1.006)).isEqualTo(t.value(1.0));
        assertThat(t.coin1(1.0)).isCloseTo(0.5, within(1e-9));
        // The LP's value is continuous into par: 1e-9 below par differs by about x1 dp.
        assertThat(t.value(1.0 - 1e-9)).isCloseTo(1.0, within(1e-9));
    }
}
