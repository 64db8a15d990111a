package com.alvh.workbench.pricing;

import com.alvh.workbench.math.GaussLegendre;

/**
 * Semi-analytic European option prices under the Heston model ({@link HestonModel}).
 *
 * <p><b>Characteristic function.</b> With {@code X = ln(S_T / F)}, {@code F = S e^{(r-q)T}}, the
 * "little Heston trap" form of Albrecher, Mayer, Schoutens and Tistaert (2007), which stays on
 * the principal branch of the complex logarithm for all {@code u} and {@code T}:
 * <pre>
 *   beta = kappa - rho sigma i u,   d = sqrt(beta^2 + sigma^2 (u^2 + i u)),  Re d &gt; 0
 *   g    = (beta - d) / (beta + d)
 *   D    = (beta - d)/sigma^2 (1 - e^{-dT}) / (1 - g e^{-dT})
 *   C    = kappa theta / sigma^2 [ (beta - d) T - 2 ln((1 - g e^{-dT}) / (1 - g)) ]
 *   E[e^{i u X}] = exp(C + D v0)
 * </pre>
 * Two rewritings keep it accurate as {@code sigma -> 0}: {@code beta - d = -sigma^2 (u^2 + i u) /
 * (beta + d)} (no cancellation), and the logarithm is taken as {@code log1p} of
 * {@code g (1 - e^{-dT}) / (1 - g)}, which is {@code O(sigma^2)}.
 *
 * <p><b>Price.</b> Lewis (2001) single-integral form with {@code k = ln(F/K)}:
 * <pre>  C = S e^{-qT} - sqrt(F K) e^{-rT} / pi  int_0^inf Re[e^{i u k} phi(u - i/2)] / (u^2 + 1/4) du</pre>
 * with a Black-Scholes control variate (Andersen and Piterbarg 2010, ch. 8): the same integral
 * for Black-Scholes with total variance {@code w = E[int_0^T v_t dt]} is subtracted inside and its
 * closed-form price added outside, so the quadrature only sees the (small, smooth) difference.
 * The same identity holds for puts with the Black-Scholes put outside, so out-of-the-money
 * options of either type are priced directly, without parity cancellation.
 *
 * <p><b>Quadrature.</b> Globally adaptive 10-point Gauss-Legendre on {@code [0, U]} with an
 * absolute tolerance of {@value #TOLERANCE_PER_UNIT_SPOT} times the spot on the price. The
 * truncation point {@code U} is chosen from the envelope of the integrand: for large {@code u},
 * {@code |phi(u - i/2)|} decays as {@code e^{-C_inf u}} with
 * {@code C_inf = sqrt(1 - rho^2)(v0 + kappa theta T)/sigma}, so the neglected tail is at most
 * {@code env(U) min(1/C_inf, U)}; {@code U} doubles until that is a tenth of the tolerance.
 *
 * <p>Units: spot and strike in index points, {@code T} in years (Act/365), {@code r} and {@code q}
 * continuously compounded per year. {@code T <= 0} gives intrinsic value. Stateless; thread-safe.
 */
public final class HestonPricer {

    /** Target absolute error of a price, per unit of spot. */
    static final double TOLERANCE_PER_UNIT_SPOT = 1e-13;

    private static final GaussLegendre RULE = GaussLegendre.of(10);

    private HestonPricer() {
    }

