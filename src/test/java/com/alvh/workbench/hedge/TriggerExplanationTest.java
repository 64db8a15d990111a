package com.alvh.workbench.hedge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TriggerExplanationTest {

    /** Plain values for one path. */
    private record Values(double vix, double vix3m, double spxDrawdown, double portfolioDrawdown) implements TriggerInputs {
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
            return vix + 1.5;
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
            return Double.NaN;
        }

        @Override
        public int tradingDaysToEvent(EventKind kind) {
            return 2;
        }
    }

    private static final Trigger REGIME = new Trigger.AnyOf(List.of(new Trigger.VixAbove(25),
            new Trigger.VixRatioAbove(0.95)));

    @Test
    void namesTheConditionsThatHoldWithTheValuesRead() {
        assertThat(TriggerExplanation.holding(REGIME, new Values(25.43, 30, 0, 0), 0)).containsExactly("VIX 25.4 > 25");
        assertThat(TriggerExplanation.reason(REGIME, new Values(31, 30, 0, 0), 0))
                .isEqualTo("VIX 31 > 25 and VIX/VIX3M 1.03 >= 0.95");
        // Only the term structure: 19 / 19.5 = 0.97.
        assertThat(TriggerExplanation.reason(REGIME, new Values(19, 19.5, 0, 0), 0)).isEqualTo("VIX/VIX3M 0.97 >= 0.95");
        // Not firing: nothing to explain.
        assertThat(TriggerExplanation.holding(REGIME, new Values(15, 20, 0, 0), 0)).isEmpty();
    }

    @Test
    void aValueThatWouldRoundOntoItsThresholdKeepsTwoDecimals() {
        assertThat(TriggerExplanation.reason(new Trigger.VixAbove(20), new Values(20.04, 22, 0, 0), 0))
                .isEqualTo("VIX 20.04 > 20");
    }

    @Test
    void allOfListsEveryConditionAndOtherKindsAreReadToo() {
        Trigger late = new Trigger.AllOf(List.of(new Trigger.SpxDrawdownAbove(0.07),
                new Trigger.PortfolioDrawdownAbove(0.05), new Trigger.EventWithin(EventKind.values()[0], 3)));
        assertThat(TriggerExplanation.holding(late, new Values(30, 28, 0.082, 0.05), 0)).containsExactly(
                "SPX drawdown 8.2 % >= 7 %", "portfolio drawdown 5 % >= 5 %", EventKind.values()[0] + " in 2 days (within 3)");
        assertThat(TriggerExplanation.reason(new Trigger.Always(), new Values(10, 12, 0, 0), 0)).isEqualTo("always on");
        assertThat(TriggerExplanation.reason(new Trigger.VixFutureBetween(15, 30, 30), new Values(20, 22, 0, 0), 0))
                .isEqualTo("VIX future (30 d) 21.5 in [15, 30)");
    }

    @Test
    void vixLevelsAreCollectedFromInsideCombinators() {
        Trigger t = new Trigger.AnyOf(List.of(new Trigger.VixAbove(30), new Trigger.SpxDrawdownAbove(0.07),
                new Trigger.AllOf(List.of(new Trigger.VixBelow(40), new Trigger.Not(new Trigger.VixAbove(50))))));
        assertThat(TriggerExplanation.vixLevels(t)).containsExactly(30.0, 40.0, 50.0);
        assertThat(TriggerExplanation.vixLevels(new Trigger.Always())).isEmpty();
    }
}
