package com.alvh.workbench.defi;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The k-of-n closed forms ({@link MultisigMath}) against identities (binomial, Renyi's order-statistic
 * mean) and against the simulation's own draws ({@link InsurancePool#payoutDelay},
 * {@link InsurancePool#advanceKeys}), with fixed seeds and tolerances of 4 standard errors (a false
 * failure about once in 16,000 runs per check).
 */
class MultisigMathTest {

    private static final MultisigSpec BASE = new MultisigSpec(5, 3, 2.0, 0.02, 0.05, 0.4, 14.0, 6.0, 3.0);

    @Test
    void binomialTailIsTheBinomialSum() {
        for (int n : new int[] {1, 5, 12}) {
            for (int k = 0; k <= n + 1; k++) {
                for (double q : new double[] {0.0, 0.013, 0.37, 0.9, 1.0}) {
                    double sum = 0;
                    for (int j = Math.max(k, 0); j <= n; j++) {
                        sum += choose(n, j) * Math.pow(q, j) * Math.pow(1 - q, n - j);
                    }
                    assertThat(MultisigMath.binomialTail(n, k, q)).as(n + " " + k + " " + q).isCloseTo(sum, within(1e-13));
                }
            }
        }
    }

    private static double choose(int n, int k) {
        double c = 1;
        for (int j = 1; j <= k; j++) {
            c = c * (n - k + j) / j;
        }
        return c;
    }

    @Test
    void compromiseWithoutShocksIsBinomialInTheRotationWindow() {
        MultisigSpec m = new MultisigSpec(5, 2, 2.0, 0.5, 0.0, 0.4, 30.0, 0, 0);
        double q = 1 - Math.exp(-0.5 * 30 / 365.0);
        assertThat(MultisigMath.compromiseProbability(m)).isCloseTo(MultisigMath.binomialTail(5, 2, q), within(1e-15));
        // 1-of-n: 1 - (1 - q)^n; n-of-n: q^n.
        assertThat(MultisigMath.compromiseProbability(m.withSignersAndThreshold(5, 1)))
                .isCloseTo(1 - Math.pow(1 - q, 5), within(1e-14));
        assertThat(MultisigMath.compromiseProbability(m.withSignersAndThreshold(5, 5))).isCloseTo(Math.pow(q, 5), within(1e-17));
        // Shocks correlate the keys: more likely that many are compromised at once.
        MultisigSpec shocked = new MultisigSpec(5, 5, 2.0, 0.5, 2.0, 0.4, 30.0, 0, 0);
        assertThat(MultisigMath.compromiseProbability(shocked)).isGreaterThan(100 * Math.pow(q, 5));
    }

    /** The simulated keys at day 200 (no drain, no emergency rotation) against the closed form. */
    @Test
    void compromiseProbabilityMatchesTheSimulatedKeys() {
        MultisigSpec m = new MultisigSpec(5, 2, 2.0, 0.8, 3.0, 0.3, 20.0, 0, 0);
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(11L);
        int paths = 40_000;
        int[] hits = new int[6];
        for (int i = 0; i < paths; i++) {
            double[] until = new double[5];
            Arrays.fill(until, Double.NEGATIVE_INFINITY);
            int c = 0;
            for (int d = 1; d <= 200; d++) {
                c = InsurancePool.advanceKeys(m, until, d, 1.0 / 365, rng);
            }
            hits[c]++;
        }
        for (int k = 1; k <= 5; k++) {
            int atLeast = 0;
            for (int c = k; c <= 5; c++) {
                atLeast += hits[c];
            }
            double p = MultisigMath.compromiseProbability(m.withSignersAndThreshold(5, k));
            double se = Math.sqrt(p * (1 - p) / paths);
            assertThat((double) atLeast / paths).as("k = " + k + ", closed form " + p).isCloseTo(p, within(4 * se + 1e-12));
        }
    }

    @Test
    void meanDelayOfReachableSignersIsRenyisSum() {
        for (int n = 1; n <= 7; n++) {
            for (int k = 1; k <= n; k++) {
                MultisigSpec m = new MultisigSpec(n, k, 2.5, 0, 0, 0, 14, 0, 0);
                double renyi = 0;
                for (int j = 0; j < k; j++) {
                    renyi += 2.5 / (n - j);
                }
                assertThat(MultisigMath.meanPayoutDelay(m)).as(k + " of " + n).isCloseTo(renyi, within(1e-8));
            }
        }
    }

    @Test
    void responseCdfLimitsAndTheErlangCase() {
        // Hypoexponential with equal means is Erlang-2.
        assertThat(MultisigMath.responseCdf(3.0, 2.0, 1.0, 2.0)).isCloseTo(1 - Math.exp(-1.5) * 2.5, within(1e-12));
        // Continuity at m = mu.
        assertThat(MultisigMath.responseCdf(3.0, 2.0, 1.0, 2.0 + 1e-7)).isCloseTo(MultisigMath.responseCdf(3.0, 2.0, 1.0, 2.0),
                within(1e-7));
        // The stationary unreachable share: 6 outages of 3 days a year = 18 / 383.
        assertThat(BASE.unavailableProbability()).isCloseTo(18.0 / 383.0, within(1e-15));
    }

    /** The simulation's payout delays (all keys honest) against P(T_(k) &gt; D) and the mean, for every k of 5 and 7. */
    @Test
    void payoutDelayMatchesTheOrderStatisticClosedForm() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(5L);
        double[] honest = new double[7];
        Arrays.fill(honest, Double.NEGATIVE_INFINITY);
        int draws = 40_000;
        for (int n : new int[] {5, 7}) {
            for (int k = 1; k <= n; k++) {
                MultisigSpec m = BASE.withSignersAndThreshold(n, k);
                InsurancePool pool = pool(m);
                double[] delays = new double[draws];
                for (int j = 0; j < draws; j++) {
                    delays[j] = pool.payoutDelay(Arrays.copyOf(honest, n), 100, rng, new double[n], new double[n]);
                }
                for (double days : new double[] {1, 3, 7, 14}) {
                    double p = MultisigMath.payoutLaterThan(m, days);
                    double later = Arrays.stream(delays).filter(x -> x > days).count() / (double) draws;
                    double se = Math.sqrt(p * (1 - p) / draws);
                    assertThat(later).as(k + " of " + n + " later than " + days).isCloseTo(p, within(4 * se + 1e-12));
                }
                double mean = Arrays.stream(delays).average().orElseThrow();
                double sd = Math.sqrt(Arrays.stream(delays).map(x -> (x - mean) * (x - mean)).sum() / (draws - 1));
                assertThat(mean).as(k + " of " + n + " mean").isCloseTo(MultisigMath.meanPayoutDelay(m), within(4 * sd / Math.sqrt(draws)));
            }
        }
    }

    private static InsurancePool pool(MultisigSpec m) {
        return new InsurancePool("p", 50e6, 250e6, 0.025, 2.875, 1e6, 0.6, 0.1, 5e6, m, 0.5, 3, false);
    }
}