    /**
     * Price of one European option.
     *
     * @param type call or put
     * @param model Heston parameters
     * @param spot spot S (index points, &gt; 0)
     * @param strike strike K (index points, &gt; 0)
     * @param timeToExpiry T in years (Act/365)
     * @param rate r, continuously compounded per year
     * @param dividendYield q, continuously compounded per year
     * @return the price in index points
     */
    public static double price(OptionType type, HestonModel model, double spot, double strike,
                               double timeToExpiry, double rate, double dividendYield) {
        requirePositive("spot", spot);
        requirePositive("strike", strike);
        if (timeToExpiry <= 0.0) {
            return type.payoff(spot, strike);
        }
        double discount = Math.exp(-rate * timeToExpiry);
        double forward = spot * Math.exp((rate - dividendYield) * timeToExpiry);
        double totalVariance = model.averageExpectedVariance(timeToExpiry) * timeToExpiry;
        if (totalVariance <= 0.0) {
            // v0 = theta = 0: the variance stays at zero and the forward is certain.
            return discount * type.payoff(forward, strike);
        }
        double controlVol = Math.sqrt(totalVariance / timeToExpiry);
        double control = BlackScholes.price(type, spot, strike, timeToExpiry, rate, dividendYield, controlVol);
        double logMoneyness = Math.log(forward / strike);
        double tolerance = TOLERANCE_PER_UNIT_SPOT * spot * Math.PI / (Math.sqrt(forward * strike) * discount);
        double upper = truncationPoint(model, timeToExpiry, totalVariance, 0.1 * tolerance);
        double integral = RULE.integrateAdaptive(
                u -> lewisDifference(u, model, timeToExpiry, logMoneyness, totalVariance),
                0.0, upper, 0.9 * tolerance);
        double value = control - Math.sqrt(forward * strike) * discount / Math.PI * integral;
        return clampToBounds(type, value, spot * Math.exp(-dividendYield * timeToExpiry), strike * discount);
    }

    /**
     * Call price; see {@link #price}.
     *
     * @param model Heston parameters
     * @param spot spot (index points)
     * @param strike strike (index points)
     * @param timeToExpiry T in years
     * @param rate r per year
     * @param dividendYield q per year
     * @return the call price in index points
     */
    public static double callPrice(HestonModel model, double spot, double strike, double timeToExpiry,
                                   double rate, double dividendYield) {
        return price(OptionType.CALL, model, spot, strike, timeToExpiry, rate, dividendYield);
    }

    /**
     * Put price; see {@link #price}.
     *
     * @param model Heston parameters
     * @param spot spot (index points)
     * @param strike strike (index points)
     * @param timeToExpiry T in years
     * @param rate r per year
     * @param dividendYield q per year
     * @return the put price in index points
     */
    public static double putPrice(HestonModel model, double spot, double strike, double timeToExpiry,
                                  double rate, double dividendYield) {
        return price(OptionType.PUT, model, spot, strike, timeToExpiry, rate, dividendYield);
    }

    /**
     * Prices of a strip of strikes of one type and expiry.
     *
     * @param type call or put
     * @param model Heston parameters
     * @param spot spot (index points)
     * @param strikes strikes (index points, each &gt; 0)
     * @param timeToExpiry T in years
     * @param rate r per year
     * @param dividendYield q per year
     * @return prices in index points, one per strike, same order
     */
    public static double[] prices(OptionType type, HestonModel model, double spot, double[] strikes,
                                  double timeToExpiry, double rate, double dividendYield) {
        double[] out = new double[strikes.length];
        for (int i = 0; i < strikes.length; i++) {
            out[i] = price(type, model, spot, strikes[i], timeToExpiry, rate, dividendYield);
        }
        return out;
    }

    /**
     * The characteristic function {@code E[exp(i u ln(S_T/F))]} of the log of spot over forward at
     * a complex argument {@code u = uRe + i uIm} (little-trap form, see the class comment). It is
     * finite for {@code -1 <= uIm <= 0} (the strip the pricing uses) and beyond as long as the
     * moment exists; {@code phi(0) = phi(-i) = 1}.
     *
     * @param model Heston parameters
     * @param timeToExpiry T in years (&gt; 0)
     * @param uRe real part of the argument
     * @param uIm imaginary part of the argument
     * @return {@code {Re phi, Im phi}}
     */
    public static double[] characteristicFunction(HestonModel model, double timeToExpiry, double uRe, double uIm) {
        // Work with w = u^2 + i u = (uRe + i uIm)^2 + i (uRe + i uIm).
        double wRe = uRe * uRe - uIm * uIm - uIm;
        double wIm = 2.0 * uRe * uIm + uRe;
        // beta = kappa - rho sigma i u = kappa + rho sigma uIm - i rho sigma uRe.
        double rs = model.rho() * model.sigma();
        double betaRe = model.kappa() + rs * uIm;
        double betaIm = -rs * uRe;
        double[] exponent = logCharacteristicFunction(model, timeToExpiry, betaRe, betaIm, wRe, wIm);
        double modulus = Math.exp(exponent[0]);
        return new double[] {modulus * Math.cos(exponent[1]), modulus * Math.sin(exponent[1])};
    }

