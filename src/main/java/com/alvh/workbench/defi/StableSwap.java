package com.alvh.workbench.defi;

/**
 * The StableSwap invariant (Curve) in doubles, for analytics and simulation. Balances are in coin
 * units (18-decimal scaling already applied); {@code amp} is the contract's {@code A} (the value
 * {@code A()} returns, e.g. 2000 for 3pool: {@link Amplification#a()}, the same A that
 * {@link CurveStableSwapMath} takes as an {@link Amplification}), so that {@code alpha = A n} is the whitepaper's
 * {@code A n^n}. The invariant, solved for D:
 * <pre>
 *   alpha S + D = alpha D + D^(n+1) / (n^n prod x),     S = sum x
 * </pre>
 * Newton's iteration is the contract's ({@link CurveStableSwapMath#getD}) in real arithmetic:
 * {@code D <- (alpha S + n Dp) D / ((alpha - 1) D + (n + 1) Dp)}, {@code Dp = D^(n+1)/(n^n prod x)}.
 *
 * <p>Marginal price of coin {@code k} in coin {@code i} (how much of {@code i} one unit of {@code k}
 * buys at the margin, fees excluded), from the implicit function theorem on the invariant:
 * <pre>  p_k / p_i = (alpha + Dp / x_k) / (alpha + Dp / x_i)</pre>
 *
 * <p>Pool value through a depeg: when coin 1 trades at {@code p < 1} outside, arbitrageurs sell it
 * into the pool until the pool's marginal price equals {@code p} (fees ignored, D unchanged):
 * {@link #depegBalances}. An LP share is then worth {@code (x0 + p x1)/D} per unit of D, against
 * 1 at par.
 */
public final class StableSwap {

    private StableSwap() {
    }

    /**
     * The invariant D.
     *
     * @param x balances (coin units, &gt; 0)
     * @param amp the contract's A (&gt; 0)
     * @return D (coin units; equals {@code sum x} for a balanced pool)
     */
    public static double invariant(double[] x, double amp) {
        int n = x.length;
        double alpha = amp * n;
        double s = 0;
        for (double v : x) {
            if (!(v > 0.0)) {
                throw new IllegalArgumentException("balances must be > 0, was " + v);
            }
            s += v;
        }
        double d = s;
        for (int it = 0; it < 255; it++) {
            double dp = d;
            for (double v : x) {
                dp = dp * d / (v * n);
            }
            double prev = d;
            d = (alpha * s + n * dp) * d / ((alpha - 1.0) * d + (n + 1) * dp);
            if (Math.abs(d - prev) <= 2.0 * Math.ulp(d)) {
                break;
            }
        }
        return d;
    }

    /** {@code D^(n+1) / (n^n prod x)}. */
    private static double dp(double[] x, double d) {
        double dp = d;
        for (double v : x) {
            dp = dp * d / (v * x.length);
        }
        return dp;
    }

    /**
     * The balance of coin {@code j} that keeps invariant {@code d} with the other balances of
     * {@code x} (whose entry {@code j} is ignored), by the contract's Newton step on
     * {@code y^2 + (b - D) y = c}.
     */
    public static double balanceFor(int j, double[] x, double d, double amp) {
        int n = x.length;
        double alpha = amp * n;
        double c = d;
        double s = 0;
        for (int k = 0; k < n; k++) {
            if (k != j) {
                s += x[k];
                c = c * d / (x[k] * n);
            }
        }
        c = c * d / (alpha * n);
        double b = s + d / alpha;
        double y = d;
        for (int it = 0; it < 255; it++) {
            double prev = y;
            y = (y * y + c) / (2.0 * y + b - d);
            if (Math.abs(y - prev) <= 2.0 * Math.ulp(y)) {
                break;
            }
        }
        return y;
    }

    /**
     * Output of selling {@code dx} of coin {@code i} for coin {@code j}, after fee {@code fee}.
     *
     * @return dy (coin units)
     */
    public static double amountOut(int i, int j, double dx, double[] x, double amp, double fee) {
        double d = invariant(x, amp);
        double[] after = x.clone();
        after[i] += dx;
        double y = balanceFor(j, after, d, amp);
        return (x[j] - y) * (1.0 - fee);
    }

    /**
     * Marginal price of coin {@code k} in units of coin {@code i}, fees excluded.
     */
    public static double marginalPrice(double[] x, double amp, int k, int i) {
        double d = invariant(x, amp);
        double alpha = amp * x.length;
        double dp = dp(x, d);
        return (alpha + dp / x[k]) / (alpha + dp / x[i]);
    }

    /**
     * Balances of a two-coin pool with invariant {@code d} whose marginal price of coin 1 in coin 0
     * is {@code price}: where arbitrage leaves the pool when coin 1 trades at {@code price} outside
     * (fees ignored). Found by bisection on {@code log x1}.
     *
     * @param d the invariant (coin units)
     * @param amp the contract's A
     * @param price coin 1 in coin 0 (&gt; 0)
     * @return {x0, x1}
     */
    public static double[] depegBalances(double d, double amp, double price) {
        if (!(price > 0.0)) {
            throw new IllegalArgumentException("price must be > 0, was " + price);
        }
        // The marginal price of coin 1 falls as x1 grows, and x1 is not bounded by D: as x0 -> 0 the
        // invariant's D^(n+1)/(n^n prod x) term forces x1 -> infinity. An upper bound of D left every
        // price below p(x1 = D) (0.49 at A = 200) at that point, so a dead coin kept the LP 2.4 % of D
        // plus p. At x1 = 1e4 D the price is below 1e-12 for any A >= 1.
        double lo = Math.log(d * 1e-9);
        double hi = Math.log(d * 1e4);
        double[] x = new double[2];
        for (int it = 0; it < 200; it++) {
            double mid = 0.5 * (lo + hi);
            x[1] = Math.exp(mid);
            x[0] = balanceFor(0, x, d, amp);
            double p = marginalPrice(x, amp, 1, 0);
            if (p > price) {
                lo = mid;
            } else {
                hi = mid;
            }
            if (hi - lo < 1e-14) {
                break;
            }
        }
        x[1] = Math.exp(0.5 * (lo + hi));
        x[0] = balanceFor(0, x, d, amp);
        return x;
    }

    /**
     * Value of the pool per unit of invariant, in coin-0 terms, when coin 1 trades at {@code price}
     * and arbitrage has rebalanced the pool: {@code (x0 + price x1) / D}. 1 at par.
     */
    public static double valuePerD(double amp, double price) {
        double[] x = depegBalances(1.0, amp, price);
        return x[0] + price * x[1];
    }
}
