package com.alvh.workbench.pricing;

import com.alvh.workbench.math.NormalDistribution;

/**
 * Implied volatility of European options under Black-Scholes-Merton and Black-76.
 *
 * <p><b>Reduction.</b> Both models reduce to the undiscounted Black price on the forward,
 * {@code u = V e^{rT}}, which must lie strictly inside the no-arbitrage bounds
 * {@code max(w(F-K),0) < u < F} (call) or {@code < K} (put); equivalently
 * {@code e^{-rT} max(w(F-K),0) < V < e^{-rT} F} (call; {@code e^{-rT} K} for a put), which for
 * Black-Scholes-Merton is {@code max(w(S e^{-qT} - K e^{-rT}),0) < V < S e^{-qT}} (call) or
 * {@code < K e^{-rT}} (put). A price on or outside a bound has no (finite, positive) implied
 * volatility and is rejected with an {@link IllegalArgumentException} naming the price and the
 * bounds. An in-the-money price is turned into the out-of-the-money price of the other type by
 * put-call parity ({@code C - P = F - K} undiscounted), so only the time value is solved for.
 * With {@code x = -|ln(F/K)|} and the time value normalised by {@code sqrt(F K)}, the equation is
 * <pre>  b(s) = e^{x/2} N(x/s + s/2) - e^{-x/2} N(x/s - s/2) = beta,   0 &lt; beta &lt; e^{x/2}</pre>
 * in the total volatility {@code s = sigma sqrt(T)}; then {@code sigma = s / sqrt(T)}.
 *
 * <p><b>Solver.</b> {@code b} is increasing in {@code s}, convex below its inflection point
 * {@code s_c = sqrt(2|x|)} and concave above it. The inflection point splits the problem into
 * two brackets, and in each a safeguarded Newton iteration (Numerical Recipes' {@code rtsafe}:
 * Newton inside a maintained bracket, bisection whenever a step leaves the bracket or fails to
 * halve the previous step) solves a transformed equation on which Newton behaves well:
 * <ul>
 *   <li>below {@code s_c}: {@code ln b(s) = ln beta} (b is exponentially small there,
 *       {@code ln b ~ -x^2/(2 s^2)});</li>
 *   <li>above {@code s_c}, when {@code beta} is below half its bound: {@code b(s) = beta};</li>
 *   <li>above {@code s_c}, close to the upper bound: {@code ln(e^{x/2} - b(s)) = ln(e^{x/2} - beta)},
 *       with the complement evaluated without cancellation as
 *       {@code e^{x/2} N(-x/s - s/2) + e^{-x/2} N(x/s - s/2)}.</li>
 * </ul>
 * Bisection is geometric while the bracket spans more than a factor 4, so any total volatility
 * from 1e-300 to 1e3 is reached in a bounded number of steps; the iteration stops when a step
 * is below 1e-15 relative. The result reproduces the price to the conditioning of the problem:
 * near either bound the price carries little information about the volatility.
 */
public final class ImpliedVolatility {

    private static final int MAX_ITERATIONS = 300;
    private static final double REL_STEP_TOL = 1e-15;
    /** Largest total volatility searched; b(s) equals its bound to the last bit well before. */
    private static final double MAX_TOTAL_VOL = 1e3;

    private ImpliedVolatility() {
    }

    /**
     * Black-Scholes-Merton implied volatility.
     *
     * @param type call or put
     * @param price the option price (index points per unit)
     * @param spot S (index points, &gt; 0)
     * @param strike K (index points, &gt; 0)
     * @param timeToExpiry T in years, &gt; 0
     * @param rate r, continuously compounded per year
     * @param dividendYield q, continuously compounded per year
     * @return sigma, decimal per sqrt(year), such that
     *     {@code BlackScholes.price(type, spot, strike, T, r, q, sigma) = price}
     * @throws IllegalArgumentException if the price is not strictly inside the no-arbitrage
     *     bounds, or an input is invalid
     */
    public static double blackScholes(OptionType type, double price, double spot, double strike,
                                      double timeToExpiry, double rate, double dividendYield) {
        if (!Double.isFinite(dividendYield)) {
            throw new IllegalArgumentException("dividendYield must be finite, was " + dividendYield);
        }
        checkInputs("spot", spot, strike, timeToExpiry, rate);
        double forward = BlackScholes.forward(spot, timeToExpiry, rate, dividendYield);
        return solve(type, price, forward, strike, timeToExpiry, rate);
    }

    /**
     * Black-76 implied volatility of an option on a futures price.
     *
     * @param type call or put
     * @param price the option price (index points per unit)
     * @param forward F, the futures price (index points, &gt; 0)
     * @param strike K (index points, &gt; 0)
     * @param timeToExpiry T in years, &gt; 0
     * @param rate r, continuously compounded per year (discounting only)
     * @return sigma, decimal per sqrt(year), such that
     *     {@code Black76.price(type, forward, strike, T, r, sigma) = price}
     * @throws IllegalArgumentException if the price is not strictly inside the no-arbitrage
     *     bounds, or an input is invalid
     */
    public static double black76(OptionType type, double price, double forward, double strike,
                                 double timeToExpiry, double rate) {
        checkInputs("forward", forward, strike, timeToExpiry, rate);
        return solve(type, price, forward, strike, timeToExpiry, rate);
    }

