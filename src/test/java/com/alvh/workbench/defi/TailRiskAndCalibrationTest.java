package com.alvh.workbench.defi;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TailRisk closed forms, LpPayoff, and the calibration constants recomputed from sample-data. */
class TailRiskAndCalibrationTest {

    private static final Path DATA = Path.of("sample-data");

    @Test
    void singlePositionTailMeasures() {
        // p = 1 - e^-0.1 = 9.52 % > 5 %: VaR95 is the full loss, CVaR95 too; EL = p x lgd x P.
        TailRisk.Measures m = TailRisk.of(0.10, 0.8, 1.0, 1, 100_000, 0.95);
        double p = 1 - Math.exp(-0.1);
        assertEquals(p, m.probability(), 1e-15);
        assertEquals(p * 80_000, m.expectedLoss(), 1e-9);
        assertEquals(80_000, m.valueAtRisk(), 1e-9);
        assertEquals(80_000, m.expectedShortfall(), 1e-9);
        // Rare exploit (p < 5 %): VaR95 is 0 but CVaR95 = p / 0.05 x loss.
        TailRisk.Measures r = TailRisk.of(0.02, 1.0, 1.0, 1, 100_000, 0.95);
        double q = 1 - Math.exp(-0.02);
        assertEquals(0.0, r.valueAtRisk(), 1e-12);
        assertEquals(q / 0.05 * 100_000, r.expectedShortfall(), 1e-6);
    }

    @Test
    void diversifyingPositionsKeepsElButCutsCvar() {
        TailRisk.Measures one = TailRisk.of(0.10, 0.8, 1.0, 1, 1e6, 0.95);
        TailRisk.Measures forty = TailRisk.of(0.10, 0.8, 1.0, 40, 25_000, 0.95);
        assertEquals(one.expectedLoss(), forty.expectedLoss(), 1e-6);
        assertTrue(forty.expectedShortfall() < 0.35 * one.expectedShortfall());
        assertEquals(0.025, TailRisk.maxPositionFraction(0.025, 1.0), 0);
        assertEquals(0.03125, TailRisk.maxPositionFraction(0.025, 0.8), 1e-15);
    }

    @Test
    void lpPayoffMarksTheRangeAndTouchesHoldAtEntry() {
        LpPayoff p = LpPayoff.of(1e6, 2000, 1500, 2600, 1000, 3500, 251);
        assertEquals(1500, p.lower(), 0);
        for (int k = 0; k < p.prices().length; k++) {
            assertTrue(p.value()[k] <= p.hold()[k] + 1e-6);
            if (Math.abs(p.prices()[k] - 2000) < 1e-9) {
                assertEquals(1e6, p.value()[k], 1e-6);
            }
        }
        LpPayoff full = LpPayoff.of(1e6, 2000, 0, Double.POSITIVE_INFINITY, 1000, 4000, 4);
        assertEquals(1e6 * Math.sqrt(4000.0 / 2000), full.value()[3], 1e-6); // 2 L sqrt(P), L = 1e6 / (2 sqrt(2000))
    }

    @Test
    void pegCalibrationMatchesTheStablecoinFile() throws Exception {
        StablecoinHistory h = StablecoinHistory.load(DATA);
        // Values quoted in sample-data/SOURCES.md.
        assertEquals(0.754, h.price("terrausd", LocalDate.of(2022, 5, 8)), 1e-3);
        assertEquals(0.129, h.price("terrausd", LocalDate.of(2022, 5, 13)), 1e-3);
        assertEquals(0.961, h.minimum("usd-coin", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31)), 1e-3);
        PegSpec p = h.calibratedPeg(DefiCalibration.PEG_MAJORS);
        PegSpec c = DefiCalibration.PEG;
        assertEquals(p.runIntensity(), c.runIntensity(), 1e-4);
        assertEquals(p.runDepthMedian(), c.runDepthMedian(), 1e-6);
        assertEquals(p.recoveryRate(), c.recoveryRate(), 1e-4);
        assertEquals(p.deathIntensity(), c.deathIntensity(), 1e-6);
        assertEquals(p.deathFirstDay(), c.deathFirstDay(), 1e-9);
        assertEquals(p.deathDailyLogDecay(), c.deathDailyLogDecay(), 1e-5);
    }

    @Test
    void exploitCalibrationMatchesTheHackList() throws Exception {
        ExploitHistory h = ExploitHistory.load(DATA);
        assertEquals(857, h.size()); // SOURCES.md
        ExploitHistory.Fit f = h.fit(2022, 2025, 1e6);
        assertEquals(115, f.count());
        assertEquals(DefiCalibration.EXPLOITS_PER_YEAR, f.ratePerYear(), 1e-12);
        assertEquals(DefiCalibration.EXPLOIT_TAIL_INDEX, f.tailIndex(), 1e-4);
        assertTrue(f.tailIndex() + 2 * f.tailIndexStandardError() < 1.0, "infinite-mean tail at 2 SE");
    }
}