    // ---------------------------------------------------------------------------------------

    /**
     * Upper limit U of the integral, such that the neglected tail {@code int_U^inf} is below
     * {@code tailTolerance}. For large u the modulus of the Lewis integrand behaves as
     * {@code A e^{-C_inf u} / u^2} with {@code C_inf = sqrt(1 - rho^2)(v0 + kappa theta T)/sigma}
     * (and the control's as a Gaussian), so with {@code env(U)} the modulus at U,
     * {@code int_U^inf <= env(U) min(1/C_inf, U)}. U starts at {@code 8/sqrt(w)} (where the
     * Black-Scholes control has decayed by {@code e^{-32}}) and doubles until the bound holds.
     */
    static double truncationPoint(HestonModel model, double timeToExpiry, double totalVariance,
                                  double tailTolerance) {
        double rho = model.rho();
        double asymptoticDecay = Math.sqrt(Math.max(0.0, 1.0 - rho * rho))
                * (model.v0() + model.kappa() * model.theta() * timeToExpiry) / model.sigma();
        double upper = 8.0 / Math.sqrt(totalVariance);
        for (int i = 0; i < 60; i++) {
            double envelope = lewisEnvelope(upper, model, timeToExpiry, totalVariance);
            double tailBound = envelope * (asymptoticDecay > 0.0 ? Math.min(1.0 / asymptoticDecay, upper) : upper);
            if (tailBound <= tailTolerance) {
                break;
            }
            upper *= 2.0;
        }
        return upper;
    }

    /** |phi(u - i/2)| / (u^2 + 1/4) plus the same for the Black-Scholes control. */
    private static double lewisEnvelope(double u, HestonModel model, double timeToExpiry, double totalVariance) {
        double q = u * u + 0.25;
        double rs = model.rho() * model.sigma();
        double[] exponent = logCharacteristicFunction(model, timeToExpiry, model.kappa() - 0.5 * rs, -rs * u, q, 0.0);
        return (Math.exp(exponent[0]) + Math.exp(-0.5 * totalVariance * q)) / q;
    }

    /**
     * Re[e^{iuk} phi(u - i/2)] / (u^2 + 1/4) minus the same for Black-Scholes with total variance w.
     * At u - i/2 the quantity u^2 + i u becomes the real number u^2 + 1/4.
     */
    static double lewisDifference(double u, HestonModel model, double timeToExpiry, double logMoneyness,
                                  double totalVariance) {
        double q = u * u + 0.25;
        double rs = model.rho() * model.sigma();
        double betaRe = model.kappa() - 0.5 * rs;
        double betaIm = -rs * u;
        double[] exponent = logCharacteristicFunction(model, timeToExpiry, betaRe, betaIm, q, 0.0);
        double heston = Math.exp(exponent[0]) * Math.cos(exponent[1] + u * logMoneyness);
        double black = Math.exp(-0.5 * totalVariance * q) * Math.cos(u * logMoneyness);
        return (heston - black) / q;
    }

