package com.alvh.workbench.pricing;

import com.alvh.workbench.math.NormalDistribution;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

/**
 * The tabulated smile prices against the exact formula (Black-76 at the SSVI total variance), the
 * slice evaluator against the stateless one, and the delta-strike solver against
 * {@link SkewModel#strikeForDelta}'s bisection.
 */
class SmileOptionTableTest {

    private static final SkewModel[] SKEWS = {SkewModel.DEFAULT, SkewModel.flat(1.0), new SkewModel(0.9, -0.4, 1.2, 0.5)};

    /**
     * Error bounds per unit of forward and of s (the ATM total std dev): the interpolation error of
     * {@code C = c/s} is fourth order in the grid steps; measured maxima over 200,000 random points
     * are 1.3e-7, 3.7e-7 and 1.2e-6 on the three bands, the bounds leave a factor of about 1.5.
     */
    private static double bound(double s) {
        return s <= 0.4 ? 2e-7 : s <= 1.2 ? 5e-7 : 2e-6;
    }

    @Test
    void tablePricesAreWithinTheStatedBoundOfTheExactFormula() {
        Random random = new Random(20241);
        for (SkewModel skew : SKEWS) {
            SmileOptionTable table = SmileOptionTable.of(skew);
            assertThat(table.tabulated()).isTrue();
            for (int n = 0; n < 100_000; n++) {
                double s = 1e-4 + random.nextDouble() * 1.9999;
                double u = -34 + random.nextDouble() * 48; // past both ends of the grid too
                double k = u * s;
                assertThat(table.call(k, s)).as("call k=%s s=%s %s", k, s, skew)
                        .isCloseTo(table.exactCall(k, s), offset(bound(s) * s));
                assertThat(table.put(k, s)).as("put k=%s s=%s %s", k, s, skew)
                        .isCloseTo(table.exactPut(k, s), offset(bound(s) * s));
            }
        }
    }

    @Test
    void anSpxOptionMatchesBlackScholesAtTheSkewsVol() {
        // S = 5000, r = 4 %, q = 1.3 %, 30 trading days, VIX 22: s = 0.845 * 0.22 * sqrt(30/252).
        SkewModel skew = SkewModel.DEFAULT;
        SmileOptionTable table = SmileOptionTable.of(skew);
        double spot = 5000;
        double t = 30 / 252.0;
        double vix = 22;
        double forward = spot * Math.exp((0.04 - 0.013) * t);
        double discount = Math.exp(-0.04 * t);
        double s = skew.atmVol(vix) * Math.sqrt(t);
        for (double strike = 4000; strike <= 5600; strike += 25) {
            for (OptionType type : OptionType.values()) {
                double exact = BlackScholes.price(type, spot, strike, t, 0.04, 0.013, skew.vol(forward, strike, t, vix));
                double tab = table.price(type, forward, strike, Math.log(strike / forward), s, discount);
                assertThat(tab).as("%s K=%s", type, strike).isCloseTo(exact, offset(bound(s) * s * forward));
            }
        }
    }

    @Test
    void putCallParityHoldsToRounding() {
        SmileOptionTable table = SmileOptionTable.of(SkewModel.DEFAULT);
        for (double k = -0.5; k <= 0.3; k += 0.01) {
            double call = table.price(OptionType.CALL, 100, 100 * Math.exp(k), k, 0.1, 0.99);
            double put = table.price(OptionType.PUT, 100, 100 * Math.exp(k), k, 0.1, 0.99);
            if (put > 0 && call > 0) {
                assertThat(call - put).isCloseTo(0.99 * (100 - 100 * Math.exp(k)), offset(1e-12));
            }
        }
    }

    @Test
    void theSliceGivesTheSamePricesAsTheStatelessCall() {
        SmileOptionTable table = SmileOptionTable.of(SkewModel.DEFAULT);
        SmileOptionTable.Slice slice = table.newSlice();
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            double s = random.nextDouble() * 2.2; // includes s beyond the grid (exact)
            double k = (random.nextDouble() * 2 - 1) * 1.5;
            OptionType type = random.nextBoolean() ? OptionType.CALL : OptionType.PUT;
            double expected = table.price(type, 4000, 4000 * Math.exp(k), k, s, 0.98);
            assertThat(slice.at(s).price(type, 4000, 4000 * Math.exp(k), k, 0.98)).isCloseTo(expected, offset(1e-10));
        }
    }

    @Test
    void curvatureExponentsOtherThanOneHalfUseTheExactFormula() {
        SmileOptionTable table = SmileOptionTable.of(new SkewModel(0.845, -0.7, 1.0, 0.3));
        assertThat(table.tabulated()).isFalse();
        assertThat(table.call(-0.05, 0.07)).isEqualTo(table.exactCall(-0.05, 0.07));
    }

    @Test
    void deltaStrikesAgreeWithTheBisectionOfSkewModel() {
        SkewModel skew = SkewModel.DEFAULT;
        SmileOptionTable table = SmileOptionTable.of(skew);
        Random random = new Random(11);
        double r = 0.04;
        double q = 0.013;
        for (int n = 0; n < 2000; n++) {
            double vix = 8 + random.nextDouble() * 90;
            double t = (1 + random.nextInt(90)) / 252.0;
            double delta = 0.03 + random.nextDouble() * 0.45;
            boolean call = random.nextBoolean();
            double exact = skew.strikeForDelta(call ? OptionType.CALL : OptionType.PUT, call ? delta : -delta, 5000, t,
                    r, q, vix);
            double inv = NormalDistribution.inverseCdf(delta * Math.exp(q * t));
            double s = skew.atmVol(vix) * Math.sqrt(t);
            double forward = 5000 * Math.exp((r - q) * t);
            double k1 = table.logMoneynessForD1(call ? inv : -inv, s);
            double k2 = table.solverFor(call ? inv : -inv).logMoneyness(s);
            assertThat(k1).isCloseTo(Math.log(exact / forward), offset(1e-10));
            assertThat(k2).isCloseTo(k1, offset(1e-11));
        }
        assertThatThrownBy(() -> table.logMoneynessForD1(40.0, 0.1)).isInstanceOf(IllegalArgumentException.class);
    }
}
