package com.alvh.workbench.scenario;

import com.alvh.workbench.sim.TerminalSpots;

import com.alvh.workbench.pricing.BlackScholes;
import com.alvh.workbench.pricing.HestonModel;
import com.alvh.workbench.pricing.HestonPricer;
import com.alvh.workbench.pricing.ImpliedVolatility;
import com.alvh.workbench.pricing.OptionType;
import com.alvh.workbench.pricing.SkewModel;
import com.alvh.workbench.pricing.VixUnderHeston;
import com.alvh.workbench.sim.CancellationToken;
import com.alvh.workbench.sim.PathEngine;
import com.alvh.workbench.sim.ProgressListener;
import com.alvh.workbench.sim.SimulationSettings;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's quotes on model paths carry the volatility premium it states, at the strikes the condor
 * trades: the quoted (SSVI at the quoted VIX) vol of each CNDR leg over the vol the path model itself
 * implies there (its own risk-neutral Heston price, semi-analytic), and a condor held to expiry at zero
 * costs earning a positive mean on the real-world paths (Monte Carlo, 3 standard errors).
 */
class ModelPathQuotesTest {

    private static final ScenarioResolver RESOLVER = new ScenarioResolver(Path.of("sample-data"));
    /** 45 calendar days on the 252-day grid, as the campaign counts them. */
    private static final int STEPS = (int) Math.round(45 * 252.0 / 365.0);
    private static final double T = STEPS / 252.0;

    private record Legs(double vix, double[] strikes, double[] quotes, double[] vols) {
    }

    private static Legs legs(ScenarioSpec spec) {
        MarketSpec m = spec.market();
        HestonModel heston = ((ModelSpec.Heston) spec.model()).heston();
        double vix = (1.0 + m.volatilityPremium()) * VixUnderHeston.spotVix(heston);
        SkewModel skew = m.skew();
        double s = m.spot();
        double[] k = {
            strike(skew, OptionType.PUT, -0.05, m, vix), strike(skew, OptionType.PUT, -0.20, m, vix),
            strike(skew, OptionType.CALL, 0.20, m, vix), strike(skew, OptionType.CALL, 0.05, m, vix)};
        double forward = s * Math.exp((m.rate() - m.dividendYield()) * T);
        double[] q = new double[4];
        double[] v = new double[4];
        for (int leg = 0; leg < 4; leg++) {
            v[leg] = skew.vol(forward, k[leg], T, vix);
            q[leg] = BlackScholes.price(type(leg), s, k[leg], T, m.rate(), m.dividendYield(), v[leg]);
        }
        return new Legs(vix, k, q, v);
    }

    private static OptionType type(int leg) {
        return leg < 2 ? OptionType.PUT : OptionType.CALL;
    }

    private static double strike(SkewModel skew, OptionType type, double delta, MarketSpec m, double vix) {
        return Math.rint(skew.strikeForDelta(type, delta, m.spot(), T, m.rate(), m.dividendYield(), vix) / 5.0) * 5.0;
    }

    @Test
    void everyCondorStrikeIsQuotedAboveThePathModelsOwnVol() {
        ScenarioSpec spec = ScenarioSamples.baseCondorAlvh();
        MarketSpec m = spec.market();
        HestonModel heston = ((ModelSpec.Heston) spec.model()).heston();
        Legs legs = legs(spec);
        for (int leg = 0; leg < 4; leg++) {
            double fair = HestonPricer.price(type(leg), heston, m.spot(), legs.strikes()[leg], T, m.rate(), m.dividendYield());
            double fairVol = ImpliedVolatility.blackScholes(type(leg), fair, m.spot(), legs.strikes()[leg], T, m.rate(),
                    m.dividendYield());
            // The stated premium is 16 % on volatility; every leg should carry a premium of that order, not
            // a discount (SkewModel.DEFAULT on these paths quoted the short call 5 % below the paths' vol).
            assertThat(legs.vols()[leg] / fairVol).as("leg %d at strike %s", leg, legs.strikes()[leg])
                    .isBetween(1.0 + 0.4 * m.volatilityPremium(), 1.0 + 1.6 * m.volatilityPremium());
        }
    }

    @Test
    void aCondorHeldToExpiryAtZeroCostEarnsOnTheRealWorldPaths() {
        ScenarioSpec spec = ScenarioSamples.baseCondorAlvh();
        MarketSpec m = spec.market();
        Legs legs = legs(spec);
        Scenario scenario = RESOLVER.resolve(spec);
        assertThat(scenario.model().getClass().getSimpleName()).isEqualTo("RiskPremiumModel");
        int paths = 20_000;
        double[] terminal = PathEngine.run(scenario.model(), new SimulationSettings(paths, STEPS, 1.0 / 252, 20_261_204L,
                2, 1024), new TerminalSpots(), ProgressListener.NONE, new CancellationToken());
        double credit = legs.quotes()[1] + legs.quotes()[2] - legs.quotes()[0] - legs.quotes()[3];
        double discount = Math.exp(-m.rate() * T);
        double sum = 0;
        double sum2 = 0;
        double[] k = legs.strikes();
        for (double s : terminal) {
            double owed = discount * (Math.max(k[1] - s, 0) - Math.max(k[0] - s, 0) + Math.max(s - k[2], 0)
                    - Math.max(s - k[3], 0));
            double pnl = credit - owed;
            sum += pnl;
            sum2 += pnl * pnl;
        }
        double mean = sum / paths;
        double se = Math.sqrt((sum2 / paths - mean * mean) / (paths - 1));
        // With a positive volatility premium the short condor earns before costs; on main with
        // SkewModel.DEFAULT it was -0.49 points (se 0.25) per condor: the premium missed the strikes.
        assertThat(mean).as("mean P&L %s points, se %s", mean, se).isGreaterThan(3.0 * se);
        assertThat(mean).isLessThan(credit);
    }

    /** The spot of every path after the last step. */
}
