package com.alvh.workbench.math;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/** Four-point Lagrange interpolation: exact on cubics, node values exact, fourth-order error. */
class CubicGridTest {

    private static double cubic(double x) {
        return 2.0 - 3.0 * x + 0.5 * x * x - 0.25 * x * x * x;
    }

    @Test
    void reproducesCubicsExactlyInsideAndAtTheEndsOfTheGrid() {
        int n = 9;
        double x0 = -1.0;
        double h = 0.5;
        double[] values = new double[n];
        for (int j = 0; j < n; j++) {
            values[j] = cubic(x0 + j * h);
        }
        for (double x = x0; x <= x0 + (n - 1) * h; x += 0.013) {
            double g = (x - x0) / h;
            assertThat(CubicGrid.interpolate(values, 0, 1, n, g)).isCloseTo(cubic(x), offset(1e-12));
        }
    }

    @Test
    void aNodeReturnsItsValueExactly() {
        double[] values = {3.0, -1.0, 4.0, 1.0, -5.0, 9.0};
        for (int j = 0; j < values.length; j++) {
            assertThat(CubicGrid.interpolate(values, 0, 1, values.length, j)).isEqualTo(values[j]);
        }
    }

    @Test
    void tensorProductReproducesBicubicsWithStrides() {
        int nx = 7;
        int ny = 6;
        double[] values = new double[nx * ny];
        for (int iy = 0; iy < ny; iy++) {
            for (int ix = 0; ix < nx; ix++) {
                values[iy * nx + ix] = cubic(ix * 0.3) * cubic(iy * 0.2) + ix * iy;
            }
        }
        for (double gx = 0; gx <= nx - 1; gx += 0.37) {
            for (double gy = 0; gy <= ny - 1; gy += 0.41) {
                double exact = cubic(gx * 0.3) * cubic(gy * 0.2) + gx * gy;
                assertThat(CubicGrid.interpolate2d(values, nx, ny, gx, gy)).isCloseTo(exact, offset(1e-12));
            }
        }
        // A column read with a stride equals the 2-D read on a node row.
        assertThat(CubicGrid.interpolate(values, 3, nx, ny, 2.5)).isCloseTo(CubicGrid.interpolate2d(values, nx, ny, 3, 2.5),
                offset(1e-14));
    }

    @Test
    void errorFallsSixteenfoldWhenTheStepHalves() {
        // f = sin: the error bound (3/128) h^4 max|f''''| scales as h^4.
        double e1 = maxSinError(0.2);
        double e2 = maxSinError(0.1);
        assertThat(e1 / e2).isBetween(12.0, 20.0);
        assertThat(e1).isLessThan(3.0 / 128.0 * Math.pow(0.2, 4));
    }

    private static double maxSinError(double h) {
        int n = (int) Math.round(3.0 / h) + 1;
        double[] values = new double[n];
        for (int j = 0; j < n; j++) {
            values[j] = Math.sin(j * h);
        }
        double max = 0;
        for (double x = h; x <= 3.0 - h; x += 0.001) {
            max = Math.max(max, Math.abs(CubicGrid.interpolate(values, 0, 1, n, x / h) - Math.sin(x)));
        }
        return max;
    }
}
