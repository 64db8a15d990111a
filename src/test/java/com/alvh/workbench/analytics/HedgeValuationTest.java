package com.alvh.workbench.analytics;

import com.alvh.workbench.market.MarketSnapshot;
import com.alvh.workbench.pricing.Black76;
import com.alvh.workbench.pricing.BlackScholes;
import com.alvh.workbench.pricing.Greeks;
import com.alvh.workbench.pricing.OptionType;
import com.alvh.workbench.pricing.SkewModel;
import com.alvh.workbench.product.SpxPut;
import com.alvh.workbench.product.VixCall;
import com.alvh.workbench.product.VixCallSpread;
import com.alvh.workbench.product.VixFuture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HedgeValuationTest {

    private static final double TOL = 1e-10;
    private static final SkewModel SKEW = SkewModel.DEFAULT;
    private static final MarketSnapshot MARKET = MarketSnapshot.of(5000.0, 14.0, 0.04, 0.013);
    private static final double T = 60.0 / 365.0;

    @Test
    void vixCallIsBlack76OnTheFutureOfItsExpiryNotOnSpot() {
        VixCall call = new VixCall(20.0, T, 5);
        double f = MARKET.vixFuture(T);
        assertThat(f).isGreaterThan(MARKET.vix()); // contango at VIX 14 below the long-run 19.5
        double expected = Black76.price(OptionType.CALL, f, 20.0, T, 0.04, MARKET.vixOptionVol());
        assertThat(HedgeValuation.mark(call, MARKET, SKEW)).isCloseTo(expected, within(TOL));
        double onSpot = Black76.price(OptionType.CALL, MARKET.vix(), 20.0, T, 0.04, MARKET.vixOptionVol());
        assertThat(HedgeValuation.mark(call, MARKET, SKEW)).isGreaterThan(onSpot + 0.1);
        assertThat(HedgeValuation.value(call, MARKET, SKEW)).isCloseTo(expected * 5 * 100, within(1e-8));
        assertThat(HedgeValuation.premium(call, MARKET, SKEW)).isCloseTo(expected * 5 * 100, within(1e-8));
        Greeks g = HedgeValuation.greeks(call, MARKET, SKEW);
        assertThat(g.delta()).isCloseTo(Black76.greeks(OptionType.CALL, f, 20.0, T, 0.04, 0.9).delta() * 500, within(1e-9));
    }

    @Test
    void callSpreadIsTheDifferenceAndIsBoundedByItsWidth() {
        VixCallSpread spread = new VixCallSpread(20.0, 30.0, T, 2);
        double mark = HedgeValuation.mark(spread, MARKET, SKEW);
        double expected = HedgeValuation.mark(new VixCall(20.0, T, 1), MARKET, SKEW)
                - HedgeValuation.mark(new VixCall(30.0, T, 1), MARKET, SKEW);
        assertThat(mark).isCloseTo(expected, within(TOL));
        assertThat(mark).isPositive().isLessThan(10.0 * Math.exp(-0.04 * T));
        // in a spike the spread approaches its discounted width
        MarketSnapshot spike = MARKET.withVix(80.0);
        assertThat(HedgeValuation.mark(new VixCallSpread(20.0, 30.0, 1.0 / 365, 1), spike, SKEW))
                .isCloseTo(10.0 * Math.exp(-0.04 / 365), within(1e-3));
    }

    @Test
    void futureIsMarkedOnTheCurveAndCostsNothingToOpen() {
        VixFuture fut = new VixFuture(T, 3);
        assertThat(HedgeValuation.mark(fut, MARKET, SKEW)).isEqualTo(MARKET.vixFuture(T));
        assertThat(HedgeValuation.premium(fut, MARKET, SKEW)).isZero();
        double entry = HedgeValuation.mark(fut, MARKET, SKEW);
        // VIX jumps 10 points: P&L = (F_new - F_old) x 1000 x 3
        MarketSnapshot later = MARKET.withVix(24.0);
        assertThat(HedgeValuation.pnl(fut, entry, later, SKEW))
                .isCloseTo((later.vixFuture(T) - entry) * 3000.0, within(1e-9));
        assertThat(HedgeValuation.greeks(fut, MARKET, SKEW).delta()).isEqualTo(3000.0);
    }

    @Test
    void spxPutIsPricedAtItsSkewVol() {
        SpxPut put = new SpxPut(4500.0, T, 4);
        double vol = SKEW.vol(MARKET.forward(T), 4500.0, T, MARKET.vix());
        double expected = BlackScholes.price(OptionType.PUT, 5000.0, 4500.0, T, 0.04, 0.013, vol);
        assertThat(HedgeValuation.mark(put, MARKET, SKEW)).isCloseTo(expected, within(TOL));
        assertThat(vol).isGreaterThan(SKEW.atmVol(MARKET.vix()));
        assertThat(HedgeValuation.greeks(put, MARKET, SKEW).delta()).isNegative();
    }

    @Test
    void atExpiryVixOptionsPayOnSpotVix() {
        VixCall call = new VixCall(20.0, 0.0, 1);
        assertThat(HedgeValuation.mark(call, MARKET.withVix(27.0), SKEW)).isCloseTo(7.0, within(TOL));
    }
}
