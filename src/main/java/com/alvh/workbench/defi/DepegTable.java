package com.alvh.workbench.defi;

import java.util.Arrays;

/**
 * {@link StableSwap#depegBalances} of a two-coin pool tabulated once per amplification, for the per-step
 * marks of {@link StableLp}: per unit of invariant, the coin-1 balance {@code x1(p)} and the pool value
 * {@code v(p) = x0 + p x1} when coin 1 trades at {@code p} (1 at par).
 *
 * <p>Nodes: 300 uniform in {@code log p} on {@code [1e-4, 0.9]} (deep depegs, where {@code v} is nearly
 * {@code p}), 300 uniform in {@code log(1 - p)} on {@code [1e-7, 0.1]} (near par, where a high-A pool
 * absorbs the bad coin fastest: with a grid uniform in {@code log p} alone, 2.3 % apart near par, the
 * coin-1 balance at 0.995 was off by a fifth), and par itself. Between nodes, cubic Hermite in
 * {@code p} with exact slopes: {@code v'(p) = x1(p)} (the pool sits where its marginal price is
 * {@code p}, so {@code d(x0 + p x1)/dp = (dx0/dx1 + p) dx1/dp + x1 = x1}) and {@code x1'(p) = 1 / m'(x1)},
 * {@code m} the marginal price along the invariant curve (central difference at each node).
 * Below 1e-4 the table holds its last node; at or above 1 it is the balanced pool ({@code x1 = 1/2,
 * v = 1}).
 */
final class DepegTable {

    private static final int DEEP = 300;
    private static final int NEAR = 300;
    private static final double P_MIN = 1e-4;
    private static final double SPLIT = 0.9;
    private static final double DEV_MIN = 1e-7;

    private final double[] p;
    private final double[] value;
    private final double[] coin1;
    private final double[] coin1Slope;

    private DepegTable(double[] p, double[] value, double[] coin1, double[] coin1Slope) {
        this.p = p;
        this.value = value;
        this.coin1 = coin1;
        this.coin1Slope = coin1Slope;
    }

    /**
     * @param amp the contract's A (&gt;= 1)
     */
    static DepegTable of(double amp) {
        int n = DEEP + NEAR + 1;
        double[] p = new double[n];
        for (int k = 0; k < DEEP; k++) {
            p[k] = Math.exp(Math.log(P_MIN) + (Math.log(SPLIT) - Math.log(P_MIN)) * k / DEEP);
        }
        for (int k = 0; k < NEAR; k++) {
            double dev = Math.exp(Math.log(1.0 - SPLIT) + (Math.log(DEV_MIN) - Math.log(1.0 - SPLIT)) * k / (NEAR - 1));
            p[DEEP + k] = 1.0 - dev;
        }
        p[n - 1] = 1.0;
        double[] v = new double[n];
        double[] x1 = new double[n];
        double[] dx1 = new double[n];
        for (int k = 0; k < n; k++) {
            double[] x = StableSwap.depegBalances(1.0, amp, p[k]);
            v[k] = x[0] + p[k] * x[1];
            x1[k] = x[1];
            double h = 1e-6 * x[1];
            double up = priceAt(x[1] + h, amp);
            double down = priceAt(x[1] - h, amp);
            dx1[k] = 2 * h / (up - down);
        }
        return new DepegTable(p, v, x1, dx1);
    }

    /** Marginal price of coin 1 on the curve {@code D = 1} where it holds {@code x1}. */
    private static double priceAt(double x1, double amp) {
        double[] x = {0.0, x1};
        x[0] = StableSwap.balanceFor(0, x, 1.0, amp);
        return StableSwap.marginalPrice(x, amp, 1, 0);
    }

    /** Pool value per unit of invariant at coin-1 price {@code price} (USD per unit of D). */
    double value(double price) {
        return at(value, coin1, price);
    }

    /** Coin-1 balance per unit of invariant at coin-1 price {@code price}. */
    double coin1(double price) {
        return at(coin1, coin1Slope, price);
    }

    /** Cubic Hermite through the nodes' values {@code y} and slopes {@code dy}, flat outside [p_min, 1]. */
    private double at(double[] y, double[] dy, double price) {
        int last = p.length - 1;
        if (!(price < 1.0)) {
            return y[last];
        }
        if (price <= p[0]) {
            return y[0];
        }
        int hi = Arrays.binarySearch(p, price);
        if (hi >= 0) {
            return y[hi];
        }
        hi = -hi - 1; // first node above price; 1 <= hi <= last
        int lo = hi - 1;
        double h = p[hi] - p[lo];
        double t = (price - p[lo]) / h;
        double t2 = t * t;
        double t3 = t2 * t;
        return (2 * t3 - 3 * t2 + 1) * y[lo] + (t3 - 2 * t2 + t) * h * dy[lo] + (-2 * t3 + 3 * t2) * y[hi]
                + (t3 - t2) * h * dy[hi];
    }
}
