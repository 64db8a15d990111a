package com.alvh.workbench.sim;

import com.alvh.workbench.pricing.Black76;
import com.alvh.workbench.pricing.HestonModel;
import com.alvh.workbench.pricing.OptionType;
import com.alvh.workbench.pricing.VixUnderHeston;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** VIX option vols read off a Heston model's own VIX: exact at the nodes, and what the paths pay. */
class VixOptionVolsTest {

    private static final HestonModel SAMPLE = new HestonModel(0.0174, 4.0, 0.0283, 0.36, -0.7);
    private static final double RATE = 0.04;

    @Test
    void atTheNodesBlack76AtTheCurvesVolGivesTheExactHestonVixCall() {
        VixOptionVols v = VixOptionVols.fromHeston(SAMPLE, 1.0, RATE);
        for (double days : VixOptionVols.MODEL_NODE_DAYS) {
            double t = days / 365.0;
            double f = VixUnderHeston.futuresPrice(SAMPLE, t);
            double exact = VixUnderHeston.callPrice(SAMPLE, f, t, RATE);
            assertThat(Black76.price(OptionType.CALL, f, f, t, RATE, v.at(t))).as("%s days", days)
                    .isCloseTo(exact, within(1e-9 * Math.max(1.0, exact)));
        }
        // A premium scales every vol; between nodes the vol is linear in expiry, flat outside.
        VixOptionVols p = VixOptionVols.fromHeston(SAMPLE, 1.16, RATE);
        assertThat(p.at(30 / 365.0)).isCloseTo(1.16 * v.at(30 / 365.0), within(1e-12));
        double mid = (21 + 30) / 2.0 / 365.0;
        assertThat(v.at(mid)).isCloseTo((v.at(21 / 365.0) + v.at(30 / 365.0)) / 2, within(1e-12));
        assertThat(v.at(1 / 365.0)).isEqualTo(v.at(7 / 365.0));
        assertThat(v.at(2.0)).isEqualTo(v.at(180 / 365.0));
        // Vol of VIX falls with expiry under mean reversion.
        assertThat(v.at(7 / 365.0)).isGreaterThan(v.at(30 / 365.0)).isGreaterThan(v.at(180 / 365.0));
        assertThat(VixOptionVols.flat(0.9).at(0.3)).isEqualTo(0.9);
        assertThat(VixOptionVols.flat(0.9).isFlat()).isTrue();
        assertThat(v.isFlat()).isFalse();
    }

    /**
     * The consistency the campaign relies on: a VIX call quoted at the curve's vol costs what the model's
     * paths pay on average (Monte Carlo, 200,000 paths, fixed seed, within 3 standard errors), where the
     * flat 0.90 of the files would price it off by several standard errors.
     */
    @Test
    void aVixCallQuotedOffTheCurveCostsWhatThePathsPay() {
        int n = 200_000;
        int steps = 21;
        double dt = 1.0 / 252.0;
        double tau = steps * dt;
        HestonMarketModel model = new HestonMarketModel(SAMPLE, 5000.0, RATE, 0.013);
        PathState s = new PathState(n);
        model.initialise(s);
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(20261204L);
        for (int t = 1; t <= steps; t++) {
            model.advance(s, t, dt, rng);
        }
        double future = VixUnderHeston.futuresPrice(SAMPLE, tau);
        double vol = VixOptionVols.fromHeston(SAMPLE, 1.0, RATE).at(tau);
        // At the money the curve is exact; out of the money it uses the expiry's at-the-money vol, and the
        // model's VIX smile falls a little to the right, so a 110 % call is quoted a few percent rich.
        double[] moneyness = {1.0, 1.10};
        double[] tolerance = {0.0, 0.05};
        for (int m = 0; m < moneyness.length; m++) {
            double strike = future * moneyness[m];
            double sum = 0.0;
            double sumSq = 0.0;
            for (int i = 0; i < n; i++) {
                double pay = Math.max(s.vix[i] - strike, 0.0) * Math.exp(-RATE * tau);
                sum += pay;
                sumSq += pay * pay;
            }
            double mean = sum / n;
            double se = Math.sqrt((sumSq / n - mean * mean) / (n - 1));
            double quoted = Black76.price(OptionType.CALL, future, strike, tau, RATE, vol);
            assertThat(Math.abs(quoted - mean)).as("K/F %.2f: quoted %.4f vs paths %.4f (se %.4f)", moneyness[m],
                    quoted, mean, se).isLessThan(3 * se + tolerance[m] * mean);
            double flat = Black76.price(OptionType.CALL, future, strike, tau, RATE, 0.60);
            assertThat(Math.abs(flat - mean)).as("a flat vol far from the model's is measurably off").isGreaterThan(5 * se);
        }
    }

    @Test
    void badCurvesAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new VixOptionVols(new double[] {0.1, 0.1},
                new double[] {1, 1})).withMessageContaining("increasing");
        assertThatIllegalArgumentException().isThrownBy(() -> new VixOptionVols(new double[] {0.1},
                new double[] {-1})).withMessageContaining("positive");
        assertThatIllegalArgumentException().isThrownBy(() -> VixOptionVols.fromHeston(SAMPLE, 0.0, RATE))
                .withMessageContaining("premiumFactor");
    }
}
