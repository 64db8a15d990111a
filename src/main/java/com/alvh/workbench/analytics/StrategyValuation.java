package com.alvh.workbench.analytics;

import com.alvh.workbench.market.MarketSnapshot;
import com.alvh.workbench.pricing.BlackScholes;
import com.alvh.workbench.pricing.Greeks;
import com.alvh.workbench.pricing.SkewModel;
import com.alvh.workbench.pricing.VolSurface;
import com.alvh.workbench.product.OptionLeg;
import com.alvh.workbench.product.OptionStrategy;
import com.alvh.workbench.product.Underlying;

import java.util.ArrayList;
import java.util.List;

/**
 * Model value and greeks of SPX option strategies: each leg priced with Black-Scholes-Merton
 * ({@link BlackScholes}) at the volatility the surface gives for that leg's strike and expiry,
 * so the legs of a condor are not all priced at one vol.
 *
 * <p>Position value {@code V = sum_i q_i m_i BS(type_i, S, K_i, T_i, r, q, sigma(K_i, T_i))} in USD
 * ({@code q_i} signed contracts, {@code m_i} multiplier). A short credit position has {@code V < 0}.
 * Greeks are those of {@link Greeks} scaled by {@code q_i m_i}: delta in USD per SPX point,
 * gamma in USD per point squared, vega in USD per 1.00 of vol, theta in USD per year, rho in USD
 * per 1.00 of rate. Vols are held fixed per strike while differentiating (sticky strike).
 *
 * <p>Only SPX legs are valued here; VIX options go through {@link HedgeValuation}.
 */
public final class StrategyValuation {

    private StrategyValuation() {
    }

    /**
     * Price of one unit of an SPX leg.
     *
     * @param leg the leg (underlying SPX)
     * @param market spot, rates
     * @param surface vol by strike and tenor
     * @return index points per unit
     */
    public static double unitPrice(OptionLeg leg, MarketSnapshot market, VolSurface surface) {
        requireSpx(leg);
        double t = leg.expiry();
        double vol = t > 0.0 ? surface.vol(leg.strike(), t) : 1.0;
        return BlackScholes.price(leg.type(), market.spot(), leg.strike(), t, market.rate(),
                market.dividendYield(), vol);
    }

    /**
     * Value of a position on an explicit surface.
     *
     * @param strategy the legs (all SPX)
     * @param market spot, rates
     * @param surface vol by strike and tenor
     * @return USD (negative for a net short, credit position)
     */
    public static double value(OptionStrategy strategy, MarketSnapshot market, VolSurface surface) {
        double sum = 0.0;
        for (OptionLeg leg : strategy.legs()) {
            sum += leg.scale() * unitPrice(leg, market, surface);
        }
        return sum;
    }

    /**
     * Value of a position under the skew model anchored on the snapshot.
     *
     * @param strategy the legs (all SPX)
     * @param market the snapshot
     * @param skew the skew model
     * @return USD
     */
    public static double value(OptionStrategy strategy, MarketSnapshot market, SkewModel skew) {
        return value(strategy, market, skew.surface(market));
    }

    /**
     * Greeks of each leg, scaled by the leg's signed quantity and multiplier.
     *
     * @param strategy the legs (all SPX)
     * @param market spot, rates
     * @param surface vol by strike and tenor
     * @return one {@link Greeks} per leg, in leg order (USD units, see the class comment)
     */
    public static List<Greeks> legGreeks(OptionStrategy strategy, MarketSnapshot market, VolSurface surface) {
        List<OptionLeg> legs = strategy.legs();
        List<Greeks> out = new ArrayList<>(legs.size());
        for (OptionLeg leg : legs) {
            requireSpx(leg);
            double t = leg.expiry();
            double vol = t > 0.0 ? surface.vol(leg.strike(), t) : 1.0;
            Greeks unit = BlackScholes.greeks(leg.type(), market.spot(), leg.strike(), t, market.rate(),
                    market.dividendYield(), vol);
            out.add(unit.times(leg.scale()));
        }
        return List.copyOf(out);
    }

    /** {@link #legGreeks(OptionStrategy, MarketSnapshot, VolSurface)} under the skew model. */
    public static List<Greeks> legGreeks(OptionStrategy strategy, MarketSnapshot market, SkewModel skew) {
        return legGreeks(strategy, market, skew.surface(market));
    }

    /**
     * Position greeks: the sum of {@link #legGreeks}.
     *
     * @param strategy the legs (all SPX)
     * @param market spot, rates
     * @param surface vol by strike and tenor
     * @return the aggregated greeks (USD units, see the class comment)
     */
    public static Greeks greeks(OptionStrategy strategy, MarketSnapshot market, VolSurface surface) {
        Greeks sum = Greeks.ZERO;
        for (Greeks g : legGreeks(strategy, market, surface)) {
            sum = sum.plus(g);
        }
        return sum;
    }

    /** {@link #greeks(OptionStrategy, MarketSnapshot, VolSurface)} under the skew model. */
    public static Greeks greeks(OptionStrategy strategy, MarketSnapshot market, SkewModel skew) {
        return greeks(strategy, market, skew.surface(market));
    }

    /**
     * Each leg's sensitivity to VIX: the change of its value (USD, signed quantity and multiplier
     * included) per one-point rise of spot VIX, the smile re-anchored on {@code anchor}'s spot and
     * lifted to VIX +- 0.5 by the skew model (a central difference). For a flat smile at
     * {@code atmRatio x VIX} this is the Black-Scholes vega per 1.00 of vol times {@code atmRatio / 100}.
     *
     * @param strategy the legs (all SPX), with their remaining expiries
     * @param market spot (where the legs are valued) and rates
     * @param anchor the snapshot the smile is anchored on (its spot) with the VIX now
     * @param skew the skew model
     * @return USD per VIX point, one per leg in leg order
     */
    public static double[] legVixVegas(OptionStrategy strategy, MarketSnapshot market, MarketSnapshot anchor,
                                       SkewModel skew) {
        double up = anchor.vix() + 0.5;
        double down = Math.max(anchor.vix() - 0.5, MarketSnapshot.VIX_FLOOR);
        VolSurface high = skew.surface(anchor.withVix(up));
        VolSurface low = skew.surface(anchor.withVix(down));
        List<OptionLeg> legs = strategy.legs();
        double[] out = new double[legs.size()];
        for (int i = 0; i < out.length; i++) {
            OptionLeg leg = legs.get(i);
            out[i] = leg.scale() * (unitPrice(leg, market, high) - unitPrice(leg, market, low)) / (up - down);
        }
        return out;
    }

    static void requireSpx(OptionLeg leg) {
        if (leg.underlying() != Underlying.SPX) {
            throw new IllegalArgumentException("leg underlying must be SPX here (VIX options are valued by "
                    + "HedgeValuation), was " + leg.underlying());
        }
    }
}
