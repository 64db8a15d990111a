package com.alvh.workbench.math;

/**
 * Four-point (cubic) Lagrange interpolation on uniform grids, in one and two dimensions.
 *
 * <p>Given node values {@code f_0..f_{n-1}} at {@code x_j = x0 + j h}, a point {@code x} is
 * interpolated by the cubic through the four nodes around it: nodes {@code i0..i0+3} with
 * {@code i0 = clamp(floor((x - x0)/h) - 1, 0, n - 4)} (centred inside the grid, one-sided at its
 * ends). With {@code t = (x - x0)/h - i0} the weights are
 * <pre>
 *   L0 = -(t-1)(t-2)(t-3)/6,  L1 = t(t-2)(t-3)/2,  L2 = -t(t-1)(t-3)/2,  L3 = t(t-1)(t-2)/6
 * </pre>
 * The error is {@code O(h^4 f'''')} (at most {@code (3/128) h^4 max|f''''|} on a centred stencil),
 * and a point on a node returns the node value exactly. In two dimensions the same weights are
 * applied along each axis (tensor product, 16 nodes). Static, allocation free, thread-safe.
 */
public final class CubicGrid {

    private CubicGrid() {
    }

    /**
     * First node of the four-point stencil for grid coordinate {@code g = (x - x0)/h}.
     *
     * @param g grid coordinate (node units)
     * @param n number of nodes (&gt;= 4)
     * @return {@code i0} in {@code [0, n - 4]}
     */
    public static int stencilStart(double g, int n) {
        // Truncation equals floor for g >= 0, and every g < 1 gives stencil 0 either way; a cast is
        // much cheaper than Math.floor where the JIT does not make floor an intrinsic.
        int i0 = (int) g - 1;
        if (i0 < 0) {
            return 0;
        }
        return Math.min(i0, n - 4);
    }

    /**
     * One-dimensional interpolation.
     *
     * @param values node values, node {@code j} at {@code values[offset + j * stride]}
     * @param offset index of node 0
     * @param stride distance between consecutive nodes in the array
     * @param n number of nodes (&gt;= 4)
     * @param g grid coordinate {@code (x - x0)/h}; the caller keeps it in {@code [0, n - 1]}
     * @return the interpolated value
     */
    public static double interpolate(double[] values, int offset, int stride, int n, double g) {
        int i0 = stencilStart(g, n);
        double t = g - i0;
        double t1 = t - 1.0;
        double t2 = t - 2.0;
        double t3 = t - 3.0;
        int b = offset + i0 * stride;
        return -t1 * t2 * t3 * (1.0 / 6.0) * values[b]
                + t * t2 * t3 * 0.5 * values[b + stride]
                - t * t1 * t3 * 0.5 * values[b + 2 * stride]
                + t * t1 * t2 * (1.0 / 6.0) * values[b + 3 * stride];
    }

    /**
     * Two-dimensional interpolation on a row-major grid: node {@code (ix, iy)} at
     * {@code values[iy * nx + ix]}.
     *
     * @param values node values
     * @param nx nodes along x (&gt;= 4), the fast axis
     * @param ny nodes along y (&gt;= 4)
     * @param gx grid coordinate along x, in {@code [0, nx - 1]}
     * @param gy grid coordinate along y, in {@code [0, ny - 1]}
     * @return the interpolated value
     */
    public static double interpolate2d(double[] values, int nx, int ny, double gx, double gy) {
        int ix = stencilStart(gx, nx);
        double t = gx - ix;
        double t1 = t - 1.0;
        double t2 = t - 2.0;
        double t3 = t - 3.0;
        double wx0 = -t1 * t2 * t3 * (1.0 / 6.0);
        double wx1 = t * t2 * t3 * 0.5;
        double wx2 = -t * t1 * t3 * 0.5;
        double wx3 = t * t1 * t2 * (1.0 / 6.0);
        int iy = stencilStart(gy, ny);
        double s = gy - iy;
        double s1 = s - 1.0;
        double s2 = s - 2.0;
        double s3 = s - 3.0;
        int b = iy * nx + ix;
        double r0 = wx0 * values[b] + wx1 * values[b + 1] + wx2 * values[b + 2] + wx3 * values[b + 3];
        b += nx;
        double r1 = wx0 * values[b] + wx1 * values[b + 1] + wx2 * values[b + 2] + wx3 * values[b + 3];
        b += nx;
        double r2 = wx0 * values[b] + wx1 * values[b + 1] + wx2 * values[b + 2] + wx3 * values[b + 3];
        b += nx;
        double r3 = wx0 * values[b] + wx1 * values[b + 1] + wx2 * values[b + 2] + wx3 * values[b + 3];
        return -s1 * s2 * s3 * (1.0 / 6.0) * r0 + s * s2 * s3 * 0.5 * r1
                - s * s1 * s3 * 0.5 * r2 + s * s1 * s2 * (1.0 / 6.0) * r3;
    }
}
