package com.alvh.workbench.pricing;

import com.alvh.workbench.math.NormalDistribution;

/**
 * Black-Scholes-Merton for European options on a spot with a continuous dividend yield.
 *
 * <p>With {@code w = +1} for a call and {@code -1} for a put, forward {@code F = S e^{(r-q)T}},
 * total volatility {@code s = sigma sqrt(T)}, {@code d1 = ln(F/K)/s + s/2}, {@code d2 = d1 - s}:
 * <pre>  V = w [ S e^{-qT} N(w d1) - K e^{-rT} N(w d2) ]</pre>
 *
 * <p>Units: spot and strike in index points, {@code T} in years (Act/365), rates {@code r} and
 * {@code q} continuously compounded per year, {@code sigma} a decimal per sqrt(year). Prices are
 * per unit of underlying (multiply by the contract multiplier for money).
 *
 * <p>Edges are exact: {@code T <= 0} gives intrinsic {@code max(w(S-K),0)}; {@code sigma sqrt(T) = 0}
 * gives the discounted forward intrinsic {@code e^{-rT} max(w(F-K),0)}; deep out of the money gives
 * 0, never NaN.
 */
public final class BlackScholes {

    private BlackScholes() {
    }

    /**
     * Price of one unit.
     *
     * @param type call or put
     * @param spot spot price S (index points, &gt; 0)
     * @param strike strike K (index points, &gt;= 0)
     * @param timeToExpiry T in years
     * @param rate r, continuously compounded per year
     * @param dividendYield q, continuously compounded per year
     * @param vol sigma, decimal per sqrt(year)
     * @return the price in index points
     */
    public static double price(OptionType type, double spot, double strike, double timeToExpiry,
                               double rate, double dividendYield, double vol) {
        if (timeToExpiry <= 0.0) {
            return type.payoff(spot, strike);
        }
        double forward = spot * Math.exp((rate - dividendYield) * timeToExpiry);
        double discount = Math.exp(-rate * timeToExpiry);
        return discount * Black76.undiscountedPrice(type, forward, strike, vol * Math.sqrt(timeToExpiry));
    }

    /**
     * Price and greeks of one unit, computed together.
     *
     * @param type call or put
     * @param spot S (index points)
     * @param strike K (index points)
     * @param timeToExpiry T in years
     * @param rate r, continuously compounded per year
     * @param dividendYield q, continuously compounded per year
     * @param vol sigma, decimal per sqrt(year)
     * @return price, delta (per point of S), gamma, vega (per 1.00 vol), theta (per year of
     *     calendar time), rho (per 1.00 of r)
     */
    public static Greeks greeks(OptionType type, double spot, double strike, double timeToExpiry,
                                double rate, double dividendYield, double vol) {
        double w = type.sign();
        if (timeToExpiry <= 0.0) {
            double intrinsic = type.payoff(spot, strike);
            double delta = intrinsic > 0.0 ? w : 0.0;
            return new Greeks(intrinsic, delta, 0.0, 0.0, 0.0, 0.0);
        }
        double sqrtT = Math.sqrt(timeToExpiry);
        double stdDev = vol * sqrtT;
        double divDiscount = Math.exp(-dividendYield * timeToExpiry);
        double discount = Math.exp(-rate * timeToExpiry);
        double forward = spot * Math.exp((rate - dividendYield) * timeToExpiry);
        if (stdDev <= 0.0) {
            // Deterministic forward: value is the discounted forward intrinsic.
            boolean inTheMoney = w * (forward - strike) > 0.0;
            double price = discount * Math.max(w * (forward - strike), 0.0);
            double delta = inTheMoney ? w * divDiscount : 0.0;
            double theta = inTheMoney
                    ? w * (dividendYield * spot * divDiscount - rate * strike * discount) : 0.0;
            double rho = inTheMoney ? w * strike * timeToExpiry * discount : 0.0;
            return new Greeks(price, delta, 0.0, 0.0, theta, rho);
        }
        double d1 = Math.log(forward / strike) / stdDev + 0.5 * stdDev;
        double d2 = d1 - stdDev;
        double nd1 = NormalDistribution.cdf(w * d1);
        double nd2 = NormalDistribution.cdf(w * d2);
        double pdf1 = NormalDistribution.pdf(d1);
        double spotTerm = spot * divDiscount;
        double strikeTerm = strike * discount;
        double price = Math.max(w * (spotTerm * nd1 - strikeTerm * nd2), 0.0);
        double delta = w * divDiscount * nd1;
        double gamma = divDiscount * pdf1 / (spot * stdDev);
        double vega = spotTerm * pdf1 * sqrtT;
        double theta = -spotTerm * pdf1 * vol / (2.0 * sqrtT)
                - w * rate * strikeTerm * nd2
                + w * dividendYield * spotTerm * nd1;
        double rho = w * strikeTerm * timeToExpiry * nd2;
        return new Greeks(price, delta, gamma, vega, theta, rho);
    }

    /** Delta dV/dS of one unit (see {@link #greeks}). */
    public static double delta(OptionType type, double spot, double strike, double timeToExpiry,
                               double rate, double dividendYield, double vol) {
        return greeks(type, spot, strike, timeToExpiry, rate, dividendYield, vol).delta();
    }

    /** Gamma d2V/dS2 of one unit (see {@link #greeks}). */
    public static double gamma(OptionType type, double spot, double strike, double timeToExpiry,
                               double rate, double dividendYield, double vol) {
        return greeks(type, spot, strike, timeToExpiry, rate, dividendYield, vol).gamma();
    }

    /** Vega dV/dsigma of one unit per 1.00 of vol (see {@link #greeks}). */
    public static double vega(OptionType type, double spot, double strike, double timeToExpiry,
                              double rate, double dividendYield, double vol) {
        return greeks(type, spot, strike, timeToExpiry, rate, dividendYield, vol).vega();
    }

    /** Theta dV/dt of one unit per year of calendar time (see {@link #greeks}). */
    public static double theta(OptionType type, double spot, double strike, double timeToExpiry,
                               double rate, double dividendYield, double vol) {
        return greeks(type, spot, strike, timeToExpiry, rate, dividendYield, vol).theta();
    }

    /** Rho dV/dr of one unit per 1.00 of rate (see {@link #greeks}). */
    public static double rho(OptionType type, double spot, double strike, double timeToExpiry,
                             double rate, double dividendYield, double vol) {
        return greeks(type, spot, strike, timeToExpiry, rate, dividendYield, vol).rho();
    }
}
