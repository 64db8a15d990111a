package com.alvh.workbench.product;

import com.alvh.workbench.pricing.OptionType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class OptionLegTest {

    @Test
    void spxLegCarriesTheSpxMultiplierAndCopiesChangeOneField() {
        OptionLeg leg = OptionLeg.spx(OptionType.PUT, 4800.0, 0.1, -2.0);
        assertThat(leg.multiplier()).isEqualTo(100.0);
        assertThat(leg.scale()).isEqualTo(-200.0);
        assertThat(leg.isShort()).isTrue();
        assertThat(leg.withStrike(4700.0)).isEqualTo(new OptionLeg(Underlying.SPX, OptionType.PUT, 4700.0, 0.1, -2.0, 100.0));
        assertThat(leg.withQuantity(3.0).quantity()).isEqualTo(3.0);
        assertThat(leg.withQuantity(3.0).strike()).isEqualTo(4800.0);
        assertThat(leg.withExpiry(0.2).expiry()).isEqualTo(0.2);
        // short 2 puts, 100 points in the money: -2 x 100 x 100
        assertThat(leg.payoffAtExpiry(4700.0)).isEqualTo(-20000.0);
        assertThat(leg.payoffAtExpiry(4900.0)).isEqualTo(0.0);
    }

    @Test
    void expiryFromDatesIsAct365() {
        OptionLeg leg = OptionLeg.expiringOn(Underlying.VIX, OptionType.CALL, 25.0,
                LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 15), 1.0);
        assertThat(leg.expiry()).isCloseTo(45.0 / 365.0, within(1e-15));
        assertThat(leg.multiplier()).isEqualTo(100.0);
    }

    @Test
    void validationNamesTheFieldAndValue() {
        assertThatThrownBy(() -> OptionLeg.spx(OptionType.CALL, 0.0, 0.1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strike").hasMessageContaining("0.0");
        assertThatThrownBy(() -> OptionLeg.spx(OptionType.CALL, 5000, -0.1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expiry").hasMessageContaining("-0.1");
        assertThatThrownBy(() -> OptionLeg.spx(OptionType.CALL, 5000, 0.1, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quantity").hasMessageContaining("NaN");
        assertThatThrownBy(() -> new OptionLeg(Underlying.SPX, OptionType.CALL, 5000, 0.1, 1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("multiplier");
        assertThatThrownBy(() -> new MultiLegStrategy("x", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("legs");
    }

    @Test
    void multiLegStrategyIsImmutableAndScales() {
        OptionLeg a = OptionLeg.spx(OptionType.CALL, 5000, 0.1, 1);
        MultiLegStrategy s = MultiLegStrategy.of("call", a);
        MultiLegStrategy two = s.plus(a.withStrike(5100).withQuantity(-1));
        assertThat(s.legs()).hasSize(1);
        assertThat(two.legs()).hasSize(2);
        assertThat(two.scaled(3).legs()).extracting(OptionLeg::quantity).containsExactly(3.0, -3.0);
        assertThatThrownBy(() -> two.legs().add(a)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(two.payoffAtExpiry(5200.0)).isEqualTo(100.0 * 100.0);
        assertThat(two.lastExpiry()).isEqualTo(0.1);
    }
}
