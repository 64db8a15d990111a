package com.alvh.workbench.product;

import com.alvh.workbench.market.MarketSnapshot;
import com.alvh.workbench.pricing.BlackScholes;
import com.alvh.workbench.pricing.OptionType;
import com.alvh.workbench.pricing.SkewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IronCondorTest {

    private static final double T45 = 45.0 / 365.0;
    private static final SkewModel SKEW = SkewModel.DEFAULT;

    @Test
    void legsAreLongPutShortPutShortCallLongCall() {
        IronCondor c = IronCondor.ofStrikes(4700, 4800, 5200, 5300, T45, 3);
        assertThat(c.legs()).extracting(OptionLeg::type)
                .containsExactly(OptionType.PUT, OptionType.PUT, OptionType.CALL, OptionType.CALL);
        assertThat(c.legs()).extracting(OptionLeg::strike).containsExactly(4700.0, 4800.0, 5200.0, 5300.0);
        assertThat(c.legs()).extracting(OptionLeg::quantity).containsExactly(3.0, -3.0, -3.0, 3.0);
        assertThat(c.legs()).allSatisfy(l -> {
            assertThat(l.multiplier()).isEqualTo(100.0);
            assertThat(l.expiry()).isEqualTo(T45);
            assertThat(l.underlying()).isEqualTo(Underlying.SPX);
        });
        assertThat(c.name()).isEqualTo("Iron condor 4700/4800/5200/5300");
        assertThat(c.putWingWidth()).isEqualTo(100.0);
        assertThat(c.callWingWidth()).isEqualTo(100.0);
        assertThat(c.toMultiLeg().legs()).isEqualTo(c.legs());
        // expiry payoff by hand: at 4750, the put spread is 50 points in the money, 3 contracts x 100
        assertThat(c.payoffAtExpiry(4750.0)).isEqualTo(-50.0 * 3 * 100);
    }

    @Test
    void strikeOrderIsValidatedWithFieldsAndValues() {
        assertThatThrownBy(() -> IronCondor.ofStrikes(4800, 4800, 5200, 5300, T45, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("longPutStrike must be < shortPutStrike").hasMessageContaining("4800.0");
        assertThatThrownBy(() -> IronCondor.ofStrikes(4700, 5250, 5200, 5300, T45, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shortPutStrike must be <= shortCallStrike").hasMessageContaining("5250.0");
        assertThatThrownBy(() -> IronCondor.ofStrikes(4700, 4800, 5300, 5300, T45, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shortCallStrike must be < longCallStrike");
        assertThatThrownBy(() -> IronCondor.ofStrikes(4700, 4800, 5200, 5300, T45, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contracts").hasMessageContaining("0.0");
        assertThatThrownBy(() -> IronCondor.ofStrikes(4700, 4800, 5200, 5300, -1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expiry").hasMessageContaining("-1.0");
        // an iron butterfly (short strikes equal) is allowed
        assertThat(IronCondor.ofStrikes(4900, 5000, 5000, 5100, T45, 1).shortPutStrike()).isEqualTo(5000.0);
    }

    @Test
    void byDistanceRoundsToTheFivePointGrid() {
        IronCondor points = IronCondor.byDistancePoints(5003.0, 201.0, 52.0, T45, 1);
        assertThat(new double[] {points.longPutStrike(), points.shortPutStrike(), points.shortCallStrike(),
                points.longCallStrike()}).containsExactly(4750.0, 4800.0, 5205.0, 5255.0);
        IronCondor pct = IronCondor.byDistancePercent(5000.0, 5.0, 2.0, T45, 2);
        assertThat(new double[] {pct.longPutStrike(), pct.shortPutStrike(), pct.shortCallStrike(),
                pct.longCallStrike()}).containsExactly(4650.0, 4750.0, 5250.0, 5350.0);
        assertThat(pct.contracts()).isEqualTo(2.0);
        // a wing narrower than one grid step becomes one step
        assertThat(IronCondor.byDistancePoints(5000.0, 100.0, 1.0, T45, 1).putWingWidth()).isEqualTo(5.0);
    }

    @ParameterizedTest
    @ValueSource(doubles = {11.0, 16.0, 25.0, 40.0})
    void cndrRulePicksTheGridStrikesNearestTwentyAndFiveDelta(double vix) {
        MarketSnapshot m = MarketSnapshot.of(5000.0, vix, 0.04, 0.013);
        IronCondor c = IronCondor.cndr(m, SKEW, T45, 10);
        assertNearestOnGrid(m, OptionType.PUT, c.shortPutStrike(), -0.20);
        assertNearestOnGrid(m, OptionType.PUT, c.longPutStrike(), -0.05);
        assertNearestOnGrid(m, OptionType.CALL, c.shortCallStrike(), 0.20);
        assertNearestOnGrid(m, OptionType.CALL, c.longCallStrike(), 0.05);
        // the put wing is wider than the call wing: the skew puts more vol under the put strikes
        assertThat(c.putWingWidth()).isGreaterThan(c.callWingWidth());
    }

    @Test
    void deltaRuleValidatesItsTargets() {
        MarketSnapshot m = MarketSnapshot.of(5000.0, 16.0, 0.04, 0.013);
        assertThatThrownBy(() -> IronCondor.byDelta(m, SKEW, T45, 0.05, 0.20, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longDelta").hasMessageContaining("0.2");
        assertThatThrownBy(() -> IronCondor.byDelta(m, SKEW, 0.0, 0.20, 0.05, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expiry");
    }

    @Test
    void copiesChangeOneThing() {
        IronCondor c = IronCondor.ofStrikes(4700, 4800, 5200, 5300, T45, 3);
        assertThat(c.withContracts(5).contracts()).isEqualTo(5.0);
        assertThat(c.withExpiry(0.2).expiry()).isEqualTo(0.2);
        assertThat(c.withStrikes(4600, 4700, 5300, 5400).longCallStrike()).isEqualTo(5400.0);
        assertThat(c.withContracts(5).shortPutStrike()).isEqualTo(4800.0);
    }

    private static void assertNearestOnGrid(MarketSnapshot m, OptionType type, double strike, double target) {
        assertThat(strike % IronCondor.SPX_STRIKE_STEP).isZero();
        double here = Math.abs(delta(m, type, strike) - target);
        double below = Math.abs(delta(m, type, strike - IronCondor.SPX_STRIKE_STEP) - target);
        double above = Math.abs(delta(m, type, strike + IronCondor.SPX_STRIKE_STEP) - target);
        assertThat(here).as("%s %s delta error vs neighbours", type, strike)
                .isLessThanOrEqualTo(below).isLessThanOrEqualTo(above);
        // within half the delta change of one grid step, so within the 5-point rounding
        double stepChange = Math.abs(delta(m, type, strike + IronCondor.SPX_STRIKE_STEP)
                - delta(m, type, strike - IronCondor.SPX_STRIKE_STEP)) / 2.0;
        assertThat(here).isLessThanOrEqualTo(stepChange);
    }

    private static double delta(MarketSnapshot m, OptionType type, double strike) {
        double vol = SKEW.vol(m.forward(T45), strike, T45, m.vix());
        return BlackScholes.delta(type, m.spot(), strike, T45, m.rate(), m.dividendYield(), vol);
    }
}
