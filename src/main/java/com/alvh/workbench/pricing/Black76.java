package com.alvh.workbench.pricing;

import com.alvh.workbench.math.NormalDistribution;

/**
 * Black-76 for European options on a futures price (VIX options are priced here, off the VIX
 * future of the same expiry, never off spot VIX).
 *
 * <p>With {@code w = +1} for a call and {@code -1} for a put, {@code s = sigma sqrt(T)},
 * {@code d1 = ln(F/K)/s + s/2}, {@code d2 = d1 - s}:
 * <pre>  V = e^{-rT} w [ F N(w d1) - K N(w d2) ]</pre>
 *
 * <p>Units: futures price and strike in index points, {@code T} in years (Act/365), {@code r}
 * continuously compounded per year, {@code sigma} a decimal per sqrt(year). Edges as in
 * {@link BlackScholes}: {@code T <= 0} gives {@code max(w(F-K),0)}, zero total vol gives
 * {@code e^{-rT} max(w(F-K),0)}.
 */
public final class Black76 {

    private Black76() {
    }

    /**
     * Price of one unit.
     *
     * @param type call or put
     * @param forward futures price F (index points, &gt; 0)
     * @param strike strike K (index points, &gt;= 0)
     * @param timeToExpiry T in years
     * @param rate r, continuously compounded per year (discounting only)
     * @param vol sigma of the future, decimal per sqrt(year)
     * @return the price in index points
     */
    public static double price(OptionType type, double forward, double strike, double timeToExpiry,
                               double rate, double vol) {
        if (timeToExpiry <= 0.0) {
            return type.payoff(forward, strike);
        }
        return Math.exp(-rate * timeToExpiry)
                * undiscountedPrice(type, forward, strike, vol * Math.sqrt(timeToExpiry));
    }

    /**
     * Undiscounted Black price {@code w [F N(w d1) - K N(w d2)]} for a total standard deviation
     * {@code s = sigma sqrt(T)}; {@code s <= 0} gives {@code max(w(F-K),0)}.
     *
     * @param type call or put
     * @param forward F (index points)
     * @param strike K (index points)
     * @param stdDev total volatility {@code sigma sqrt(T)} (dimensionless)
     * @return the undiscounted price in index points
     */
    public static double undiscountedPrice(OptionType type, double forward, double strike, double stdDev) {
        double intrinsic = type.payoff(forward, strike);
        if (stdDev <= 0.0) {
            return intrinsic;
        }
        double w = type.sign();
        double d1 = Math.log(forward / strike) / stdDev + 0.5 * stdDev;
        double d2 = d1 - stdDev;
        double value = w * (forward * NormalDistribution.cdf(w * d1) - strike * NormalDistribution.cdf(w * d2));
        // Rounding can leave a tiny negative value far out of the money; the price is never
        // below intrinsic (time value of a Black option is non-negative).
        return Math.max(value, intrinsic);
    }

    /**
     * Price and greeks of one unit with respect to the futures price.
     *
     * @param type call or put
     * @param forward F (index points)
     * @param strike K (index points)
     * @param timeToExpiry T in years
     * @param rate r, continuously compounded per year
     * @param vol sigma, decimal per sqrt(year)
     * @return price, delta dV/dF, gamma d2V/dF2, vega per 1.00 vol, theta per year of calendar
     *     time (F held fixed), rho dV/dr with F held fixed
     */
    public static Greeks greeks(OptionType type, double forward, double strike, double timeToExpiry,
                                double rate, double vol) {
        double w = type.sign();
        if (timeToExpiry <= 0.0) {
            double intrinsic = type.payoff(forward, strike);
            return new Greeks(intrinsic, intrinsic > 0.0 ? w : 0.0, 0.0, 0.0, 0.0, 0.0);
        }
        double discount = Math.exp(-rate * timeToExpiry);
        double sqrtT = Math.sqrt(timeToExpiry);
        double stdDev = vol * sqrtT;
        if (stdDev <= 0.0) {
            double undiscounted = Math.max(w * (forward - strike), 0.0);
            double price = discount * undiscounted;
            double delta = undiscounted > 0.0 ? w * discount : 0.0;
            return new Greeks(price, delta, 0.0, 0.0, rate * price, -timeToExpiry * price);
        }
        double d1 = Math.log(forward / strike) / stdDev + 0.5 * stdDev;
        double d2 = d1 - stdDev;
        double nd1 = NormalDistribution.cdf(w * d1);
        double nd2 = NormalDistribution.cdf(w * d2);
        double pdf1 = NormalDistribution.pdf(d1);
        double price = discount * Math.max(w * (forward * nd1 - strike * nd2), 0.0);
        double delta = discount * w * nd1;
        double gamma = discount * pdf1 / (forward * stdDev);
        double vega = discount * forward * pdf1 * sqrtT;
        double theta = -discount * forward * pdf1 * vol / (2.0 * sqrtT) + rate * price;
        double rho = -timeToExpiry * price;
        return new Greeks(price, delta, gamma, vega, theta, rho);
    }
}
