package com.alvh.workbench.defi;

import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Nexus Mutual's capital model as the insurance pool's option ({@code MCR.sol}): the MCR starts at
 * active cover / 4.8; below it no cover is sold, so the book runs off as one-year covers expire
 * ({@code A_t = A_0 (1 - 1/365)^t}, exact in the simulation); the MCR follows its falling target by at
 * most 1 % a day; with capital far above it the floor ratchets the MCR up by 1 % a day.
 */
class NexusCapitalModelTest {

    private static final MultisigSpec SAFE = new MultisigSpec(1, 1, 0, 0, 0, 0, 0, 0, 0);

    private static InsurancePool pool(double capital, double cover) {
        // No claims (rate 0), no premium: only the capital model moves.
        return new InsurancePool("p", capital, cover, 0.0, 0.0, 1e6, 0.6, 0.1, 5e6, SAFE, 0.0, 3, true);
    }

    @Test
    void belowTheMcrTheBookRunsOffAndTheMcrFollowsAtMostOnePercentADay() {
        InsurancePool p = pool(40e6, 240e6); // MCR 50M > capital 40M: no sales
        DefiPosition.Book b = p.open(1, null);
        DefiPathState s = new DefiPathState(1, 1);
        b.start(s);
        assertThat(b.metric(0)).isCloseTo(40e6 / 50e6, within(1e-12));
        var rng = RandomSource.XO_SHI_RO_256_PP.create(1L);
        double mcr = 50e6;
        for (int t = 1; t <= 200; t++) {
            b.step(s, t, 1.0 / 365, rng);
            double cover = 240e6 * Math.pow(1 - 1 / 365.0, t);
            double target = Math.max(cover / 4.8, 50e6); // the floor starts at the first MCR and never falls
            mcr = target > mcr ? Math.min(mcr * 1.01, target) : Math.max(mcr * 0.99, target);
            assertThat(b.metric(0)).as("day " + t).isCloseTo(40e6 / mcr, within(1e-9));
        }
        // The floor holds the MCR at its first value: a shrinking book does not lower it.
        assertThat(b.metric(0)).isCloseTo(40e6 / 50e6, within(1e-9));
    }

    @Test
    void farAboveTheMcrTheFloorRatchetsItUpOnePercentADay() {
        InsurancePool p = pool(100e6, 240e6); // MCR 50M, ratio 200 % >= 130 %: the floor rises 1 % a day
        DefiPosition.Book b = p.open(1, null);
        DefiPathState s = new DefiPathState(1, 1);
        b.start(s);
        var rng = RandomSource.XO_SHI_RO_256_PP.create(2L);
        double mcr = 50e6;
        double floor = 50e6;
        for (int t = 1; t <= 60; t++) {
            b.step(s, t, 1.0 / 365, rng);
            if (100e6 >= 1.3 * mcr) {
                floor *= 1.01;
            }
            double target = Math.max(240e6 / 4.8, floor);
            mcr = target > mcr ? Math.min(mcr * 1.01, target) : Math.max(mcr * 0.99, target);
            assertThat(b.metric(0)).as("day " + t).isCloseTo(100e6 / mcr, within(1e-9));
        }
        // It stops once the ratio falls under 130 %: the ratio ends within one day's move below 1.3.
        assertThat(b.metric(0)).isLessThan(1.3).isGreaterThan(1.3 / 1.0101);
    }
}
