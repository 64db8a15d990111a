package com.alvh.workbench.hedge;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TriggerTextTest {

    @Test
    void readsWhatPeopleWrite() {
        assertThat(TriggerText.parse("VIX > 20 or VIX/VIX3M >= 0.95")).isEqualTo(new Trigger.AnyOf(List.of(
                new Trigger.VixAbove(20), new Trigger.VixRatioAbove(0.95))));
        assertThat(TriggerText.parse("vix > 25 AND spx drawdown >= 7 %")).isEqualTo(new Trigger.AllOf(List.of(
                new Trigger.VixAbove(25), new Trigger.SpxDrawdownAbove(0.07))));
        assertThat(TriggerText.parse("15 <= VIX future(30d) < 30")).isEqualTo(new Trigger.VixFutureBetween(15, 30, 30));
        assertThat(TriggerText.parse("FOMC within 3 days")).isEqualTo(new Trigger.EventWithin(EventKind.FOMC, 3));
        assertThat(TriggerText.parse("not (VIX RSI > 70)")).isEqualTo(new Trigger.Not(
                new Trigger.IndicatorAbove(IndicatorSeries.VIX, IndicatorKind.RSI, 70)));
        assertThat(TriggerText.parse("always")).isEqualTo(new Trigger.Always());
    }

    @Test
    void errorsSayWhereAndWhat() {
        assertThatThrownBy(() -> TriggerText.parse("VIX > ")).hasMessage("expected a number at the end of 'VIX >'");
        assertThatThrownBy(() -> TriggerText.parse("VIX > 20 or VIX < 12 and VIX/VIX3M >= 1"))
                .hasMessageContaining("use parentheses to mix").hasMessageContaining("position 22");
        assertThatThrownBy(() -> TriggerText.parse("VVIX > 100")).hasMessageContaining("unknown condition 'VVIX'");
        assertThatThrownBy(() -> TriggerText.parse("VIX > -3")).hasMessageContaining("VixAbove.level");
        assertThatThrownBy(() -> TriggerText.parse("VIX # 3")).hasMessageContaining("unexpected '#' at position 5");
        assertThatThrownBy(() -> TriggerText.parse(" ")).hasMessageContaining("required");
    }

    @Property(tries = 300)
    void describeThenParseGivesTheSameTrigger(@ForAll("triggers") Trigger t) {
        assertThat(TriggerText.parse(t.describe())).isEqualTo(t);
    }

    @Provide
    Arbitrary<Trigger> triggers() {
        return trigger(3);
    }

    private Arbitrary<Trigger> trigger(int depth) {
        Arbitrary<Double> level = Arbitraries.integers().between(1, 9000).map(i -> i / 100.0);
        Arbitrary<Double> fraction = Arbitraries.integers().between(1, 9999).map(i -> i / 10000.0);
        Arbitrary<Trigger> atom = Arbitraries.oneOf(
                Arbitraries.just(new Trigger.Always()),
                level.map(Trigger.VixAbove::new),
                level.map(Trigger.VixBelow::new),
                level.map(Trigger.VixRatioAbove::new),
                fraction.map(Trigger.PortfolioDrawdownAbove::new),
                fraction.map(Trigger.SpxDrawdownAbove::new),
                fraction.map(Trigger.RealisedVolAbove::new),
                fraction.map(Trigger.PegDeviationAbove::new),
                Arbitraries.integers().between(1, 365).map(d -> new Trigger.VixFutureBetween(15, 30.5, d)),
                Arbitraries.of(IndicatorSeries.values()).flatMap(s -> Arbitraries.of(IndicatorKind.values())
                        .flatMap(k -> Arbitraries.integers().between(-500, 500).map(x -> (Trigger)
                                new Trigger.IndicatorBelow(s, k, x / 10.0)))),
                Arbitraries.of(IndicatorSeries.values()).map(s -> new Trigger.IndicatorAbove(s, IndicatorKind.RSI, 70)),
                Arbitraries.of(EventKind.values()).flatMap(e -> Arbitraries.integers().between(0, 30)
                        .map(d -> new Trigger.EventWithin(e, d))));
        if (depth == 0) {
            return atom;
        }
        // A one-element all/any is the element itself; text cannot tell them apart, so lists have two or more.
        Arbitrary<List<Trigger>> list = trigger(depth - 1).list().ofMinSize(2).ofMaxSize(3);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, atom),
                net.jqwik.api.Tuple.of(1, list.map(Trigger.AllOf::new)),
                net.jqwik.api.Tuple.of(1, list.map(Trigger.AnyOf::new)),
                net.jqwik.api.Tuple.of(1, trigger(depth - 1).map(Trigger.Not::new)));
    }
}
