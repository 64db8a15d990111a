package com.alvh.workbench.sim;

import com.alvh.workbench.pricing.HestonModel;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class RiskPremiumModelTest {

    private static final HestonModel H = new HestonModel(0.0174, 4.0, 0.0283, 0.6, -0.7);
    private static final double DT = 1.0 / 252;
    private static final double TOL = 1e-9;

    private static PathState run(MarketModel model, int steps) {
        PathState s = new PathState(64);
        model.initialise(s);
        var rng = RandomSource.XO_SHI_RO_256_PP.create(42L);
        for (int t = 1; t <= steps; t++) {
            model.advance(s, t, DT, rng);
        }
        return s;
    }

    @Test
    void premiaScaleTheQuotesAndDriftTheSpotOnTheSamePaths() {
        HestonMarketModel inner = new HestonMarketModel(H, 5000, 0.04, 0.013);
        int steps = 30;
        PathState base = run(inner, steps);
        PathState p = run(new RiskPremiumModel(inner, 0.16, 0.05), steps);
        for (int i = 0; i < 64; i++) {
            // Same random numbers, same variance path: only the quotes and the drift differ.
            assertThat(p.variance[i]).isCloseTo(base.variance[i], within(TOL));
            assertThat(p.vix[i]).isCloseTo(1.16 * base.vix[i], within(1e-9 * base.vix[i]));
            assertThat(p.vix3m[i]).isCloseTo(1.16 * base.vix3m[i], within(1e-9 * base.vix3m[i]));
            assertThat(p.spot[i] / base.spot[i]).isCloseTo(Math.exp(0.05 * steps * DT), within(1e-12));
        }
        double f = new RiskPremiumModel(inner, 0.16, 0.0).vixFuture(1.16 * 15, 0.02, 0.25);
        assertThat(f).isCloseTo(1.16 * inner.vixFuture(15, 0.02, 0.25), within(1e-9));
    }

    @Test
    void zeroPremiaLeaveTheModelUnchanged() {
        HestonMarketModel inner = new HestonMarketModel(H, 5000, 0.04, 0.013);
        PathState a = run(inner, 10);
        PathState b = run(new RiskPremiumModel(inner, 0.0, 0.0), 10);
        assertThat(b.spot).containsExactly(a.spot);
        assertThat(b.vix).containsExactly(a.vix);
    }

    @Test
    void refusesNonsense() {
        HestonMarketModel inner = new HestonMarketModel(H, 5000, 0.04, 0.013);
        assertThatIllegalArgumentException().isThrownBy(() -> new RiskPremiumModel(inner, -0.1, 0.0))
                .withMessageContaining("volatilityPremium");
        assertThatIllegalArgumentException().isThrownBy(() -> new RiskPremiumModel(inner, 0.1, 0.9))
                .withMessageContaining("equityPremium");
    }
}
