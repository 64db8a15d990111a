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
 * continuously compounded per year, {@code sigma} a decimal per sqrt(year).
 *
 * <p>Edges are exact, never NaN: {@code T <= 0} gives the payoff {@code max(w(F-K),0)}; zero
 * total volatility, a zero strike or a zero futures price make the payoff certain and give
 * {@code e^{-rT} max(w(F-K),0)}; deep out of the money gives 0; a huge total volatility gives the
 * upper bound ({@code e^{-rT} F} for a call, {@code e^{-rT} K} for a put). Inputs that are NaN,
 * infinite or negative (prices, strike, vol) throw {@link IllegalArgumentException}.
 */
public final class Black76 {

    /**
     * Total volatility is capped here: beyond about 80, {@code N(d1)} and {@code N(-d2)} are 1 to the
     * last bit, and the cap stops {@code d1 - s} from turning into {@code inf - inf} when
     * {@code sigma sqrt(T)} overflows.
     */
    static final double MAX_STD_DEV = 1e100;

    private Black76() {
    }

    /**
     * Price of one unit.
     *
     * @param type call or put
     * @param forward futures price F (index points, &gt;= 0)
     * @param strike strike K (index points, &gt;= 0)
     * @param timeToExpiry T in years; {@code T <= 0} means expired
     * @param rate r, continuously compounded per year (discounting only)
     * @param vol sigma of the future, decimal per sqrt(year), &gt;= 0
     * @return the price in index points
     * @throws IllegalArgumentException for NaN, infinite or negative inputs
     */
    public static double price(OptionType type, double forward, double strike, double timeToExpiry,
                               double rate, double vol) {
        checkInputs("forward", forward, strike, timeToExpiry, rate, vol);
        if (timeToExpiry <= 0.0) {
            return type.payoff(forward, strike);
        }
        return Math.exp(-rate * timeToExpiry)
                * undiscountedPrice(type, forward, strike, vol * Math.sqrt(timeToExpiry));
    }

    /**
     * Undiscounted Black price {@code w [F N(w d1) - K N(w d2)]} for a total standard deviation
     * {@code s = sigma sqrt(T)}; {@code s <= 0}, {@code F = 0} or {@code K = 0} give
     * {@code max(w(F-K),0)}. The result is never below that intrinsic value (rounding far out
     * of the money could otherwise leave a tiny negative number).
     *
     * @param type call or put
     * @param forward F (index points, &gt;= 0)
     * @param strike K (index points, &gt;= 0)
     * @param stdDev total volatility {@code sigma sqrt(T)} (dimensionless)
     * @return the undiscounted price in index points
     */
    public static double undiscountedPrice(OptionType type, double forward, double strike, double stdDev) {
        double intrinsic = type.payoff(forward, strike);
        if (!(stdDev > 0.0) || forward == 0.0 || strike == 0.0) {
            return intrinsic;
        }
        double s = Math.min(stdDev, MAX_STD_DEV);
        double w = type.sign();
        double d1 = Math.log(forward / strike) / s + 0.5 * s;
        double d2 = d1 - s;
        boolean inTheMoney = intrinsic > 0.0;
        double a1 = NormalDistribution.cdf(inTheMoney ? -w * d1 : w * d1);
        double a2 = NormalDistribution.cdf(inTheMoney ? -w * d2 : w * d2);
        return fromOutOfTheMoney(w, forward, strike, a1, a2, intrinsic);
    }

    /**
     * The undiscounted price from {@code a1 = N(v d1)}, {@code a2 = N(v d2)} with {@code v = w} out
     * of (or at) the money and {@code v = -w} in the money. In the money the price is taken as
     * intrinsic plus the out-of-the-money option of the other type (put-call parity), so the time
     * value is not lost in {@code F N(d1) - K N(d2)}, a difference of two terms of size F: the
     * absolute error is a few ulps of the intrinsic value and of the time value, not of F.
     * The time value is floored at 0 (rounding far from the money can leave a tiny negative).
     */
    static double fromOutOfTheMoney(double w, double forward, double strike, double a1, double a2,
                                    double intrinsic) {
        if (intrinsic > 0.0) {
            return intrinsic + Math.max(-w * (forward * a1 - strike * a2), 0.0);
        }
        return Math.max(w * (forward * a1 - strike * a2), 0.0);
    }

