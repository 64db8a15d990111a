package com.alvh.workbench.analytics;

import com.alvh.workbench.market.MarketSnapshot;
import com.alvh.workbench.math.NormalDistribution;
import com.alvh.workbench.pricing.BlackScholes;
import com.alvh.workbench.pricing.Greeks;
import com.alvh.workbench.pricing.OptionType;
import com.alvh.workbench.pricing.SkewModel;
import com.alvh.workbench.pricing.VolSurface;
import com.alvh.workbench.product.IronCondor;
import com.alvh.workbench.product.MultiLegStrategy;
import com.alvh.workbench.product.OptionLeg;
import com.alvh.workbench.product.Underlying;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PositionAnalyticsTest {

    private static final double USD_TOL = 1e-8;
    /**
     * Tolerance for greeks against central differences, relative to the gross (sum of absolute
     * leg) greek: the net of a condor can be small while each leg's truncation error is not.
     */
    private static final double FD_REL_TOL = 1e-6;
    private static final double T45 = 45.0 / 365.0;
    private static final SkewModel SKEW = SkewModel.DEFAULT;
    private static final MarketSnapshot MARKET = MarketSnapshot.of(5000.0, 16.0, 0.04, 0.013);
    private static final IronCondor CONDOR = IronCondor.cndr(MARKET, SKEW, T45, 10);

    @Test
    void creditMaxProfitLossAndBreakEvensOfTheModelCondor() {
        // credit recomputed leg by leg from Black-Scholes at each strike's skew vol
        double f = MARKET.forward(T45);
        double perUnit = price(OptionType.PUT, CONDOR.shortPutStrike(), f) - price(OptionType.PUT, CONDOR.longPutStrike(), f)
                + price(OptionType.CALL, CONDOR.shortCallStrike(), f) - price(OptionType.CALL, CONDOR.longCallStrike(), f);
        double credit = perUnit * 10 * 100;
        PositionSummary s = PositionAnalytics.summarize(CONDOR, MARKET, SKEW);
        assertThat(s.credit()).isCloseTo(credit, within(USD_TOL));
        assertThat(s.entryValue()).isCloseTo(-credit, within(USD_TOL));
        assertThat(PositionAnalytics.credit(CONDOR, MARKET, SKEW)).isCloseTo(credit, within(USD_TOL));
        assertThat(s.maxProfit()).isCloseTo(credit, within(USD_TOL));
        double widest = Math.max(CONDOR.putWingWidth(), CONDOR.callWingWidth());
        assertThat(s.maxLoss()).isCloseTo(widest * 10 * 100 - credit, within(USD_TOL));
        assertThat(s.breakEvens()).containsExactly(new double[] {
                CONDOR.shortPutStrike() - perUnit, CONDOR.shortCallStrike() + perUnit}, within(1e-9));
        assertThat(credit).isPositive();
    }

    @Test
    void probabilityOfProfitIsAProbabilityAndSkewMovesIt() {
        PositionSummary s = PositionAnalytics.summarize(CONDOR, MARKET, SKEW);
        assertThat(s.probabilityOfProfit()).isBetween(0.0, 1.0);
        assertThat(s.probabilityOfProfitLognormal()).isBetween(0.0, 1.0);
        assertThat(PositionAnalytics.probabilityOfProfit(CONDOR, MARKET, SKEW)).isEqualTo(s.probabilityOfProfit());
        assertThat(PositionAnalytics.probabilityOfProfitLognormal(CONDOR, MARKET, SKEW))
                .isEqualTo(s.probabilityOfProfitLognormal());
        assertThat(s.probabilityOfProfit()).isNotCloseTo(s.probabilityOfProfitLognormal(), within(1e-3));
    }

    @Test
    void flatSkewPopIsTheLognormalProbabilityBetweenTheBreakEvens() {
        SkewModel flat = SkewModel.flat(0.9);
        IronCondor c = IronCondor.byDistancePercent(5000.0, 4.0, 2.0, T45, 1);
        PositionSummary s = PositionAnalytics.summarize(c, MARKET, flat);
        double sigma = 0.9 * 0.16;
        double f = MARKET.forward(T45);
        double[] be = s.breakEvens();
        double expected = nd2(f, be[0], sigma) - nd2(f, be[1], sigma);
        assertThat(s.probabilityOfProfit()).isCloseTo(expected, within(1e-12));
        assertThat(s.probabilityOfProfitLognormal()).isCloseTo(expected, within(1e-12));
    }

    @Test
    void flatSkewPopAgreesWithAMonteCarloOfTheLognormal() {
        SkewModel flat = SkewModel.flat(0.9);
        IronCondor c = IronCondor.byDistancePercent(5000.0, 4.0, 2.0, T45, 1);
        double pop = PositionAnalytics.probabilityOfProfit(c, MARKET, flat);
        ExpiryProfile expiry = PositionAnalytics.expiryProfile(c, MARKET, flat);
        double sd = 0.9 * 0.16 * Math.sqrt(T45);
        double f = MARKET.forward(T45);
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(20240501L);
        ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
        int n = 200_000;
        int wins = 0;
        for (int i = 0; i < n; i++) {
            double st = f * Math.exp(-0.5 * sd * sd + sd * z.sample());
            if (expiry.pnl(st) > 0.0) {
                wins++;
            }
        }
        double mc = (double) wins / n;
        double se = Math.sqrt(pop * (1 - pop) / n);
        // 4 standard errors: a false failure about once in 16,000 runs
        assertThat(mc).isCloseTo(pop, within(4.0 * se));
    }

    @Test
    void skewPopAgreesWithAMonteCarloOfTheImpliedDistribution() {
        double pop = PositionAnalytics.probabilityOfProfit(CONDOR, MARKET, SKEW);
        ExpiryProfile expiry = PositionAnalytics.expiryProfile(CONDOR, MARKET, SKEW);
        double f = MARKET.forward(T45);
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(7L);
        int n = 40_000;
        int wins = 0;
        for (int i = 0; i < n; i++) {
            // inverse transform: S_T with P(S_T <= S) = u, on the Breeden-Litzenberger CDF
            double u = rng.nextDouble();
            double lo = Math.log(1e-3);
            double hi = Math.log(10.0);
            for (int it = 0; it < 60; it++) {
                double mid = 0.5 * (lo + hi);
                double cdf = 1.0 - SKEW.probabilityAbove(f, f * Math.exp(mid), T45, MARKET.vix());
                if (cdf < u) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            if (expiry.pnl(f * Math.exp(0.5 * (lo + hi))) > 0.0) {
                wins++;
            }
        }
        double mc = (double) wins / n;
        double se = Math.sqrt(pop * (1 - pop) / n);
        assertThat(mc).isCloseTo(pop, within(4.0 * se));
    }

    @Test
    void theImpliedDensityRepricesTheCondor() {
        // e^{-rT} E[payoff(S_T)] under p(k) (Gatheral-Jacquier) equals the sum of skewed BS prices.
        double f = MARKET.forward(T45);
        double vix = MARKET.vix();
        int m = 40000;
        double a = -2.5;
        double b = 1.5;
        double h = (b - a) / m;
        double sum = 0.0;
        for (int i = 0; i <= m; i++) {
            double k = a + i * h;
            double w = (i == 0 || i == m) ? 1.0 : (i % 2 == 0 ? 2.0 : 4.0);
            sum += w * CONDOR.payoffAtExpiry(f * Math.exp(k)) * SKEW.logMoneynessDensity(k, T45, vix);
        }
        double expected = Math.exp(-MARKET.rate() * T45) * sum * h / 3.0;
        double value = StrategyValuation.value(CONDOR, MARKET, SKEW);
        // payoff kinks limit Simpson to O(h^2): a few cents on a 45,000 USD position
        assertThat(expected).isCloseTo(value, within(0.05));
    }

    @Test
    void aggregateGreeksAreTheSumOfLegGreeks() {
        List<Greeks> legs = StrategyValuation.legGreeks(CONDOR, MARKET, SKEW);
        Greeks total = StrategyValuation.greeks(CONDOR, MARKET, SKEW);
        assertThat(legs).hasSize(4);
        double[] sums = new double[6];
        for (Greeks g : legs) {
            sums[0] += g.price();
            sums[1] += g.delta();
            sums[2] += g.gamma();
            sums[3] += g.vega();
            sums[4] += g.theta();
            sums[5] += g.rho();
        }
        assertThat(new double[] {total.price(), total.delta(), total.gamma(), total.vega(), total.theta(), total.rho()})
                .containsExactly(sums, within(1e-9));
        // each leg is the unit greeks x quantity x multiplier, at that strike's skew vol
        OptionLeg shortPut = CONDOR.legs().get(1);
        double vol = SKEW.vol(MARKET.forward(T45), shortPut.strike(), T45, MARKET.vix());
        Greeks unit = BlackScholes.greeks(OptionType.PUT, 5000.0, shortPut.strike(), T45, 0.04, 0.013, vol);
        assertThat(legs.get(1).vega()).isCloseTo(unit.vega() * -1000.0, within(1e-9));
        assertThat(PositionAnalytics.summarize(CONDOR, MARKET, SKEW).greeks()).isEqualTo(total);
    }

    @Test
    void strategyGreeksMatchCentralDifferencesOfTheStrategyValue() {
        // vols held per strike (sticky strike), as the greeks assume
        VolSurface base = SKEW.surface(MARKET);
        VolSurface fixed = (k, t) -> base.vol(k, T45);
        Greeks g = StrategyValuation.greeks(CONDOR, MARKET, fixed);
        Greeks gross = Greeks.ZERO;
        for (Greeks leg : StrategyValuation.legGreeks(CONDOR, MARKET, fixed)) {
            gross = gross.plus(new Greeks(Math.abs(leg.price()), Math.abs(leg.delta()), Math.abs(leg.gamma()),
                    Math.abs(leg.vega()), Math.abs(leg.theta()), Math.abs(leg.rho())));
        }
        double s = MARKET.spot();
        double mid = StrategyValuation.value(CONDOR, MARKET, fixed);
        assertClose(g.price(), mid, gross.price());

        // h = 0.01 point: truncation h^2 V'''/6 ~ 1e-8 USD/pt, rounding ~ 1e-16 x 4.5e4 / 0.02 ~ 2e-10
        double hs = 0.01;
        double up = StrategyValuation.value(CONDOR, MARKET.withSpot(s + hs), fixed);
        double dn = StrategyValuation.value(CONDOR, MARKET.withSpot(s - hs), fixed);
        assertClose(g.delta(), (up - dn) / (2 * hs), gross.delta());

        // h = 0.5 point for the second difference: truncation h^2 V''''/12 small, rounding ~ 1e-10
        double hg = 0.5;
        double up2 = StrategyValuation.value(CONDOR, MARKET.withSpot(s + hg), fixed);
        double dn2 = StrategyValuation.value(CONDOR, MARKET.withSpot(s - hg), fixed);
        assertClose(g.gamma(), (up2 - 2 * mid + dn2) / (hg * hg), gross.gamma());

        double hv = 1e-5;
        double vegaFd = (StrategyValuation.value(CONDOR, MARKET, fixed.shifted(hv))
                - StrategyValuation.value(CONDOR, MARKET, fixed.shifted(-hv))) / (2 * hv);
        assertClose(g.vega(), vegaFd, gross.vega());

        double ht = 1e-6;
        MultiLegStrategy shorter = shifted(CONDOR, -ht);
        MultiLegStrategy longer = shifted(CONDOR, ht);
        double thetaFd = (StrategyValuation.value(shorter, MARKET, fixed) - StrategyValuation.value(longer, MARKET, fixed))
                / (2 * ht);
        assertClose(g.theta(), thetaFd, gross.theta());

        double hr = 1e-6;
        double rhoFd = (StrategyValuation.value(CONDOR, MARKET.withRate(0.04 + hr), fixed)
                - StrategyValuation.value(CONDOR, MARKET.withRate(0.04 - hr), fixed)) / (2 * hr);
        assertClose(g.rho(), rhoFd, gross.rho());
    }

    @Test
    void vixLegsAreRefusedWithTheReason() {
        MultiLegStrategy vix = MultiLegStrategy.of("vix", OptionLeg.of(Underlying.VIX, OptionType.CALL, 20, T45, 1));
        assertThatThrownBy(() -> StrategyValuation.value(vix, MARKET, SKEW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("VIX");
    }

    private static MultiLegStrategy shifted(IronCondor c, double dt) {
        return new MultiLegStrategy("shifted", c.legs().stream().map(l -> l.withExpiry(l.expiry() + dt)).toList());
    }

    private static void assertClose(double actual, double expected, double grossScale) {
        assertThat(actual).isCloseTo(expected, within(FD_REL_TOL * Math.max(1.0, grossScale)));
    }

    private static double price(OptionType type, double strike, double forward) {
        double vol = SKEW.vol(forward, strike, T45, MARKET.vix());
        return BlackScholes.price(type, MARKET.spot(), strike, T45, MARKET.rate(), MARKET.dividendYield(), vol);
    }

    private static double nd2(double f, double k, double sigma) {
        double sd = sigma * Math.sqrt(T45);
        return NormalDistribution.cdf(Math.log(f / k) / sd - 0.5 * sd);
    }
}
