package com.alvh.workbench.defi;

/**
 * Smart-contract tail risk of LP positions, in closed form. A protocol is exploited at hazard rate
 * {@code lambda} per year; an exploit is a jump to a loss of {@code lgd} of the position, at most once
 * over the horizon. Over {@code T} years the probability of an exploit is {@code p = 1 - exp(-lambda T)}.
 * For {@code m} independent positions of equal size {@code P}, the number exploited is Binomial(m, p) and
 * the loss is {@code N x lgd x P}:
 * <ul>
 *   <li>expected loss {@code EL = m p lgd P};</li>
 *   <li>VaR at level {@code a}: the smallest loss {@code l} with {@code P(L <= l) >= a};</li>
 *   <li>CVaR (expected shortfall) at {@code a}: the mean of the worst {@code 1 - a} of outcomes
 *       (the quantile atom split, so it is coherent).</li>
 * </ul>
 * The sizing rule: no single protocol position larger than {@code budget / lgd} of the portfolio, so one
 * exploit costs at most {@code budget} (2-3 % in the method).
 */
public final class TailRisk {

    private TailRisk() {
    }

    /**
     * Loss measures of the portfolio.
     *
     * @param probability per-position exploit probability over the horizon
     * @param expectedLoss EL (USD)
     * @param valueAtRisk VaR (USD, positive = loss)
     * @param expectedShortfall CVaR (USD)
     */
    public record Measures(double probability, double expectedLoss, double valueAtRisk, double expectedShortfall) {
    }

    /**
     * @param hazard exploits per year per protocol (&gt;= 0)
     * @param lgd loss given exploit, fraction of the position (in [0, 1])
     * @param years horizon (&gt; 0)
     * @param positions number of independent equal positions (&gt;= 1)
     * @param positionUsd size of each (USD)
     * @param level confidence level, e.g. 0.95
     * @return EL, VaR, CVaR
     */
    public static Measures of(double hazard, double lgd, double years, int positions, double positionUsd, double level) {
        if (!(hazard >= 0) || !(lgd >= 0 && lgd <= 1) || !(years > 0) || positions < 1 || !(level > 0 && level < 1)) {
            throw new IllegalArgumentException("TailRisk inputs invalid: hazard " + hazard + ", lgd " + lgd + ", years "
                    + years + ", positions " + positions + ", level " + level);
        }
        double p = 1.0 - Math.exp(-hazard * years);
        double unit = lgd * positionUsd;
        // Binomial pmf by recurrence.
        double[] pmf = new double[positions + 1];
        pmf[0] = Math.pow(1.0 - p, positions);
        for (int k = 1; k <= positions; k++) {
            pmf[k] = p >= 1.0 ? (k == positions ? 1.0 : 0.0) : pmf[k - 1] * (positions - k + 1) / k * p / (1.0 - p);
        }
        double cdf = 0;
        int var = positions;
        for (int k = 0; k <= positions; k++) {
            cdf += pmf[k];
            if (cdf >= level - 1e-15) {
                var = k;
                break;
            }
        }
        // CVaR: mean loss over the worst (1 - level) of probability mass, taken from the top.
        double tail = 1.0 - level;
        double mass = 0;
        double sum = 0;
        for (int k = positions; k >= 0 && mass < tail; k--) {
            double take = Math.min(pmf[k], tail - mass);
            sum += take * k * unit;
            mass += take;
        }
        return new Measures(p, positions * p * unit, var * unit, sum / tail);
    }

    /**
     * The per-position cap of the sizing rule: the largest fraction of the portfolio one protocol may
     * hold so that a total exploit costs at most {@code budget}: {@code min(1, budget / lgd)}.
     *
     * @param budget loss budget per exploit, fraction of the portfolio (0.02 to 0.03)
     * @param lgd loss given exploit
     */
    public static double maxPositionFraction(double budget, double lgd) {
        if (!(budget > 0 && budget <= 1) || !(lgd > 0 && lgd <= 1)) {
            throw new IllegalArgumentException("budget and lgd must be in (0, 1], were " + budget + ", " + lgd);
        }
        return Math.min(1.0, budget / lgd);
    }
}
