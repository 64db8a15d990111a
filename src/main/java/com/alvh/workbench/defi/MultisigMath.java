package com.alvh.workbench.defi;

import com.alvh.workbench.math.GaussLegendre;

/**
 * Closed forms for a k-of-n multisig ({@link MultisigSpec}): the probability that an attacker holds
 * {@code k} keys at a given moment, and the distribution of a payout's delay as the {@code k}-th
 * approval among {@code n} signers (order statistics). {@link InsurancePool}'s simulation draws from
 * exactly these laws; {@code MultisigMathTest} checks one against the other within Monte Carlo error.
 *
 * <p>Time is in days; hazards are per year.
 */
public final class MultisigMath {

    private MultisigMath() {
    }

    /**
     * {@code P(X >= k)} for {@code X ~ Binomial(n, q)}.
     *
     * @param n trials (&gt;= 0)
     * @param k threshold
     * @param q success probability in [0, 1]
     */
    public static double binomialTail(int n, int k, double q) {
        if (k <= 0) {
            return 1.0;
        }
        if (k > n) {
            return 0.0;
        }
        if (q <= 0) {
            return 0.0;
        }
        if (q >= 1) {
            return 1.0;
        }
        // Sum the pmf from k up, by the recurrence pmf(j+1) = pmf(j) (n-j)/(j+1) q/(1-q).
        double pmf = Math.exp(logChoose(n, k) + k * Math.log(q) + (n - k) * Math.log1p(-q));
        double sum = 0;
        for (int j = k; j <= n; j++) {
            sum += pmf;
            pmf *= (double) (n - j) / (j + 1) * q / (1 - q);
        }
        return Math.min(1.0, sum);
    }

    private static double logChoose(int n, int k) {
        double s = 0;
        for (int j = 1; j <= k; j++) {
            s += Math.log(n - k + j) - Math.log(j);
        }
        return s;
    }

    /**
     * Probability that at least {@code k} of {@code n} keys are compromised at a moment (at least
     * {@code rotationDays} into the run): with {@code M ~ Poisson(shockRate R / 365)} shocks in the
     * window {@code R = rotationDays}, keys are independent given {@code M}, each compromised with
     * {@code q(M) = 1 - exp(-keyHazard R / 365) (1 - shockProbability)^M}, so
     * {@code P = sum_m Poisson(m) BinomialTail(n, k, q(m))}.
     */
    public static double compromiseProbability(MultisigSpec m) {
        double years = m.rotationDays() / 365.0;
        double idle = Math.exp(-m.keyHazard() * years);
        double mean = m.shockRate() * years;
        double pois = Math.exp(-mean);
        double cum = 0;
        double sum = 0;
        for (int j = 0; j < 1000 && cum < 1 - 1e-16; j++) {
            double q = 1.0 - idle * Math.pow(1.0 - m.shockProbability(), j);
            sum += pois * binomialTail(m.signers(), m.threshold(), q);
            cum += pois;
            pois *= mean / (j + 1);
        }
        return sum;
    }

    /**
     * Stationary probability a signer is unreachable, {@code a m / (365 + a m)}: outages start at
     * {@code a} per year of reachable time and last {@code m} days on average.
     */
    public static double unavailableProbability(double outagesPerYear, double meanOutageDays) {
        double x = outagesPerYear * meanOutageDays;
        return x / (365.0 + x);
    }

    /**
     * CDF of one signer's response time {@code T} (days): reachable with probability {@code 1 - p},
     * then {@code T ~ Exp(mean mu)}; unreachable with probability {@code p}, then {@code T} is the
     * residual outage {@code Exp(mean m)} plus {@code Exp(mean mu)} (hypoexponential):
     * {@code F(t) = (1-p)(1 - e^{-t/mu}) + p (1 - (m e^{-t/m} - mu e^{-t/mu}) / (m - mu))}, the
     * Erlang form {@code 1 - e^{-t/mu}(1 + t/mu)} when {@code m = mu}.
     */
    public static double responseCdf(double t, double meanApprovalDays, double unavailable, double meanOutageDays) {
        if (t <= 0) {
            return meanApprovalDays == 0 && unavailable == 0 ? 1.0 : 0.0;
        }
        double mu = meanApprovalDays;
        double m = meanOutageDays;
        double reachable = mu == 0 ? 1.0 : -Math.expm1(-t / mu);
        double hypo;
        if (m == 0) {
            hypo = reachable;
        } else if (mu == 0) {
            hypo = -Math.expm1(-t / m);
        } else if (Math.abs(m - mu) < 1e-9 * Math.max(m, mu)) {
            hypo = 1.0 - Math.exp(-t / mu) * (1.0 + t / mu);
        } else {
            hypo = 1.0 - (m * Math.exp(-t / m) - mu * Math.exp(-t / mu)) / (m - mu);
        }
        return (1.0 - unavailable) * reachable + unavailable * hypo;
    }

    /**
     * Probability that a payout needing {@code k} approvals of {@code n} (all keys honest) is later than
     * {@code days}: the {@code k}-th order statistic of {@code n} independent response times exceeds
     * {@code days} iff fewer than {@code k} responded, {@code 1 - BinomialTail(n, k, F(days))}.
     */
    public static double payoutLaterThan(MultisigSpec m, double days) {
        double f = responseCdf(days, m.meanApprovalDays(), m.unavailableProbability(), m.meanOutageDays());
        return 1.0 - binomialTail(m.signers(), m.threshold(), f);
    }

    /**
     * Mean payout delay (days), {@code int_0^inf P(T_(k) > t) dt}, by adaptive Gauss-Legendre over
     * {@code [0, T]} with {@code T} where the survival is below 1e-14. For reachable signers only
     * ({@code p = 0}) it equals Renyi's {@code mu sum_{j=0}^{k-1} 1/(n-j)} (tested).
     */
    public static double meanPayoutDelay(MultisigSpec m) {
        double scale = Math.max(m.meanApprovalDays(), m.meanOutageDays());
        if (scale == 0) {
            return 0.0;
        }
        double end = scale;
        while (payoutLaterThan(m, end) > 1e-14 && end < 1e6 * scale) {
            end *= 2;
        }
        return GaussLegendre.of(16).integrateAdaptive(t -> payoutLaterThan(m, t), 0.0, end, 1e-10 * scale);
    }
}