    /**
     * Total implied volatility {@code s = sigma sqrt(T)} of an undiscounted Black price.
     *
     * @param type call or put
     * @param undiscountedPrice {@code u}, strictly between {@code max(w(F-K),0)} and F (call) or K (put)
     * @param forward F (index points, &gt; 0)
     * @param strike K (index points, &gt; 0)
     * @return s (dimensionless) with {@code Black76.undiscountedPrice(type, F, K, s) = u}
     * @throws IllegalArgumentException if the price is not strictly inside the bounds
     */
    public static double totalVolatility(OptionType type, double undiscountedPrice, double forward,
                                         double strike) {
        checkInputs("forward", forward, strike, 1.0, 0.0);
        return solveTotalVolatility(type, undiscountedPrice, forward, strike, 1.0, "undiscounted price");
    }

    private static double solve(OptionType type, double price, double forward, double strike,
                                double timeToExpiry, double rate) {
        double discount = Math.exp(-rate * timeToExpiry);
        // The bounds as the caller computes them, in discounted units; solveTotalVolatility checks
        // them again undiscounted (the two can differ by rounding right at a bound).
        double lower = discount * type.payoff(forward, strike);
        double upper = discount * (type == OptionType.CALL ? forward : strike);
        if (!(price > lower && price < upper)) {
            throw outOfBounds(type, "price", price, forward, strike, lower, upper);
        }
        double s = solveTotalVolatility(type, price / discount, forward, strike, discount, "price");
        return s / Math.sqrt(timeToExpiry);
    }

    /**
     * @param discount only to report the bounds in the caller's (discounted) units
     */
    private static double solveTotalVolatility(OptionType type, double undiscounted, double forward,
                                               double strike, double discount, String what) {
        boolean call = type == OptionType.CALL;
        double intrinsic = type.payoff(forward, strike);
        double cap = call ? forward : strike;
        if (!(undiscounted > intrinsic && undiscounted < cap)) {
            throw outOfBounds(type, what, undiscounted * discount, forward, strike,
                    intrinsic * discount, cap * discount);
        }
        // Out-of-the-money time value by parity C - P = F - K (undiscounted).
        double timeValue;
        double otmCap;
        if (call) {
            boolean otm = forward < strike;
            timeValue = otm ? undiscounted : undiscounted - (forward - strike);
            otmCap = otm ? forward : strike;
        } else {
            boolean otm = forward > strike;
            timeValue = otm ? undiscounted : undiscounted - (strike - forward);
            otmCap = otm ? strike : forward;
        }
        double complement = otmCap - timeValue;
        if (!(complement > 0.0)) {
            // Inside the bounds as given, but indistinguishable from the upper bound once the
            // intrinsic value is taken off: no finite volatility fits.
            throw outOfBounds(type, what, undiscounted * discount, forward, strike,
                    intrinsic * discount, cap * discount);
        }
        double scale = Math.sqrt(forward) * Math.sqrt(strike);
        double x = -Math.abs(Math.log(forward / strike));
        return normalisedTotalVolatility(x, timeValue / scale, complement / scale);
    }

    /**
     * Solves {@code b(x, s) = beta} for s, given also {@code e^{x/2} - beta} (computed by the
     * caller without cancellation).
     */
    static double normalisedTotalVolatility(double x, double beta, double betaComplement) {
        double eHalf = Math.exp(0.5 * x);
        double eMinusHalf = Math.exp(-0.5 * x);
        double sc = Math.sqrt(-2.0 * x);
        double bc = x == 0.0 ? 0.0 : normalisedPrice(x, sc, eHalf, eMinusHalf);
        if (beta < bc) {
            // Lower branch: root in (0, sc); solve ln b(s) = ln beta.
            double guess = -x / Math.sqrt(-2.0 * Math.log(beta));
            return rtsafe(Branch.LOG_PRICE, x, eHalf, eMinusHalf, Math.log(beta), 0.0, sc, guess);
        }
        // Upper branch: root in [sc, inf). Find an upper end of the bracket by doubling.
        boolean nearCap = betaComplement < 0.5 * eHalf;
        Branch branch = nearCap ? Branch.LOG_COMPLEMENT : Branch.PRICE;
        double target = nearCap ? Math.log(betaComplement) : beta;
        double lo = sc;
        double hi = Math.max(2.0 * sc, 1.0);
        while (value(branch, x, hi, eHalf, eMinusHalf, target) < 0.0) {
            lo = hi;
            hi *= 2.0;
            if (hi > MAX_TOTAL_VOL) {
                throw new ArithmeticException("implied total volatility above " + MAX_TOTAL_VOL
                        + " (normalised price " + beta + ", log-moneyness " + x + ")");
            }
        }
        // Start from the ATM closed form s = 2 N^{-1}((1 + beta)/2), good near the money.
        double guess = beta < 1.0 ? 2.0 * NormalDistribution.inverseCdf(0.5 + 0.5 * Math.min(beta, 0.999)) : hi;
        return rtsafe(branch, x, eHalf, eMinusHalf, target, lo, hi, guess);
    }

