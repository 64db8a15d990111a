package com.alvh.workbench.defi;

import org.apache.commons.rng.UniformRandomProvider;

import java.util.Arrays;
import java.util.List;

/**
 * A governance token whose emissions dilute it and whose farmers' selling pushes it down: a market
 * model around another ({@code base}, whose price of the token is read as its market value per
 * token before dilution, i.e. the protocol's value moving by the base's jump-diffusion).
 *
 * <p>Per step of {@code dt} years, with emissions {@code e} a year per staked token and a share
 * {@code phi} of the supply staked:
 * <ul>
 *   <li><b>dilution</b>: supply grows by {@code g = e phi dt}; the value per token falls by
 *       {@code 1 / (1 + g)} (the protocol is not worth more for printing tokens: emissions move value from
 *       holders who do not stake to those who do, and the farm's real yield is {@code e (1 - phi)});</li>
 *   <li><b>sell pressure</b>: farmers sell a share {@code s} of the new tokens, {@code dx = s g N}, into the
 *       token's constant-product pool, which holds a share {@code d} of the supply ({@code x = d N}); a
 *       sale moves the pool's price by {@code (x / (x + dx))^2} (constant product, no fee), a log impact
 *       {@code I = -2 ln(1 + s g / d)}; arbitrageurs and buyers take the deviation back with half-life
 *       {@code h} days: the log deviation {@code m} from the diluted value follows
 *       {@code m <- m exp(-kappa dt) + I}, {@code kappa = ln 2 / h} (per year), so in a steady state
 *       {@code m = I / (1 - exp(-kappa dt))}.</li>
 * </ul>
 * So {@code ln P = ln(value per token before dilution) - t ln(1 + g) + m}; with no volatility the path is
 * that closed form (tested). The deviation is per path ({@link DefiPathState#marketState}); draws are the
 * base's only.
 *
 * @param base the market the token's undiluted value comes from
 * @param asset index of the governance token in {@code base}
 * @param emissionsApr {@code e}: tokens emitted a year per staked token (decimal, &gt;= 0)
 * @param stakedShare {@code phi}: share of the supply staked and earning emissions (in [0, 1])
 * @param sellFraction {@code s}: share of emitted tokens the farmers sell on receipt (in [0, 1])
 * @param poolDepthShare {@code d}: share of the token supply in its main pool (in (0, 1])
 * @param impactHalfLifeDays {@code h}: days for half of a price deviation to be taken back (&gt; 0)
 */
public record TokenEconomyMarket(DefiMarketModel base, int asset, double emissionsApr, double stakedShare, double sellFraction,
                                 double poolDepthShare, double impactHalfLifeDays) implements DefiMarketModel {

    public TokenEconomyMarket {
        if (base == null || asset < 0 || asset >= base.assetNames().size()) {
            throw new IllegalArgumentException("TokenEconomyMarket needs a base market holding asset " + asset);
        }
        if (!(emissionsApr >= 0) || !(stakedShare >= 0 && stakedShare <= 1) || !(sellFraction >= 0 && sellFraction <= 1)
                || !(poolDepthShare > 0 && poolDepthShare <= 1) || !(impactHalfLifeDays > 0)
                || !Double.isFinite(emissionsApr + impactHalfLifeDays)) {
            throw new IllegalArgumentException("TokenEconomyMarket invalid: emissions " + emissionsApr + ", staked " + stakedShare
                    + ", sold " + sellFraction + ", pool depth " + poolDepthShare + ", half-life " + impactHalfLifeDays);
        }
    }

    /** Supply growth over a step, {@code g = e phi dt}. */
    public double supplyGrowth(double dt) {
        return emissionsApr * stakedShare * dt;
    }

    /** The log price impact of one step's sales, {@code -2 ln(1 + s g / d)} (constant product). */
    public double logImpact(double dt) {
        return -2.0 * Math.log1p(sellFraction * supplyGrowth(dt) / poolDepthShare);
    }

    /** The per-step decay of the deviation, {@code exp(-ln 2 dt 365 / h)}. */
    public double decay(double dt) {
        return Math.exp(-Math.log(2.0) * dt * 365.0 / impactHalfLifeDays);
    }

    /** The steady-state log deviation from the diluted value, {@code I / (1 - decay)}. */
    public double steadyDeviation(double dt) {
        return logImpact(dt) / (1.0 - decay(dt));
    }

    @Override
    public List<String> assetNames() {
        return base.assetNames();
    }

    @Override
    public double longRunVol(int a) {
        return base.longRunVol(a);
    }

    @Override
    public PegSpec peg() {
        return base.peg();
    }

    @Override
    public void initialise(DefiPathState state) {
        base.initialise(state);
        Arrays.fill(state.marketState, 0.0);
    }

    @Override
    public void advance(DefiPathState state, int step, double dt, UniformRandomProvider random) {
        base.advance(state, step, dt, random);
        double dilution = -Math.log1p(supplyGrowth(dt));
        double impact = logImpact(dt);
        double decay = decay(dt);
        double[] price = state.price[asset];
        double[] r = state.logReturn[asset];
        double[] m = state.marketState;
        for (int i = 0; i < state.size(); i++) {
            double next = m[i] * decay + impact;
            double move = dilution + next - m[i];
            m[i] = next;
            price[i] *= Math.exp(move);
            r[i] += move;
        }
    }
}
