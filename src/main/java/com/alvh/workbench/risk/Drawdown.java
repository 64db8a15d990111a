package com.alvh.workbench.risk;

/**
 * Drawdown of one equity curve: how far it sits below its running peak.
 *
 * <p>With running peak {@code P_t = max_{s <= t} E_s}, the drawdown is {@code D_t = P_t - E_t}
 * (USD, &gt;= 0); the maximum drawdown is {@code max_t D_t}; time under water counts the steps with
 * {@code D_t > 0}. Computed in one pass without allocation, so it can run inside the path engine.
 */
public final class Drawdown {

    private Drawdown() {
    }

    /**
     * Maximum drawdown of an equity curve.
     *
     * @param equity equity at each step (USD), at least one value
     * @return the largest peak-to-trough fall (USD, &gt;= 0)
     */
    public static double maxDrawdown(double[] equity) {
        requireNonEmpty(equity);
        double peak = equity[0];
        double worst = 0.0;
        for (double e : equity) {
            peak = Math.max(peak, e);
            worst = Math.max(worst, peak - e);
        }
        return worst;
    }

    /**
     * Number of steps at which the curve is below its running peak.
     *
     * @param equity equity at each step (USD)
     * @return steps under water
     */
    public static int stepsUnderWater(double[] equity) {
        requireNonEmpty(equity);
        double peak = equity[0];
        int count = 0;
        for (double e : equity) {
            peak = Math.max(peak, e);
            if (e < peak) {
                count++;
            }
        }
        return count;
    }

    /**
     * The underwater curve {@code E_t - P_t} (USD, &lt;= 0), for charting.
     *
     * @param equity equity at each step (USD)
     * @return a new array of the same length
     */
    public static double[] underwater(double[] equity) {
        requireNonEmpty(equity);
        double[] out = new double[equity.length];
        double peak = equity[0];
        for (int t = 0; t < equity.length; t++) {
            peak = Math.max(peak, equity[t]);
            out[t] = equity[t] - peak;
        }
        return out;
    }

    private static void requireNonEmpty(double[] equity) {
        if (equity.length == 0) {
            throw new IllegalArgumentException("equity curve must hold at least one value");
        }
    }
}