    /**
     * C + D v0 of the little-trap characteristic function, given beta and w = u^2 + i u.
     *
     * @return {Re, Im} of the exponent
     */
    private static double[] logCharacteristicFunction(HestonModel model, double t, double betaRe, double betaIm,
                                                      double wRe, double wIm) {
        double sigma = model.sigma();
        double sigma2 = sigma * sigma;
        // d = sqrt(beta^2 + sigma^2 w), principal branch (Re d >= 0).
        double d2Re = betaRe * betaRe - betaIm * betaIm + sigma2 * wRe;
        double d2Im = 2.0 * betaRe * betaIm + sigma2 * wIm;
        double dRe;
        double dIm;
        double modulus = Math.sqrt(d2Re * d2Re + d2Im * d2Im);
        if (d2Re >= 0.0) {
            dRe = Math.sqrt(0.5 * (modulus + d2Re));
            dIm = dRe == 0.0 ? 0.0 : d2Im / (2.0 * dRe);
        } else {
            dIm = Math.copySign(Math.sqrt(0.5 * (modulus - d2Re)), d2Im);
            dRe = d2Im / (2.0 * dIm);
        }
        // p = beta + d; (beta - d)/sigma^2 = -w / p; g = (beta - d)/(beta + d) = -sigma^2 w / p^2.
        double pRe = betaRe + dRe;
        double pIm = betaIm + dIm;
        double pAbs2 = pRe * pRe + pIm * pIm;
        // -w / p = -w conj(p) / |p|^2
        double bdRe = -(wRe * pRe + wIm * pIm) / pAbs2;
        double bdIm = -(wIm * pRe - wRe * pIm) / pAbs2;
        // g = sigma^2 * (-w/p) / p = sigma^2 * bd * conj(p) / |p|^2
        double gRe = sigma2 * (bdRe * pRe + bdIm * pIm) / pAbs2;
        double gIm = sigma2 * (bdIm * pRe - bdRe * pIm) / pAbs2;
        // e = exp(-dT) and 1 - e = -expm1(-dT), accurate for small |dT|.
        double decay = Math.exp(-dRe * t);
        double angle = -dIm * t;
        double cosA = Math.cos(angle);
        double sinA = Math.sin(angle);
        double eRe = decay * cosA;
        double eIm = decay * sinA;
        double sinHalf = Math.sin(0.5 * angle);
        double expm1Re = Math.expm1(-dRe * t) * cosA - 2.0 * sinHalf * sinHalf;
        double oneMinusERe = -expm1Re;
        double oneMinusEIm = -eIm;
        // 1 - g e
        double denRe = 1.0 - (gRe * eRe - gIm * eIm);
        double denIm = -(gRe * eIm + gIm * eRe);
        // D = bd * (1 - e) / (1 - g e)
        double numRe = bdRe * oneMinusERe - bdIm * oneMinusEIm;
        double numIm = bdRe * oneMinusEIm + bdIm * oneMinusERe;
        double den2 = denRe * denRe + denIm * denIm;
        double bigDRe = (numRe * denRe + numIm * denIm) / den2;
        double bigDIm = (numIm * denRe - numRe * denIm) / den2;
        // z = g (1 - e) / (1 - g); ln((1 - g e)/(1 - g)) = log1p(z).
        double gnRe = gRe * oneMinusERe - gIm * oneMinusEIm;
        double gnIm = gRe * oneMinusEIm + gIm * oneMinusERe;
        double omgRe = 1.0 - gRe;
        double omgIm = -gIm;
        double omg2 = omgRe * omgRe + omgIm * omgIm;
        double zRe = (gnRe * omgRe + gnIm * omgIm) / omg2;
        double zIm = (gnIm * omgRe - gnRe * omgIm) / omg2;
        double logRe = 0.5 * Math.log1p(2.0 * zRe + zRe * zRe + zIm * zIm);
        double logIm = Math.atan2(zIm, 1.0 + zRe);
        // C = kappa theta [ bd T - 2 log1p(z) / sigma^2 ]
        double kt = model.kappa() * model.theta();
        double cRe = kt * (bdRe * t - 2.0 * logRe / sigma2);
        double cIm = kt * (bdIm * t - 2.0 * logIm / sigma2);
        return new double[] {cRe + bigDRe * model.v0(), cIm + bigDIm * model.v0()};
    }

    private static double clampToBounds(OptionType type, double value, double discountedSpot,
                                        double discountedStrike) {
        // No-arbitrage bounds; quadrature error of order 1e-14 S can otherwise leave a deep
        // out-of-the-money price a hair below zero.
        if (type == OptionType.CALL) {
            return Math.min(Math.max(value, Math.max(discountedSpot - discountedStrike, 0.0)), discountedSpot);
        }
        return Math.min(Math.max(value, Math.max(discountedStrike - discountedSpot, 0.0)), discountedStrike);
    }

    private static void requirePositive(String name, double value) {
        if (!(value > 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, was " + value);
        }
    }
}
