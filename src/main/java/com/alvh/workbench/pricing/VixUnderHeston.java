package com.alvh.workbench.pricing;

import com.alvh.workbench.math.GaussLegendre;
import com.alvh.workbench.math.NoncentralChiSquared;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalStateException;

/**
 * The VIX index, VIX futures and VIX options when the S&amp;P 500 follows the Heston model.
 *
 * <p><b>Spot VIX.</b> The VIX squared is the risk-neutral expected average variance over the
 * next {@code tau = 30/365} years; with {@code E[v_s | v_0] = theta + (v_0 - theta) e^{-kappa s}}:
 * <pre>
 *   VIX^2 = 100^2 (a v + b),   a = (1 - e^{-kappa tau}) / (kappa tau),   b = theta (1 - a)
 * </pre>
 * (VIX in index points, {@code v} the instantaneous variance as a decimal per year).
 *
 * <p><b>Law of {@code v_T}.</b> Given {@code v_0}, {@code v_T = c X} with {@code X} noncentral
 * chi-square ({@link NoncentralChiSquared}):
 * <pre>
 *   c = sigma^2 (1 - e^{-kappa T}) / (4 kappa),  d = 4 kappa theta / sigma^2,
 *   lambda = 4 kappa e^{-kappa T} v_0 / (sigma^2 (1 - e^{-kappa T})) = v_0 e^{-kappa T} / c
 * </pre>
 *
 * <p><b>Futures and options</b> are exact expectations over that law, with
 * {@code h(x) = 100 sqrt(a c x + b)} the VIX at expiry as a function of {@code X}. Integrating by
 * parts against the survival function {@code S(x) = P(X > x)} gives integrands that are bounded
 * even when the density is not (for {@code d < 2} it blows up like {@code x^{d/2 - 1}} at 0):
 * <pre>
 *   F(0,T)   = E[h(X)]                 = h(0) + int_0^inf h'(x) S(x) dx
 *   call     = e^{-rT} E[(h(X) - K)^+] = e^{-rT} int_{x*}^inf h'(x) S(x) dx
 *   put      = e^{-rT} E[(K - h(X))^+] = e^{-rT} int_0^{x*} h'(x) (1 - S(x)) dx
 *   x*       = ((K/100)^2 - b) / (a c),  h'(x) = 50 a c / sqrt(a c x + b)
 * </pre>
 * (if {@code x* <= 0} the call is {@code e^{-rT}(F - K)} and the put 0). The integrals are
 * computed by adaptive Gauss-Legendre to an absolute tolerance of {@value #TOLERANCE} VIX points
 * on {@code [0, X_max]}, with {@code X_max} where {@code S} has fallen below 1e-17, the range split
 * at the mean and at {@code +-6} standard deviations so that a narrow law (short {@code T}) is
 * resolved. On the first piece, when {@code d < 2}, the map {@code x = t^{2/d}} turns the
 * {@code x^{d/2}} behaviour of the distribution function at 0 into a linear one.
 *
 * <p>Conventions: VIX and strikes in index points; {@code T} in years (Act/365); {@code r}
 * continuously compounded per year (discounting only: a VIX future costs nothing to enter and
 * its price is the risk-neutral expectation). {@code T <= 0} uses spot VIX. Stateless;
 * thread-safe. These are the Heston model's VIX prices, not a market model of VIX: they inherit
 * the model's well-known limits (VIX-option smiles too flat or downward sloping).
 */
public final class VixUnderHeston {

    /** The VIX averaging window, 30 calendar days, in years. */
    public static final double TAU = 30.0 / 365.0;

    /**
     * Largest noncentrality and degrees of freedom of the variance's law that the exact prices are
     * computed for: the Poisson series behind them costs more with each, and a vol of variance tiny
     * against the variance (far from any fitted Heston) would take minutes (found by fuzzing).
     */
    public static final double MAX_LAW_PARAMETER = 1e5;

    /** Target absolute error of an expectation, in VIX points. */
    static final double TOLERANCE = 1e-9;

    private static final GaussLegendre RULE = GaussLegendre.of(10);

    private VixUnderHeston() {
    }

    /**
     * Coefficient {@code a = (1 - e^{-kappa tau})/(kappa tau)} of {@code VIX^2 = 100^2 (a v + b)}.
     *
     * @param model Heston parameters
     * @return {@code a} (dimensionless, in (0, 1])
     */
    public static double varianceWeight(HestonModel model) {
        return varianceWeight(model.kappa(), TAU);
    }

