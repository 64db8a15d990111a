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
 * <p>Edges are exact, never NaN: {@code T <= 0} gives intrinsic {@code max(w(S-K),0)};
 * {@code sigma sqrt(T) = 0}, a zero strike or a zero spot make the payoff certain and give the
 * discounted forward intrinsic {@code e^{-rT} max(w(F-K),0)}; deep out of the money gives 0; a
 * huge total volatility gives the upper bound ({@code S e^{-qT}} for a call, {@code K e^{-rT}}
 * for a put). NaN, infinite or negative spot, strike or vol, and NaN or infinite {@code T},
 * {@code r}, {@code q}, throw {@link IllegalArgumentException}.
 *
 * <p>The price is computed as {@code e^{-rT}} times the undiscounted Black price on the forward
 * ({@link Black76#undiscountedPrice}), so the two pricers agree to the last bit on the same
 * forward.
 */
public final class BlackScholes {

    private BlackScholes() {
    }

    /**
     * Price of one unit.
     *
     * @param type call or put
     * @param spot spot price S (index points, &gt;= 0)
     * @param strike strike K (index points, &gt;= 0)
     * @param timeToExpiry T in years
     * @param rate r, continuously compounded per year
     * @param dividendYield q, continuously compounded per year
     * @param vol sigma, decimal per sqrt(year), &gt;= 0
     * @return the price in index points
     * @throws IllegalArgumentException for NaN, infinite or negative inputs
     */
    public static double price(OptionType type, double spot, double strike, double timeToExpiry,
                               double rate, double dividendYield, double vol) {
        checkInputs(spot, strike, timeToExpiry, rate, dividendYield, vol);
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
     * <pre>
     *   delta = w e^{-qT} N(w d1)                                   per index point of S
     *   gamma = e^{-qT} phi(d1) / (S s)                             per index point squared
     *   vega  = S e^{-qT} phi(d1) sqrt(T)                           per 1.00 of vol
     *   theta = -S e^{-qT} phi(d1) sigma / (2 sqrt(T))
     *           - w r K e^{-rT} N(w d2) + w q S e^{-qT} N(w d1)     per year of calendar time
     *   rho   = w K T e^{-rT} N(w d2)                               per 1.00 of r
     * </pre>
     * Theta is {@code dV/dt = -dV/dT} with S, r, q, sigma fixed (divide by 365 for one day). With
     * the payoff certain (zero total vol, {@code S = 0} or {@code K = 0}) gamma and vega are 0 and,
     * in the money, {@code V = w (S e^{-qT} - K e^{-rT})} gives delta {@code w e^{-qT}}, theta
     * {@code w (q S e^{-qT} - r K e^{-rT})}, rho {@code w K T e^{-rT}}; out of the money all are 0.
     * Expired ({@code T <= 0}): the payoff, delta {@code w} in the money (0 at the money), the rest 0.
     *
     * @param type call or put
     * @param spot S (index points, &gt;= 0)
     * @param strike K (index points, &gt;= 0)
     * @param timeToExpiry T in years
     * @param rate r, continuously compounded per year
     * @param dividendYield q, continuously compounded per year
     * @param vol sigma, decimal per sqrt(year), &gt;= 0
     * @return price (equal to {@link #price}), delta (per point of S), gamma, vega (per 1.00 vol),
     *     theta (per year of calendar time), rho (per 1.00 of r)
     * @throws IllegalArgumentException for NaN, infinite or negative inputs
     */
    public static Greeks greeks(OptionType type, double spot, double strike, double timeToExpiry,
                                double rate, double dividendYield, double vol) {
        checkInputs(spot, strike, timeToExpiry, rate, dividendYield, vol);
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
        double intrinsic = type.payoff(forward, strike);
        if (!(stdDev > 0.0) || forward == 0.0 || strike == 0.0) {
            // Certain payoff: value is the discounted forward intrinsic.
            boolean inTheMoney = intrinsic > 0.0;
            double price = discount * intrinsic;
            double delta = inTheMoney ? w * divDiscount : 0.0;
            double theta = inTheMoney
                    ? w * (dividendYield * spot * divDiscount - rate * strike * discount) : 0.0;
            double rho = inTheMoney ? w * strike * timeToExpiry * discount : 0.0;
            return new Greeks(price, delta, 0.0, 0.0, theta, rho);
        }
        double s = Math.min(stdDev, Black76.MAX_STD_DEV);
        double d1 = Math.log(forward / strike) / s + 0.5 * s;
        double d2 = d1 - s;
        // In the money N(w d) = 1 - N(-w d) is taken from the out-of-the-money values that
        // the price needs (see Black76.fromOutOfTheMoney); greeks need only absolute accuracy.
        boolean inTheMoney = intrinsic > 0.0;
        double a1 = NormalDistribution.cdf(inTheMoney ? -w * d1 : w * d1);
        double a2 = NormalDistribution.cdf(inTheMoney ? -w * d2 : w * d2);
        double nd1 = inTheMoney ? 1.0 - a1 : a1;
        double nd2 = inTheMoney ? 1.0 - a2 : a2;
        double pdf1 = NormalDistribution.pdf(d1);
        double spotTerm = spot * divDiscount;
        double strikeTerm = strike * discount;
        // Same arithmetic as price(), so greeks(...).price() == price(...).
        double price = discount * Black76.fromOutOfTheMoney(w, forward, strike, a1, a2, intrinsic);
        double delta = w * divDiscount * nd1;
        // Divide in two steps: spot * s can underflow to 0 for tiny spots and vols (0/0 = NaN).
        double gamma = divDiscount * pdf1 / spot / s;
        double vega = spotTerm * pdf1 * sqrtT;
        double theta = -spotTerm * pdf1 * vol / (2.0 * sqrtT)
                - w * rate * strikeTerm * nd2
                + w * dividendYield * spotTerm * nd1;
        double rho = w * strikeTerm * timeToExpiry * nd2;
        return new Greeks(price, delta, gamma, vega, theta, rho);
    }

    /**
     * Forward price {@code F = S e^{(r-q)T}} in index points.
     *
     * @param spot S (index points)
     * @param timeToExpiry T in years
     * @param rate r, continuously compounded per year
     * @param dividendYield q, continuously compounded per year
     * @return the forward in index points
     */
    public static double forward(double spot, double timeToExpiry, double rate, double dividendYield) {
        return spot * Math.exp((rate - dividendYield) * timeToExpiry);
    }

    private static void checkInputs(double spot, double strike, double timeToExpiry, double rate,
                                    double dividendYield, double vol) {
        Black76.checkInputs("spot", spot, strike, timeToExpiry, rate, vol);
        if (!Double.isFinite(dividendYield)) {
            throw new IllegalArgumentException("dividendYield must be finite, was " + dividendYield);
        }
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
