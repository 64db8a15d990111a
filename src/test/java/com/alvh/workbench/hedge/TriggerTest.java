package com.alvh.workbench.hedge;

import com.alvh.workbench.hedge.Trigger.AllOf;
import com.alvh.workbench.hedge.Trigger.AnyOf;
import com.alvh.workbench.hedge.Trigger.EventWithin;
import com.alvh.workbench.hedge.Trigger.IndicatorAbove;
import com.alvh.workbench.hedge.Trigger.IndicatorBelow;
import com.alvh.workbench.hedge.Trigger.Not;
import com.alvh.workbench.hedge.Trigger.PortfolioDrawdownAbove;
import com.alvh.workbench.hedge.Trigger.SpxDrawdownAbove;
import com.alvh.workbench.hedge.Trigger.VixAbove;
import com.alvh.workbench.hedge.Trigger.VixBelow;
import com.alvh.workbench.hedge.Trigger.VixRatioAbove;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TriggerTest {

    /** One path's values at one step. */
    record Step(double vix, double vix3m, double portfolioDrawdown, double spxDrawdown, double spxRsi,
                int daysToFomc) implements TriggerInputs {
        @Override
        public double vix(int i) {
            return vix;
        }

        @Override
        public double vix3m(int i) {
            return vix3m;
        }

        @Override
        public double vixFuture(int i, int tenorDays) {
            return vix + 1.0; // a flat contango of one point, enough for the band test
        }

        @Override
        public double portfolioDrawdown(int i) {
            return portfolioDrawdown;
        }

        @Override
        public double spxDrawdown(int i) {
            return spxDrawdown;
        }

        @Override
        public double indicator(IndicatorSeries series, IndicatorKind indicator, int i) {
            return series == IndicatorSeries.SPX && indicator == IndicatorKind.RSI ? spxRsi : Double.NaN;
        }

        @Override
        public int tradingDaysToEvent(EventKind kind) {
            return kind == EventKind.FOMC ? daysToFomc : Integer.MAX_VALUE;
        }
    }

    /** A scripted stress: calm, term structure inverts, VIX spikes, then drawdowns deepen. */
    private static final List<Step> PATH = List.of(
            new Step(14.0, 17.0, 0.00, 0.00, 55, 9),   // 0 calm contango
            new Step(17.5, 18.5, 0.01, 0.02, 41, 8),   // 1 flattening
            new Step(21.0, 20.0, 0.02, 0.04, 33, 7),   // 2 VIX > 20, backwardation
            new Step(31.0, 26.0, 0.06, 0.071, 24, 2),  // 3 VIX > 30, SPX dd > 7 %, RSI < 30, FOMC in 2
            new Step(27.0, Double.NaN, 0.08, 0.09, Double.NaN, 1)); // 4 VIX3M and RSI unknown

    private static int firstFiring(Trigger trigger) {
        for (int t = 0; t < PATH.size(); t++) {
            if (trigger.fires(PATH.get(t), 0)) {
                return t;
            }
        }
        return -1;
    }

    @Test
    void eachTriggerFiresOnTheStepItShould() {
        assertThat(firstFiring(new VixAbove(20))).isEqualTo(2);
        assertThat(firstFiring(new VixAbove(30))).isEqualTo(3);
        assertThat(firstFiring(new VixAbove(31))).as("strictly above").isEqualTo(-1);
        assertThat(firstFiring(new VixBelow(15))).isEqualTo(0);
        assertThat(firstFiring(new VixRatioAbove(1.0))).as("backwardation").isEqualTo(2);
        assertThat(firstFiring(new VixRatioAbove(0.9))).isEqualTo(1);
        assertThat(firstFiring(new PortfolioDrawdownAbove(0.05))).isEqualTo(3);
        assertThat(firstFiring(new SpxDrawdownAbove(0.07))).isEqualTo(3);
        assertThat(firstFiring(new IndicatorBelow(IndicatorSeries.SPX, IndicatorKind.RSI, 30))).isEqualTo(3);
        assertThat(firstFiring(new IndicatorAbove(IndicatorSeries.SPX, IndicatorKind.RSI, 50))).isEqualTo(0);
        assertThat(firstFiring(new EventWithin(EventKind.FOMC, 2))).isEqualTo(3);
        assertThat(firstFiring(new Trigger.VixFutureBetween(30, 50, 30))).as("future 32 at step 3").isEqualTo(3);
        assertThat(firstFiring(new Trigger.VixFutureBetween(15, 30, 30))).as("future 15 at step 0, half-open").isEqualTo(0);
        assertThat(firstFiring(new Trigger.VixFutureBetween(50, 60, 30))).isEqualTo(-1);
        assertThat(firstFiring(new EventWithin(EventKind.CPI, 5))).isEqualTo(-1);
    }

    @Test
    void unknownValuesNeverFire() {
        Step last = PATH.get(4);
        assertThat(new VixRatioAbove(0.1).fires(last, 0)).isFalse();
        assertThat(new IndicatorBelow(IndicatorSeries.SPX, IndicatorKind.RSI, 100).fires(last, 0)).isFalse();
        assertThat(new IndicatorAbove(IndicatorSeries.SPX, IndicatorKind.RSI, -1).fires(last, 0)).isFalse();
    }

    @Test
    void combinators() {
        Trigger tail = new AnyOf(List.of(new VixAbove(30), new SpxDrawdownAbove(0.07)));
        assertThat(firstFiring(tail)).isEqualTo(3);
        Trigger regimeAndInverted = new AllOf(List.of(new VixAbove(20), new VixRatioAbove(1.0)));
        assertThat(firstFiring(regimeAndInverted)).isEqualTo(2);
        assertThat(regimeAndInverted.fires(PATH.get(4), 0)).isFalse();
        assertThat(firstFiring(new Not(new VixBelow(20)))).isEqualTo(2);
        assertThat(tail.describe()).isEqualTo("(VIX > 30 or SPX drawdown >= 7 %)");
    }

    @Test
    void badParametersNameTheirField() {
        assertThatThrownBy(() -> new VixAbove(-5)).hasMessage("VixAbove.level must be a positive number, was -5.0");
        assertThatThrownBy(() -> new SpxDrawdownAbove(7)).hasMessageContaining("SpxDrawdownAbove.fraction");
        assertThatThrownBy(() -> new AnyOf(List.of())).hasMessage("AnyOf.conditions must hold at least one trigger");
        assertThatThrownBy(() -> new EventWithin(EventKind.CPI, -1)).hasMessageContaining("EventWithin.tradingDays");
        assertThatThrownBy(() -> new IndicatorAbove(null, IndicatorKind.RSI, 1)).hasMessage("IndicatorAbove.series is required");
    }
}