    /**
     * Weight {@code a = (1 - e^{-kappa tau})/(kappa tau)} of the current variance in the expected
     * average variance over the next {@code tau} years, for any horizon (30 days for VIX, 91 for
     * VIX3M): {@code E[(1/tau) int_0^tau v_s ds] = a v + theta (1 - a)}.
     *
     * @param kappa mean-reversion speed (per year, &gt; 0)
     * @param tau horizon in years (&gt; 0)
     * @return {@code a} (dimensionless, in (0, 1])
     */
    public static double varianceWeight(double kappa, double tau) {
        double x = kappa * tau;
        return x < 1e-8 ? 1.0 - 0.5 * x : -Math.expm1(-x) / x;
    }

    /**
     * A volatility index over any horizon: {@code 100 sqrt(a v + theta (1 - a))} with the weight
     * of {@link #varianceWeight(double, double)} (VIX for 30 days, VIX3M for 91 days).
     *
     * @param model Heston parameters
     * @param variance instantaneous variance (decimal per year, &gt;= 0)
     * @param tau horizon in years
     * @return the index in index points
     */
    public static double volatilityIndex(HestonModel model, double variance, double tau) {
        double a = varianceWeight(model.kappa(), tau);
        return 100.0 * Math.sqrt(a * variance + model.theta() * (1.0 - a));
    }

    /**
     * Constant {@code b = theta (1 - a)} of {@code VIX^2 = 100^2 (a v + b)}.
     *
     * @param model Heston parameters
     * @return {@code b} (variance, decimal per year)
     */
    public static double varianceIntercept(HestonModel model) {
        return model.theta() * (1.0 - varianceWeight(model));
    }

    /**
     * Spot VIX for an instantaneous variance: {@code 100 sqrt(a v + b)}.
     *
     * @param model Heston parameters
     * @param variance instantaneous variance {@code v >= 0} (decimal per year)
     * @return VIX in index points
     */
    public static double spotVix(HestonModel model, double variance) {
        if (!(variance >= 0.0)) {
            throw new IllegalArgumentException("variance must be >= 0, was " + variance);
        }
        return 100.0 * Math.sqrt(varianceWeight(model) * variance + varianceIntercept(model));
    }

    /**
     * Spot VIX at the model's initial variance {@code v0}.
     *
     * @param model Heston parameters
     * @return VIX in index points
     */
    public static double spotVix(HestonModel model) {
        return spotVix(model, model.v0());
    }

