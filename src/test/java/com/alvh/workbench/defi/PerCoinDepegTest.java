package com.alvh.workbench.defi;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Per-coin depeg statistics recomputed from sample-data/stablecoin_prices_daily_defillama.csv: the
 * constants the stable LP sample uses (USDC's own process, the fiat-backed group's death rate, the
 * chance that a run dies), the exact Poisson interval's defining property, and that a coin with too
 * little history is said to be so.
 */
class PerCoinDepegTest {

    private static StablecoinHistory history() throws IOException {
        return StablecoinHistory.load(Path.of("sample-data"));
    }

    @Test
    void usdcsOwnProcessIsTheSamplesAndItsGapsAreFilledFromItsGroup() throws IOException {
        StablecoinHistory h = history();
        StablecoinHistory.CoinDepegs usdc = h.depegs("usd-coin");
        assertThat(usdc.runs()).isEqualTo(1);
        assertThat(usdc.deaths()).isZero();
        assertThat(usdc.tooLittleHistory()).isTrue();
        assertThat(usdc.firstDayDepths()).hasSize(1);
        assertThat(usdc.firstDayDepths()[0]).isCloseTo(0.038935, within(1e-6)); // 0.961 on 2023-03-11
        PegSpec spec = h.pegSpecFor("usd-coin", DefiCalibration.FIAT_BACKED);
        PegSpec c = DefiCalibration.USDC_PEG;
        assertThat(spec.runIntensity()).isCloseTo(c.runIntensity(), within(1e-5));
        assertThat(spec.runDepthMedian()).isCloseTo(c.runDepthMedian(), within(1e-6));
        assertThat(spec.runDepthLogStdev()).isEqualTo(0.6);
        assertThat(spec.deathIntensity()).isCloseTo(c.deathIntensity(), within(1e-5));
        assertThat(spec.deathGivenRun()).isCloseTo(c.deathGivenRun(), within(1e-12));
        // The fiat-backed group's one death is HUSD; USDT never ran.
        assertThat(h.depegs("husd").deaths()).isEqualTo(1);
        assertThat(h.depegs("tether").runs()).isZero();
        // Pooling the 14 majors (the old sample) ran 1.08 times a year: USDC's own is 0.39, and UST's death no longer counts.
        assertThat(DefiCalibration.PEG.runIntensity()).isGreaterThan(2.5 * c.runIntensity());
    }

    @Test
    void fourRunsOfSeventySixDied() throws IOException {
        StablecoinHistory h = history();
        List<String> died = new ArrayList<>();
        int runs = 0;
        for (String coin : h.coins()) {
            StablecoinHistory.CoinDepegs d = h.depegs(coin);
            runs += d.runs();
            if (d.deaths() > 0) {
                died.add(coin);
            }
        }
        assertThat(runs).isEqualTo(76);
        assertThat(died).containsExactlyInAnyOrder("usdx", "terrausd", "husd", "neutrino");
        assertThat(h.deathGivenRun()).isCloseTo(4.0 / 76, within(1e-15));
        // The three groups partition the file's coins.
        List<String> all = new ArrayList<>(DefiCalibration.FIAT_BACKED);
        all.addAll(DefiCalibration.CRYPTO_BACKED);
        all.addAll(DefiCalibration.ALGORITHMIC);
        assertThat(all).containsExactlyInAnyOrderElementsOf(h.coins());
    }

    /** Garwood's interval: at the ends, the observed count is in the 2.5 % tail of the Poisson law. */
    @Test
    void exactPoissonIntervalHasItsDefiningTails() {
        for (int x : new int[] {0, 1, 4, 27, 115}) {
            double[] ci = ExploitEstimates.poissonInterval(x, 0.95);
            org.apache.commons.math3.distribution.PoissonDistribution high =
                    new org.apache.commons.math3.distribution.PoissonDistribution(null, ci[1], 1e-12, 10_000_000);
            assertThat(high.cumulativeProbability(x)).as("P(N <= " + x + " | high)").isCloseTo(0.025, within(1e-6));
            if (x > 0) {
                org.apache.commons.math3.distribution.PoissonDistribution low =
                        new org.apache.commons.math3.distribution.PoissonDistribution(null, ci[0], 1e-12, 10_000_000);
                assertThat(1 - low.cumulativeProbability(x - 1)).as("P(N >= " + x + " | low)").isCloseTo(0.025, within(1e-6));
            } else {
                assertThat(ci[0]).isZero();
            }
        }
        // USDC: one run in 2.58 years.
        double[] usdc = ExploitEstimates.poissonInterval(1, 0.95);
        assertThat(usdc[0] / (943 / 365.0)).isCloseTo(0.0098, within(1e-4));
        assertThat(usdc[1] / (943 / 365.0)).isCloseTo(2.157, within(2e-3));
    }
}