    /**
     * Price and greeks of one unit with respect to the futures price.
     *
     * <pre>
     *   delta = e^{-rT} w N(w d1)                   per index point of F
     *   gamma = e^{-rT} phi(d1) / (F s)             per index point squared
     *   vega  = e^{-rT} F phi(d1) sqrt(T)           per 1.00 of vol
     *   theta = r V - e^{-rT} F phi(d1) sigma / (2 sqrt(T))   per year of calendar time, F fixed
     *   rho   = -T V                                per 1.00 of r, F fixed
     * </pre>
     * With the payoff certain (zero total vol, {@code F = 0} or {@code K = 0}) gamma and vega are
     * 0, delta is {@code e^{-rT} w} in the money and 0 otherwise, theta {@code r V}, rho
     * {@code -T V}. Expired ({@code T <= 0}): the payoff, delta {@code w} in the money, the rest 0.
     *
     * @param type call or put
     * @param forward F (index points, &gt;= 0)
     * @param strike K (index points, &gt;= 0)
     * @param timeToExpiry T in years
     * @param rate r, continuously compounded per year
     * @param vol sigma, decimal per sqrt(year), &gt;= 0
     * @return price, delta dV/dF, gamma d2V/dF2, vega per 1.00 vol, theta per year of calendar
     *     time (F held fixed), rho dV/dr with F held fixed; {@code price} equals {@link #price}
     * @throws IllegalArgumentException for NaN, infinite or negative inputs
     */
    public static Greeks greeks(OptionType type, double forward, double strike, double timeToExpiry,
                                double rate, double vol) {
        checkInputs("forward", forward, strike, timeToExpiry, rate, vol);
        double w = type.sign();
        if (timeToExpiry <= 0.0) {
            double intrinsic = type.payoff(forward, strike);
            return new Greeks(intrinsic, intrinsic > 0.0 ? w : 0.0, 0.0, 0.0, 0.0, 0.0);
        }
        double discount = Math.exp(-rate * timeToExpiry);
        double sqrtT = Math.sqrt(timeToExpiry);
        double stdDev = vol * sqrtT;
        double intrinsic = type.payoff(forward, strike);
        if (!(stdDev > 0.0) || forward == 0.0 || strike == 0.0) {
            double price = discount * intrinsic;
            double delta = intrinsic > 0.0 ? w * discount : 0.0;
            return new Greeks(price, delta, 0.0, 0.0, rate * price, -timeToExpiry * price);
        }
        double s = Math.min(stdDev, MAX_STD_DEV);
        double d1 = Math.log(forward / strike) / s + 0.5 * s;
        double d2 = d1 - s;
        boolean inTheMoney = intrinsic > 0.0;
        double a1 = NormalDistribution.cdf(inTheMoney ? -w * d1 : w * d1);
        double a2 = NormalDistribution.cdf(inTheMoney ? -w * d2 : w * d2);
        double nd1 = inTheMoney ? 1.0 - a1 : a1;
        double pdf1 = NormalDistribution.pdf(d1);
        // Same arithmetic as undiscountedPrice, so greeks(...).price() == price(...).
        double price = discount * fromOutOfTheMoney(w, forward, strike, a1, a2, intrinsic);
        double delta = discount * w * nd1;
        // Divide in two steps: forward * s can underflow to 0 (0/0 = NaN).
        double gamma = discount * pdf1 / forward / s;
        double vega = discount * forward * pdf1 * sqrtT;
        double theta = rate * price - discount * forward * pdf1 * vol / (2.0 * sqrtT);
        double rho = -timeToExpiry * price;
        return new Greeks(price, delta, gamma, vega, theta, rho);
    }

    /**
     * Validates the inputs shared by the Black-type formulas.
     *
     * @param underlyingName "forward" or "spot", for the message
     */
    static void checkInputs(String underlyingName, double underlying, double strike, double timeToExpiry,
                            double rate, double vol) {
        if (!(underlying >= 0.0 && underlying < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(underlyingName + " must be finite and >= 0, was " + underlying);
        }
        if (!(strike >= 0.0 && strike < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("strike must be finite and >= 0, was " + strike);
        }
        if (!Double.isFinite(timeToExpiry)) {
            throw new IllegalArgumentException("timeToExpiry must be finite, was " + timeToExpiry);
        }
        if (!Double.isFinite(rate)) {
            throw new IllegalArgumentException("rate must be finite, was " + rate);
        }
        if (!(vol >= 0.0 && vol < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("vol must be finite and >= 0, was " + vol);
        }
    }
}