    /**
     * The law of {@code X = v_T / c}: noncentral chi-square with {@code d = 4 kappa theta/sigma^2}
     * and {@code lambda = v_0 e^{-kappa T}/c}.
     *
     * @param model Heston parameters
     * @param expiry T in years (&gt; 0)
     * @return the distribution of {@code X}
     * @throws IllegalArgumentException if its noncentrality or degrees of freedom exceed {@link #MAX_LAW_PARAMETER}
     */
    public static NoncentralChiSquared varianceLaw(HestonModel model, double expiry) {
        requirePositive("expiry", expiry);
        double c = varianceScale(model, expiry);
        double d = 4.0 * model.kappa() * model.theta() / (model.sigma() * model.sigma());
        double lambda = model.v0() * Math.exp(-model.kappa() * expiry) / c;
        if (!(lambda <= MAX_LAW_PARAMETER) || !(d <= MAX_LAW_PARAMETER)) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "the exact VIX prices of this Heston cannot be summed: its vol of variance %.3g is too small for its "
                            + "variance (noncentrality %.3g, degrees of freedom %.3g of the variance's law at %.3g years; "
                            + "at most %.0g)", model.sigma(), lambda, d, expiry, MAX_LAW_PARAMETER));
        }
        // d = 0 (theta = 0) is the degenerate Poisson-mixture-with-atom case; the smallest
        // positive d is an excellent stand-in and keeps one code path.
        return new NoncentralChiSquared(Math.max(d, 1e-12), lambda);
    }

    /**
     * Scale {@code c = sigma^2 (1 - e^{-kappa T})/(4 kappa)} of {@code v_T = c X}.
     *
     * @param model Heston parameters
     * @param expiry T in years (&gt; 0)
     * @return {@code c} (variance per unit of X)
     */
    public static double varianceScale(HestonModel model, double expiry) {
        requirePositive("expiry", expiry);
        return -model.sigma() * model.sigma() * Math.expm1(-model.kappa() * expiry) / (4.0 * model.kappa());
    }

    /**
     * {@code E[VIX_T^2] = 100^2 (a E[v_T] + b)}, in closed form.
     *
     * @param model Heston parameters
     * @param expiry T in years (&gt;= 0)
     * @return expected squared VIX in index points squared
     */
    public static double expectedVixSquared(HestonModel model, double expiry) {
        double v = model.expectedVariance(Math.max(expiry, 0.0));
        return 1e4 * (varianceWeight(model) * v + varianceIntercept(model));
    }

    /**
     * VIX futures price {@code F(0,T) = E[VIX_T]} (no discounting: futures are marked to market).
     *
     * @param model Heston parameters
     * @param expiry T in years; {@code T <= 0} returns spot VIX
     * @return futures price in index points
     */
    public static double futuresPrice(HestonModel model, double expiry) {
        if (expiry <= 0.0) {
            return spotVix(model);
        }
        Setup s = new Setup(model, expiry);
        return s.h(0.0) + s.integrateSurvival(0.0);
    }

    /**
     * VIX futures term structure.
     *
     * @param model Heston parameters
     * @param expiries expiries in years
     * @return futures prices in index points, one per expiry, same order
     */
    public static double[] futuresCurve(HestonModel model, double[] expiries) {
        double[] out = new double[expiries.length];
        for (int i = 0; i < expiries.length; i++) {
            out[i] = futuresPrice(model, expiries[i]);
        }
        return out;
    }

    /**
     * Price of a European VIX option, {@code e^{-rT} E[(w (VIX_T - K))^+]}.
     *
     * @param type call or put
     * @param model Heston parameters
     * @param strike strike in VIX points (&gt;= 0)
     * @param expiry T in years; {@code T <= 0} returns the payoff on spot VIX
     * @param rate r, continuously compounded per year
     * @return the price in VIX points (multiply by the contract multiplier for USD)
     */
    public static double optionPrice(OptionType type, HestonModel model, double strike, double expiry, double rate) {
        if (!(strike >= 0.0) || Double.isInfinite(strike)) {
            throw new IllegalArgumentException("strike must be finite and >= 0, was " + strike);
        }
        if (expiry <= 0.0) {
            return type.payoff(spotVix(model), strike);
        }
        double discount = Math.exp(-rate * expiry);
        Setup s = new Setup(model, expiry);
        double threshold = s.threshold(strike);
        if (threshold <= 0.0) {
            // VIX_T >= 100 sqrt(b) >= K almost surely: the call is a forward, the put worthless.
            if (type == OptionType.PUT) {
                return 0.0;
            }
            return discount * (s.h(0.0) + s.integrateSurvival(0.0) - strike);
        }
        if (type == OptionType.CALL) {
            return discount * s.integrateSurvival(threshold);
        }
        return discount * s.integrateCdf(threshold);
    }

    /**
     * VIX call price; see {@link #optionPrice}.
     *
     * @param model Heston parameters
     * @param strike strike in VIX points
     * @param expiry T in years
     * @param rate r per year
     * @return the price in VIX points
     */
    public static double callPrice(HestonModel model, double strike, double expiry, double rate) {
        return optionPrice(OptionType.CALL, model, strike, expiry, rate);
    }

    /**
     * VIX put price; see {@link #optionPrice}.
     *
     * @param model Heston parameters
     * @param strike strike in VIX points
     * @param expiry T in years
     * @param rate r per year
     * @return the price in VIX points
     */
    public static double putPrice(HestonModel model, double strike, double expiry, double rate) {
        return optionPrice(OptionType.PUT, model, strike, expiry, rate);
    }

    /**
     * Black-76 implied volatility of a VIX option price, quoted off the VIX future of the same
     * expiry (the market convention): the {@code sigma} with
     * {@code Black76.price(type, F, K, T, r, sigma) = price}, found by Brent's method on
     * {@code [1e-6, 20]}.
     *
     * @param type call or put
     * @param price option price in VIX points
     * @param future VIX futures price for the expiry (index points)
     * @param strike strike (index points)
     * @param expiry T in years (&gt; 0)
     * @param rate r per year
     * @return implied vol (decimal per sqrt(year)), or NaN if the price is outside the range
     *     Black-76 can produce with a vol in {@code [1e-6, 20]}
     */
    public static double impliedBlackVol(OptionType type, double price, double future, double strike,
                                         double expiry, double rate) {
        requirePositive("expiry", expiry);
        double low = 1e-6;
        double high = 20.0;
        double fLow = Black76.price(type, future, strike, expiry, rate, low) - price;
        double fHigh = Black76.price(type, future, strike, expiry, rate, high) - price;
        if (fLow > 0.0 || fHigh < 0.0) {
            return Double.NaN;
        }
        if (fLow == 0.0) {
            return low;
        }
        BrentSolver solver = new BrentSolver(1e-14, 1e-12);
        try {
            return solver.solve(200, v -> Black76.price(type, future, strike, expiry, rate, v) - price, low, high);
        } catch (MathIllegalStateException e) {
            return Double.NaN;
        }
    }

    // ---------------------------------------------------------------------------------------

    /** Precomputed quantities for one model and expiry. */
    private static final class Setup {
        private final NoncentralChiSquared law;
        private final double slope;      // a c: VIX^2/100^2 per unit of X
        private final double intercept;  // b
        private final double mean;
        private final double stdDev;
        private final double upper;
        private final double degreesOfFreedom;

        Setup(HestonModel model, double expiry) {
            this.law = varianceLaw(model, expiry);
            this.degreesOfFreedom = law.degreesOfFreedom();
            this.slope = varianceWeight(model) * varianceScale(model, expiry);
            this.intercept = varianceIntercept(model);
            this.mean = law.mean();
            this.stdDev = Math.sqrt(law.variance());
            // The chi-square tail decays at least like e^{-x/2}: from mean + 10 sd (+ 40 for the
            // exponential part) double until the survival is negligible.
            double x = mean + 10.0 * stdDev + 40.0;
            while (law.survival(x) > 1e-17) {
                x *= 2.0;
            }
            this.upper = x;
        }

        double h(double x) {
            return 100.0 * Math.sqrt(slope * x + intercept);
        }

        double hPrime(double x) {
            return 50.0 * slope / Math.sqrt(slope * x + intercept);
        }

        /** X at which VIX_T = K. */
        double threshold(double strike) {
            double k = strike / 100.0;
            return (k * k - intercept) / slope;
        }

        /** int_from^upper h'(x) S(x) dx. */
        double integrateSurvival(double from) {
            return integrate(x -> hPrime(x) * law.survival(x), from, upper);
        }

        /** int_0^to h'(x) (1 - S(x)) dx. */
        double integrateCdf(double to) {
            return integrate(x -> hPrime(x) * law.cdf(x), 0.0, Math.min(to, upper))
                    + Math.max(0.0, h(to) - h(Math.min(to, upper)));
        }

        private double integrate(java.util.function.DoubleUnaryOperator f, double from, double to) {
            if (!(to > from)) {
                return 0.0;
            }
            // Break points where the law lives, so that a narrow law is seen by the first panels.
            double[] breaks = {mean - 6.0 * stdDev, mean, mean + 6.0 * stdDev, to};
            double sum = 0.0;
            double left = from;
            for (double b : breaks) {
                if (b > left && b <= to) {
                    sum += left == 0.0 ? integrateFromZero(f, b) : RULE.integrateAdaptive(f, left, b, TOLERANCE / 4.0);
                    left = b;
                }
            }
            return sum;
        }

        /**
         * int_0^b f(x) dx with x = t^m, m = max(1, 2/d): near 0 the law's distribution function
         * behaves like x^{d/2}, which is t^1 after the map, so the integrand becomes smooth where
         * it had an infinite slope (d &lt; 2).
         */
        private double integrateFromZero(java.util.function.DoubleUnaryOperator f, double b) {
            double m = Math.max(1.0, 2.0 / degreesOfFreedom);
            if (m == 1.0) {
                return RULE.integrateAdaptive(f, 0.0, b, TOLERANCE / 4.0);
            }
            return RULE.integrateAdaptive(t -> {
                double x = Math.pow(t, m);
                return f.applyAsDouble(x) * m * x / t;
            }, 0.0, Math.pow(b, 1.0 / m), TOLERANCE / 4.0);
        }
    }

    private static void requirePositive(String name, double value) {
        if (!(value > 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, was " + value);
        }
    }
}
