package com.alvh.workbench.sim;

import org.apache.commons.rng.UniformRandomProvider;

import java.util.Optional;

/**
 * A model's paths under the real-world measure: the inner model describes how SPX and variance
 * actually move, and the market quotes volatility with a premium over it. Two premia, both
 * observed in the shipped history:
 * <ul>
 *   <li>volatility: quoted VIX (and VIX3M and VIX futures) = {@code (1 + volatilityPremium)} x the
 *   inner model's value. Option marks read the quoted VIX, so implied volatility sits above the
 *   volatility the paths realise, as it does in the market (mean VIX^2 over the mean subsequent
 *   21-day realised variance is 1.35 on 1990-2026 closes, a volatility ratio of 1.16);</li>
 *   <li>equity: SPX drifts {@code equityPremium} per year (continuous) above {@code r - q}.</li>
 * </ul>
 * With both premia at 0 the inner model is unchanged (the risk-neutral paths).
 *
 * @param inner the model of realised dynamics
 * @param volatilityPremium implied over realised volatility minus one (&gt;= 0, e.g. 0.16)
 * @param equityPremium SPX drift above r - q (per year, continuous, e.g. 0.05)
 */
public record RiskPremiumModel(MarketModel inner, double volatilityPremium, double equityPremium)
        implements MarketModel {

    public RiskPremiumModel {
        if (inner == null) {
            throw new IllegalArgumentException("inner model is required");
        }
        if (!(volatilityPremium >= 0.0 && volatilityPremium < 2.0)) {
            throw new IllegalArgumentException("volatilityPremium must be in [0, 2), was " + volatilityPremium);
        }
        if (!(Math.abs(equityPremium) <= 0.5)) {
            throw new IllegalArgumentException("equityPremium must be in [-0.5, 0.5] per year, was " + equityPremium);
        }
    }

    @Override
    public void initialise(PathState state) {
        inner.initialise(state);
        scale(state, 1.0 + volatilityPremium);
    }

    @Override
    public void advance(PathState state, int step, double dt, UniformRandomProvider random) {
        // The inner model may read VIX (a bootstrap matches on it): hand it its own values.
        scale(state, 1.0 / (1.0 + volatilityPremium));
        inner.advance(state, step, dt, random);
        scale(state, 1.0 + volatilityPremium);
        if (equityPremium != 0.0) {
            double growth = Math.exp(equityPremium * dt);
            double[] spot = state.spot;
            for (int i = 0; i < spot.length; i++) {
                spot[i] *= growth;
            }
        }
    }

    @Override
    public double vixFuture(double vix, double variance, double tau) {
        double f = 1.0 + volatilityPremium;
        return inner.vixFuture(vix / f, variance, tau) * f;
    }

    @Override
    public Optional<VixFutureCurve> ownVixFutures() {
        double f = 1.0 + volatilityPremium;
        return inner.ownVixFutures().map(c -> (spotVix, variance, tau) -> c.future(spotVix / f, variance, tau) * f);
    }

    @Override
    public EventSchedule eventSchedule() {
        return inner.eventSchedule();
    }

    @Override
    public ExpiryCalendar expiryCalendar() {
        return inner.expiryCalendar();
    }

    @Override
    public double shortRate(int step) {
        return inner.shortRate(step);
    }

    /**
     * The inner model's term structure, quoted {@code 1 + volatilityPremium} above it, as its VIX is. A
     * term structure read from the state's indices is already quoted (the indices are scaled in the
     * state) and is returned as it is.
     */
    @Override
    public VolLevels volLevels() {
        VolLevels levels = inner.volLevels();
        if (levels == VolLevels.QUOTED_INDICES || levels == VolLevels.FLAT_AT_VIX) {
            return levels;
        }
        double f = 1.0 + volatilityPremium;
        return new VolLevels() {
            @Override
            public double level(PathState state, int i, double tau) {
                return f * levels.level(state, i, tau);
            }

            @Override
            public AtTenor atTenor(double tau) {
                AtTenor at = levels.atTenor(tau);
                return (state, i) -> f * at.level(state, i);
            }
        };
    }

    private static void scale(PathState state, double factor) {
        if (factor == 1.0) {
            return;
        }
        double[] vix = state.vix;
        double[] vix3m = state.vix3m;
        for (int i = 0; i < vix.length; i++) {
            vix[i] *= factor;
            vix3m[i] *= factor;
            state.vix9d[i] *= factor; // NaN where the inner model sets none
            state.vix6m[i] *= factor;
        }
    }
}