    private enum Branch { LOG_PRICE, PRICE, LOG_COMPLEMENT }

    /** The increasing objective of a branch at s (may be infinite at underflow). */
    private static double value(Branch branch, double x, double s, double eHalf, double eMinusHalf,
                                double target) {
        switch (branch) {
            case LOG_PRICE:
                return Math.log(normalisedPrice(x, s, eHalf, eMinusHalf)) - target;
            case PRICE:
                return normalisedPrice(x, s, eHalf, eMinusHalf) - target;
            default:
                return target - Math.log(normalisedComplement(x, s, eHalf, eMinusHalf));
        }
    }

    private static double rtsafe(Branch branch, double x, double eHalf, double eMinusHalf, double target,
                                 double lo, double hi, double guess) {
        double s = guess > lo && guess < hi ? guess : bisect(lo, hi);
        double previousStep = hi - lo;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double b = normalisedPrice(x, s, eHalf, eMinusHalf);
            double vega = eHalf * NormalDistribution.pdf(x / s + 0.5 * s);
            double f;
            double slope;
            switch (branch) {
                case LOG_PRICE:
                    f = b > 0.0 ? Math.log(b) - target : Double.NEGATIVE_INFINITY;
                    slope = vega / b;
                    break;
                case PRICE:
                    f = b - target;
                    slope = vega;
                    break;
                default:
                    double c = normalisedComplement(x, s, eHalf, eMinusHalf);
                    f = c > 0.0 ? target - Math.log(c) : Double.POSITIVE_INFINITY;
                    slope = vega / c;
                    break;
            }
            if (f == 0.0) {
                return s;
            }
            if (f < 0.0) {
                lo = s;
            } else {
                hi = s;
            }
            double next;
            double newton = s - f / slope;
            if (newton > lo && newton < hi && Math.abs(newton - s) <= 0.5 * Math.abs(previousStep)) {
                next = newton;
            } else {
                next = bisect(lo, hi);
            }
            previousStep = next - s;
            if (Math.abs(previousStep) <= REL_STEP_TOL * next || hi - lo <= REL_STEP_TOL * hi) {
                return next;
            }
            s = next;
        }
        throw new ArithmeticException("implied volatility did not converge in " + MAX_ITERATIONS
                + " iterations (log-moneyness " + x + ", bracket [" + lo + ", " + hi + "])");
    }

    /** Geometric midpoint while the bracket spans more than a factor 4, arithmetic after. */
    private static double bisect(double lo, double hi) {
        if (lo <= 0.0) {
            return 0.25 * hi;
        }
        return hi > 4.0 * lo ? Math.sqrt(lo) * Math.sqrt(hi) : 0.5 * (lo + hi);
    }

    /** {@code b(x, s) = e^{x/2} N(x/s + s/2) - e^{-x/2} N(x/s - s/2)}, x &lt;= 0. */
    private static double normalisedPrice(double x, double s, double eHalf, double eMinusHalf) {
        double h = x / s;
        double t = 0.5 * s;
        return Math.max(eHalf * NormalDistribution.cdf(h + t) - eMinusHalf * NormalDistribution.cdf(h - t), 0.0);
    }

    /** {@code e^{x/2} - b(x, s) = e^{x/2} N(-x/s - s/2) + e^{-x/2} N(x/s - s/2)}, no cancellation. */
    private static double normalisedComplement(double x, double s, double eHalf, double eMinusHalf) {
        double h = x / s;
        double t = 0.5 * s;
        return eHalf * NormalDistribution.cdf(-h - t) + eMinusHalf * NormalDistribution.cdf(h - t);
    }

    private static void checkInputs(String underlyingName, double underlying, double strike,
                                    double timeToExpiry, double rate) {
        if (!(underlying > 0.0 && underlying < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(underlyingName + " must be finite and > 0, was " + underlying);
        }
        if (!(strike > 0.0 && strike < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("strike must be finite and > 0, was " + strike);
        }
        if (!(timeToExpiry > 0.0 && timeToExpiry < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("timeToExpiry must be finite and > 0, was " + timeToExpiry);
        }
        if (!Double.isFinite(rate)) {
            throw new IllegalArgumentException("rate must be finite, was " + rate);
        }
    }

    private static IllegalArgumentException outOfBounds(OptionType type, String what, double value,
                                                        double forward, double strike,
                                                        double lower, double upper) {
        return new IllegalArgumentException(String.format(
                "%s %s of the %s (forward %s, strike %s) is outside the no-arbitrage bounds: it must lie "
                        + "strictly between %s (discounted intrinsic value) and %s (discounted %s); "
                        + "no implied volatility exists",
                what, value, type, forward, strike, lower, upper,
                type == OptionType.CALL ? "forward" : "strike"));
    }
}
