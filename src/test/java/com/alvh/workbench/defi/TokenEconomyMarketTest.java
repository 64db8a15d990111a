package com.alvh.workbench.defi;

import com.alvh.workbench.sim.CampaignResult;
import com.alvh.workbench.sim.CancellationToken;
import com.alvh.workbench.sim.ProgressListener;
import com.alvh.workbench.sim.SimulationSettings;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Dilution and sell pressure of a farmed governance token ({@link TokenEconomyMarket}) against their
 * closed forms: with no volatility the token's path is {@code P0 (1+g)^-t exp(m_t)},
 * {@code m_t = I (1 - decay^t) / (1 - decay)}; the impact is the constant-product price move, checked on
 * the integer pool arithmetic ({@link UniswapV2Math} with its fee removed); and a farm's value follows.
 */
class TokenEconomyMarketTest {

    private static final double DT = 1.0 / 365;
    private static final AssetSpec FLAT = AssetSpec.of("GOV", 10.0, 0.0, 0.0, 0.0, 0.0, 0.0, 5e7);

    private static TokenEconomyMarket economy(double apr) {
        return new TokenEconomyMarket(JumpDiffusionMarket.single(FLAT, null), 0, apr, 0.5, 0.5, 0.05, 7.0);
    }

    @Test
    void withoutVolatilityThePathIsDilutionTimesTheDecayingImpact() {
        TokenEconomyMarket m = economy(0.4);
        DefiPathState s = new DefiPathState(1, 3);
        m.initialise(s);
        var rng = RandomSource.XO_SHI_RO_256_PP.create(1L);
        double g = 0.4 * 0.5 * DT;
        double impact = -2 * Math.log(1 + 0.5 * g / 0.05);
        double decay = Math.exp(-Math.log(2) / 7);
        for (int t = 1; t <= 365; t++) {
            m.advance(s, t, DT, rng);
            double dev = impact * (1 - Math.pow(decay, t)) / (1 - decay);
            double expected = 10.0 * Math.pow(1 + g, -t) * Math.exp(dev);
            assertThat(s.price[0][1]).as("day " + t).isCloseTo(expected, within(1e-11 * expected));
        }
        assertThat(m.steadyDeviation(DT)).isCloseTo(impact / (1 - decay), within(1e-15));
        // At 40 % APR on half the supply, a year dilutes the token by e^-0.2 and sell pressure holds it ~11 % lower.
        assertThat(Math.pow(1 + g, -365)).isCloseTo(Math.exp(-0.2), within(2e-4));
        assertThat(Math.exp(m.steadyDeviation(DT))).isCloseTo(0.891, within(0.002));
    }

    /** The log impact is the constant-product move of selling s g N tokens into a pool holding d N. */
    @Test
    void impactIsTheConstantProductPriceMove() {
        TokenEconomyMarket m = economy(2.0);
        BigInteger e18 = BigInteger.TEN.pow(18);
        BigInteger tokens = BigInteger.valueOf(5_000_000).multiply(e18); // d N = 5 % of 100M
        BigInteger usd = BigInteger.valueOf(50_000_000).multiply(e18);   // at 10 USD
        double sold = 0.5 * m.supplyGrowth(DT) * 100e6;                  // s g N
        BigInteger dx = BigInteger.valueOf(Math.round(sold * 1e6)).multiply(BigInteger.TEN.pow(12));
        // No fee: out = y dx / (x + dx) (UniswapV2Math charges 0.3 %, so apply the formula on integers here).
        BigInteger out = usd.multiply(dx).divide(tokens.add(dx));
        double after = usd.subtract(out).doubleValue() / tokens.add(dx).doubleValue();
        assertThat(Math.log(after / 10.0)).isCloseTo(m.logImpact(DT), within(1e-9));
        // With the 0.3 % fee the contract gives slightly less out, as expected.
        assertThat(UniswapV2Math.getAmountOut(dx, tokens, usd)).isLessThan(out);
    }

    /** A farm staking all its capital in a flat token: value = tokens (1 + e dt)^t x the token's closed-form price. */
    @Test
    void aFarmsValueIsItsTokensTimesTheDilutedPrice() {
        double apr = 5.0;
        TokenEconomyMarket m = economy(apr);
        GovernanceFarm farm = new GovernanceFarm("f", 1e6, 1.0, apr, 1e9, 0.0, 0);
        CampaignResult r = DefiSimulation.run(m, farm, DefiHedgePolicy.unhedged(), new SimulationSettings(4, 365, DT, 3L, 1, 4),
                ProgressListener.NONE, new CancellationToken()).result();
        double g = apr * 0.5 * DT;
        double decay = m.decay(DT);
        double price = 10.0 * Math.pow(1 + g, -365) * Math.exp(m.logImpact(DT) * (1 - Math.pow(decay, 365)) / (1 - decay));
        double value = 1e6 / 10.0 * Math.pow(1 + apr * DT, 365) * price;
        assertThat(r.pnl()[0] + 1e6).isCloseTo(value, within(1e-9 * value));
        // 500 % APR: 148x the tokens, but diluted by e^-2.5 and pushed down by the farmers' own selling.
        assertThat(value).isLessThan(0.6 * 1e6 * Math.exp(5.0) * Math.exp(-2.5));
    }
}
