package com.alvh.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.alvh.workbench.analytics.PayoffProfile;
import com.alvh.workbench.pricing.OptionType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sample condor against the closed-form facts of an iron condor at expiry: with credit c per
 * unit and wing width w, break-evens are short put - c and short call + c, max profit is the
 * credit and max loss is (w - c) per unit.
 */
class SampleCondorPayoffTest {

    private static final double PRICE_TOL = 1e-6;  // index points
    private static final double USD_TOL = 1e-6;
    private static final double UNITS = SampleCondorPayoff.CONTRACTS * SampleCondorPayoff.MULTIPLIER;
    private static final double WING = 200.0;

    @Test
    void legsAreALongShortShortLongCondor() {
        List<PositionSummary.Leg> legs = SampleCondorPayoff.legs();
        assertThat(legs).extracting(PositionSummary.Leg::strike).containsExactly(4_500.0, 4_700.0, 5_250.0, 5_450.0);
        assertThat(legs).extracting(PositionSummary.Leg::type)
                .containsExactly(OptionType.PUT, OptionType.PUT, OptionType.CALL, OptionType.CALL);
        assertThat(legs).extracting(PositionSummary.Leg::quantity).containsExactly(10, -10, -10, 10);
        // Inner (short) legs are worth more than outer (long) legs: the condor is a credit.
        assertThat(legs.get(1).entryPrice()).isGreaterThan(legs.get(0).entryPrice());
        assertThat(legs.get(2).entryPrice()).isGreaterThan(legs.get(3).entryPrice());
        assertThat(SampleCondorPayoff.netCredit()).isPositive();
    }

    @Test
    void skewIsAtmVolAtSpotAndRichOnPuts() {
        assertThat(SampleCondorPayoff.vol(SampleCondorPayoff.SPOT)).isCloseTo(0.16, offset(1e-15));
        assertThat(SampleCondorPayoff.vol(4_500.0)).isGreaterThan(SampleCondorPayoff.vol(5_450.0));
    }

    @Test
    void breakEvensMatchTheClosedForm() {
        double creditPerUnit = SampleCondorPayoff.netCredit() / UNITS;
        double[] breakEvens = SampleCondorPayoff.profile().breakEvens();
        assertThat(breakEvens).hasSize(2);
        assertThat(breakEvens[0]).isCloseTo(4_700.0 - creditPerUnit, offset(PRICE_TOL));
        assertThat(breakEvens[1]).isCloseTo(5_250.0 + creditPerUnit, offset(PRICE_TOL));
        for (double be : breakEvens) {
            assertThat(SampleCondorPayoff.pnlAtExpiry(be)).isCloseTo(0.0, offset(1e-3));
        }
    }

    @Test
    void headlineNumbersMatchTheClosedForm() {
        double credit = SampleCondorPayoff.netCredit();
        double creditPerUnit = credit / UNITS;
        PositionSummary summary = SampleCondorPayoff.summary();
        assertThat(summary.netCredit()).isCloseTo(credit, offset(USD_TOL));
        assertThat(summary.maxProfit()).isCloseTo(credit, offset(USD_TOL));
        assertThat(summary.maxLoss()).isCloseTo((WING - creditPerUnit) * UNITS, offset(USD_TOL));
        assertThat(summary.legs()).hasSize(4);
        assertThat(summary.breakEvens()).containsExactly(SampleCondorPayoff.profile().breakEvens());
    }

    @Test
    void profileGridAndCurvesBehave() {
        PayoffProfile profile = SampleCondorPayoff.profile();
        double[] spots = profile.spots();
        double[] expiry = profile.pnlAtExpiry();
        double[] horizon = profile.pnlAtHorizon();
        assertThat(spots).hasSize(321);
        assertThat(spots[0]).isEqualTo(SampleCondorPayoff.GRID_LOW);
        assertThat(spots[spots.length - 1]).isEqualTo(SampleCondorPayoff.GRID_HIGH);
        for (int i = 1; i < spots.length; i++) {
            assertThat(spots[i]).isGreaterThan(spots[i - 1]);
        }
        assertThat(profile.horizonDays()).isEqualTo(14);
        assertThat(profile.spot()).isEqualTo(5_000.0);

        double maxLoss = SampleCondorPayoff.summary().maxLoss();
        // Beyond the wings the expiry loss is the full max loss.
        assertThat(expiry[0]).isCloseTo(-maxLoss, offset(USD_TOL));
        assertThat(expiry[expiry.length - 1]).isCloseTo(-maxLoss, offset(USD_TOL));
        // Two weeks of time decay at spot: a gain, but less than the whole credit.
        int atSpot = (int) Math.round((5_000.0 - spots[0]) / SampleCondorPayoff.GRID_STEP);
        assertThat(horizon[atSpot]).isPositive().isLessThan(SampleCondorPayoff.netCredit());
        // Before expiry the spread is never worth more than the discounted wing, so the loss is
        // smaller than at expiry far out of the range.
        assertThat(horizon[0]).isGreaterThan(expiry[0]).isLessThan(0.0);
    }
}
