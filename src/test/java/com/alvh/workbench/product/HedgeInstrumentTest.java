package com.alvh.workbench.product;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HedgeInstrumentTest {

    @Test
    void contractMultipliersFollowTheCboeSpecs() {
        // Cboe: SPX and VIX options USD 100 per point, VX futures USD 1,000 per point.
        List<HedgeInstrument> all = List.of(new VixCall(25, 0.1, 1), new VixCallSpread(25, 35, 0.1, 1),
                new VixFuture(0.1, 1), new SpxPut(4500, 0.1, 1));
        assertThat(all).extracting(HedgeInstrument::multiplier).containsExactly(100.0, 100.0, 1000.0, 100.0);
    }

    @Test
    void withQuantityKeepsTheRest() {
        HedgeInstrument h = new VixCallSpread(25, 35, 0.1, 1).withQuantity(-4);
        assertThat(h).isEqualTo(new VixCallSpread(25, 35, 0.1, -4));
        assertThat(new VixCall(25, 0.1, 1).withStrike(30).strike()).isEqualTo(30.0);
        assertThat(new SpxPut(4500, 0.1, 1).withQuantity(2).quantity()).isEqualTo(2.0);
        assertThat(new VixFuture(0.1, 1).withQuantity(3).quantity()).isEqualTo(3.0);
    }

    @Test
    void legsOfOptionHedges() {
        assertThat(new VixCallSpread(25, 35, 0.1, 2).toLegs()).extracting(OptionLeg::quantity).containsExactly(2.0, -2.0);
        assertThat(new VixCallSpread(25, 35, 0.1, 2).width()).isEqualTo(10.0);
        assertThat(new VixCall(25, 0.1, 2).toLeg().underlying()).isEqualTo(Underlying.VIX);
        assertThat(new SpxPut(4500, 0.1, 2).toLeg().underlying()).isEqualTo(Underlying.SPX);
    }

    @Test
    void validationNamesTheFieldAndValue() {
        assertThatThrownBy(() -> new VixCallSpread(35, 25, 0.1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longStrike must be < shortStrike")
                .hasMessageContaining("35.0");
        assertThatThrownBy(() -> new VixCall(-5, 0.1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strike").hasMessageContaining("-5.0");
        assertThatThrownBy(() -> new VixFuture(-0.1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expiry").hasMessageContaining("-0.1");
        assertThatThrownBy(() -> new SpxPut(4500, 0.1, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quantity");
    }
}
