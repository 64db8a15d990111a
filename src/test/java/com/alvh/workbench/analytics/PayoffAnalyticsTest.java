package com.alvh.workbench.analytics;

import com.alvh.workbench.market.MarketSnapshot;
import com.alvh.workbench.pricing.SkewModel;
import com.alvh.workbench.product.IronCondor;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PayoffAnalyticsTest {

    private static final double USD_TOL = 1e-7;
    private static final SkewModel SKEW = SkewModel.DEFAULT;
    private static final MarketSnapshot MARKET = MarketSnapshot.of(5000.0, 16.0, 0.04, 0.013);
    private static final IronCondor CONDOR = IronCondor.cndr(MARKET, SKEW, 45.0 / 365.0, 10);

    @Test
    void expiryCurveIsFlatAtTheCreditInsideAndAtMinusTheWingLossOutside() {
        PayoffProfile p = PayoffAnalytics.profile(CONDOR, MARKET, SKEW, 0.15, 401, 14, 0.0);
        PositionSummary s = PositionAnalytics.summarize(CONDOR, MARKET, SKEW);
        double n = CONDOR.contracts() * CONDOR.multiplier();
        double[] spots = p.spots();
        double[] expiry = p.pnlAtExpiry();
        int inside = 0;
        int outside = 0;
        for (int i = 0; i < spots.length; i++) {
            double x = spots[i];
            if (x >= CONDOR.shortPutStrike() && x <= CONDOR.shortCallStrike()) {
                assertThat(expiry[i]).isCloseTo(s.credit(), within(USD_TOL));
                inside++;
            } else if (x <= CONDOR.longPutStrike()) {
                assertThat(expiry[i]).isCloseTo(s.credit() - CONDOR.putWingWidth() * n, within(USD_TOL));
                outside++;
            } else if (x >= CONDOR.longCallStrike()) {
                assertThat(expiry[i]).isCloseTo(s.credit() - CONDOR.callWingWidth() * n, within(USD_TOL));
                outside++;
            }
            assertThat(expiry[i]).isBetween(-s.maxLoss() - USD_TOL, s.maxProfit() + USD_TOL);
        }
        assertThat(inside).isGreaterThan(50);
        assertThat(outside).isGreaterThan(10);
        assertThat(p.breakEvens()).containsExactly(s.breakEvens(), within(1e-9));
        assertThat(p.spot()).isEqualTo(5000.0);
        assertThat(p.horizonDays()).isEqualTo(14);
        assertThat(spots[0]).isCloseTo(4250.0, within(1e-9));
        assertThat(spots[400]).isCloseTo(5750.0, within(1e-9));
        assertThat(spots[200]).isCloseTo(5000.0, within(1e-9));
    }

    @Test
    void horizonAtExpiryEqualsThePayoff() {
        PayoffProfile p = PayoffAnalytics.profile(CONDOR, MARKET, SKEW, 0.15, 401, 45, 0.0);
        assertThat(p.pnlAtHorizon()).containsExactly(p.pnlAtExpiry(), within(USD_TOL));
        // a VIX shift cannot matter once every leg has expired
        PayoffProfile shifted = PayoffAnalytics.profile(CONDOR, MARKET, SKEW, 0.15, 401, 60, 10.0);
        assertThat(shifted.pnlAtHorizon()).containsExactly(p.pnlAtExpiry(), within(USD_TOL));
    }

    @Test
    void horizonZeroAtSpotIsFlatAndVixShiftsHurtAShortCondor() {
        PayoffProfile now = PayoffAnalytics.profile(CONDOR, MARKET, SKEW, 0.15, 401, 0, 0.0);
        assertThat(now.pnlAtHorizon()[200]).isCloseTo(0.0, within(USD_TOL));
        PayoffProfile up = PayoffAnalytics.profile(CONDOR, MARKET, SKEW, 0.15, 401, 14, 5.0);
        PayoffProfile base = PayoffAnalytics.profile(CONDOR, MARKET, SKEW, 0.15, 401, 14, 0.0);
        PayoffProfile down = PayoffAnalytics.profile(CONDOR, MARKET, SKEW, 0.15, 401, 14, -5.0);
        // short vega: at spot a VIX rise loses money, a fall makes money
        assertThat(up.pnlAtHorizon()[200]).isLessThan(base.pnlAtHorizon()[200]);
        assertThat(down.pnlAtHorizon()[200]).isGreaterThan(base.pnlAtHorizon()[200]);
        // time decay: with nothing else moving, 14 days later the condor has earned theta
        assertThat(base.pnlAtHorizon()[200]).isPositive().isLessThan(PositionAnalytics.credit(CONDOR, MARKET, SKEW));
        // expiry curve does not depend on the shift
        assertThat(up.pnlAtExpiry()).containsExactly(base.pnlAtExpiry(), within(0.0));
    }

    @Test
    void horizonCurveMatchesTheValuationOfEachSpot() {
        int days = 10;
        double shift = 3.0;
        PayoffProfile p = PayoffAnalytics.profile(CONDOR, MARKET, SKEW, new double[] {4600, 5000, 5300}, days, shift);
        double entry = StrategyValuation.value(CONDOR, MARKET, SKEW);
        // sticky strike: the shifted smile anchored on the snapshot spot, read at the remaining tenor
        var surface = SKEW.surface(MARKET.withVixShift(shift));
        IronCondor later = CONDOR.withExpiry(CONDOR.expiry() - days / 365.0);
        double[] expected = new double[3];
        double[] spots = {4600, 5000, 5300};
        for (int i = 0; i < 3; i++) {
            expected[i] = StrategyValuation.value(later, MARKET.withSpot(spots[i]), surface) - entry;
        }
        assertThat(p.pnlAtHorizon()).containsExactly(expected, within(USD_TOL));
    }

    @Test
    void pnlTableRowsAreDatesAndColumnsArePrices() {
        double[] spots = PayoffAnalytics.spotGrid(5000.0, 0.1, 21);
        int[] days = PayoffAnalytics.daysToExpiry(CONDOR, 7);
        assertThat(days).containsExactly(0, 7, 14, 21, 28, 35, 42, 45);
        PnlTable t = PayoffAnalytics.pnlTable(CONDOR, MARKET, SKEW, spots, days, 0.0);
        assertThat(t.pnl()).hasNumberOfRows(8);
        assertThat(t.pnl()[0]).hasSize(21);
        assertThat(t.pnlAt(0, 10)).isCloseTo(0.0, within(USD_TOL));
        PayoffProfile p = PayoffAnalytics.profile(CONDOR, MARKET, SKEW, spots, 14, 0.0);
        assertThat(t.pnl()[2]).containsExactly(p.pnlAtHorizon(), within(USD_TOL));
        assertThat(t.pnl()[7]).containsExactly(p.pnlAtExpiry(), within(USD_TOL));
        assertThat(t.dates(LocalDate.of(2024, 5, 1))[1]).isEqualTo(LocalDate.of(2024, 5, 8));
        assertThat(t.years()[7]).isCloseTo(45.0 / 365.0, within(1e-15));
    }

    @Test
    void gridsAndArgumentsAreValidated() {
        assertThat(PayoffAnalytics.linearGrid(1.0, 2.0, 3)).containsExactly(1.0, 1.5, 2.0);
        assertThatThrownBy(() -> PayoffAnalytics.spotGrid(5000.0, 1.5, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fraction").hasMessageContaining("1.5");
        assertThatThrownBy(() -> PayoffAnalytics.linearGrid(1.0, 2.0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("points");
        assertThatThrownBy(() -> PayoffAnalytics.profile(CONDOR, MARKET, SKEW, 0.1, 11, -1, 0.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("horizonDays").hasMessageContaining("-1");
    }

    @Test
    void pnlAlongAPathOfVixLevelsIsTheHorizonCurveAtEachPointsOwnShift() {
        double[] spots = PayoffAnalytics.spotGrid(5000, 0.2, 41);
        double[] flat = new double[spots.length];
        java.util.Arrays.fill(flat, 22.0);
        // Constant VIX: the T+n curve of profile() with a +6 shift, point for point.
        double[] along = PayoffAnalytics.pnlAlong(CONDOR, MARKET, SKEW, spots, flat, 14);
        double[] curve = PayoffAnalytics.profile(CONDOR, MARKET, SKEW, spots, 14, 6.0).pnlAtHorizon();
        for (int i = 0; i < spots.length; i++) {
            assertThat(along[i]).isCloseTo(curve[i], within(USD_TOL));
        }
        // Each point its own VIX: the single-point profile at that shift.
        double[] vix = new double[spots.length];
        for (int i = 0; i < spots.length; i++) {
            vix[i] = 16.0 * Math.pow(spots[i] / 5000.0, -4.0);
        }
        double[] moving = PayoffAnalytics.pnlAlong(CONDOR, MARKET, SKEW, spots, vix, 14);
        for (int i = 0; i < spots.length; i += 10) {
            double one = PayoffAnalytics.profile(CONDOR, MARKET, SKEW, new double[] {spots[i], spots[i] + 1}, 14,
                    vix[i] - 16.0).pnlAtHorizon()[0];
            assertThat(moving[i]).isCloseTo(one, within(USD_TOL));
        }
        assertThatThrownBy(() -> PayoffAnalytics.pnlAlong(CONDOR, MARKET, SKEW, spots, new double[2], 14))
                .hasMessageContaining("same length");
    }

    @Test
    void legVixVegasOnAFlatSmileAreTheBlackScholesVegaTimesTheAtmRatioPerVixPoint() {
        // Flat smile at 0.9 x VIX / 100: the sensitivity is the central difference of Black-Scholes at the vols
        // of VIX 16 +- 0.5 (to round-off), and so close to scale x BS vega (per 1.00 of vol) x 0.9 / 100: the
        // difference's truncation error, (0.0045)^2 / 6 x d3V/dvol3, stays below 1 % of vega for these strikes.
        SkewModel flat = SkewModel.flat(0.9);
        double[] vegas = StrategyValuation.legVixVegas(CONDOR, MARKET, MARKET, flat);
        java.util.List<com.alvh.workbench.pricing.Greeks> greeks = StrategyValuation.legGreeks(CONDOR, MARKET, flat);
        for (int i = 0; i < vegas.length; i++) {
            var leg = CONDOR.legs().get(i);
            double up = com.alvh.workbench.pricing.BlackScholes.price(leg.type(), 5000, leg.strike(), leg.expiry(), 0.04,
                    0.013, 0.9 * 16.5 / 100);
            double down = com.alvh.workbench.pricing.BlackScholes.price(leg.type(), 5000, leg.strike(), leg.expiry(), 0.04,
                    0.013, 0.9 * 15.5 / 100);
            assertThat(vegas[i]).isCloseTo(leg.scale() * (up - down), within(1e-9));
            double expected = greeks.get(i).vega() * 0.9 / 100.0;
            assertThat(vegas[i]).isCloseTo(expected, within(0.01 * Math.abs(expected)));
        }
        // A short condor loses when VIX rises: the sum is negative.
        assertThat(java.util.Arrays.stream(StrategyValuation.legVixVegas(CONDOR, MARKET, MARKET, SKEW)).sum()).isNegative();
    }
}
