package com.alvh.workbench.pricing;

import com.alvh.workbench.market.MarketSnapshot;
import com.alvh.workbench.math.NormalDistribution;

/**
 * SPX implied-volatility skew driven by VIX: the SSVI surface of Gatheral and Jacquier with its
 * ATM variance set by VIX.
 *
 * <p>Reference: J. Gatheral and A. Jacquier, "Arbitrage-free SVI volatility surfaces",
 * Quantitative Finance 14(1), 2014, 59-71 (arXiv:1204.0646), section 4 (SSVI) with the
 * power-law curvature of their eq. (4.5).
 *
 * <p>With forward {@code F = S e^{(r-q)T}}, log-moneyness {@code k = ln(K/F)} and spot VIX in
 * index points:
 * <pre>
 *   sigma_ATM   = atmRatio * VIX / 100                     (ATM-forward vol, every tenor)
 *   theta       = sigma_ATM^2 T                             (ATM total variance)
 *   phi(theta)  = eta / ( theta^gamma (1 + theta)^(1-gamma) )
 *   w(k)        = theta/2 * ( 1 + rho phi k + sqrt( (phi k + rho)^2 + 1 - rho^2 ) )
 *   sigma(K, T) = sqrt( w(k) / T )
 * </pre>
 *
 * <p>Why this model. (1) Published and closed form, with known no-arbitrage conditions:
 * with {@code 0 < gamma <= 1/2} and {@code eta (1 + |rho|) <= 2} the power-law SSVI surface is
 * free of static arbitrage (no butterfly and no calendar arbitrage) for every {@code theta},
 * i.e. for every VIX level and tenor (Gatheral-Jacquier, Theorem 4.2 and Remark 4.4). The
 * compact constructor enforces these bounds, so no VIX slider position can produce a negative
 * risk-neutral density. (2) {@code rho < 0} gives the SPX put skew. (3) With {@code gamma = 1/2}
 * the smile is a fixed shape in standardized moneyness {@code k / (sigma_ATM sqrt T)}, so the
 * skew measured in vol points at fixed delta (e.g. 25-delta put vol minus ATM vol) scales with
 * the VIX level: the put skew steepens as VIX rises. The ATM slope {@code d sigma/dk} equals
 * {@code rho eta / (2 sqrt(T(1+theta)))}, about -1.0 at 45 days with the defaults.
 *
 * <p>The ATM ratio ties the model to VIX: VIX is the 30-day variance-swap rate, which exceeds
 * ATM vol when there is skew. {@link #DEFAULT}'s 0.845 is the value at which the 30-day
 * variance swap replicated from this model's own smile (Carr-Madan log-contract) equals VIX
 * at VIX 16 (0.848 at VIX 12, 0.839 at VIX 30, 0.833 at VIX 45); the test suite checks this.
 * This model takes one volatility index level per call: the campaign passes the level of each
 * option's own tenor (VIX9D, VIX, VIX3M, VIX6M interpolated in total variance on history, the model's
 * expected variance on model paths; {@code market.VolIndexTerm}, {@code sim.VolLevels}), so the ATM
 * ratio ties ATM vol to the index of the same tenor.
 *
 * <p>Units: strikes, spot and forward in index points; VIX in index points; T in years
 * (Act/365); vols decimal per sqrt(year).
 *
 * @param atmRatio sigma_ATM / (VIX/100) (&gt; 0)
 * @param rho skew correlation, in (-1, 1)
 * @param eta curvature level (&gt;= 0; 0 gives a flat smile)
 * @param gamma curvature decay with total variance, in (0, 1/2]
 */
public record SkewModel(double atmRatio, double rho, double eta, double gamma) {

    /**
     * Defaults: {@code atmRatio = 0.845, rho = -0.7, eta = 1.0, gamma = 0.5}. At VIX 16 and 45
     * days they give ATM 13.5%, 25-delta put 17.3%, 5-delta put 24.9%, 25-delta call 11.0%,
     * 5-delta call 9.7% (forward deltas), a shape typical of SPX one-to-two-month options.
     */
    public static final SkewModel DEFAULT = new SkewModel(0.845, -0.7, 1.0, 0.5);

    public SkewModel {
        if (!(atmRatio > 0.0) || Double.isInfinite(atmRatio)) {
            throw new IllegalArgumentException("atmRatio must be finite and > 0, was " + atmRatio);
        }
        if (!(rho > -1.0 && rho < 1.0)) {
            throw new IllegalArgumentException("rho must be in (-1, 1), was " + rho);
        }
        if (!(eta >= 0.0) || Double.isInfinite(eta)) {
            throw new IllegalArgumentException("eta must be finite and >= 0, was " + eta);
        }
        if (!(gamma > 0.0 && gamma <= 0.5)) {
            throw new IllegalArgumentException("gamma must be in (0, 0.5], was " + gamma);
        }
        if (eta * (1.0 + Math.abs(rho)) > 2.0) {
            throw new IllegalArgumentException("eta (1 + |rho|) must be <= 2 (no static arbitrage), was "
                    + eta * (1.0 + Math.abs(rho)) + " for eta " + eta + ", rho " + rho);
        }
    }

    /**
     * A flat model: every strike at {@code atmRatio * VIX / 100} (lognormal terminal prices).
     *
     * @param atmRatio sigma / (VIX/100)
     * @return the flat model
     */
    public static SkewModel flat(double atmRatio) {
        return new SkewModel(atmRatio, 0.0, 0.0, 0.5);
    }

    /** A copy with another ATM ratio. */
    public SkewModel withAtmRatio(double value) {
        return new SkewModel(value, rho, eta, gamma);
    }

    /** A copy with another rho. */
    public SkewModel withRho(double value) {
        return new SkewModel(atmRatio, value, eta, gamma);
    }

    /** A copy with another eta. */
    public SkewModel withEta(double value) {
        return new SkewModel(atmRatio, rho, value, gamma);
    }

    /** A copy with another gamma. */
    public SkewModel withGamma(double value) {
        return new SkewModel(atmRatio, rho, eta, value);
    }

    /**
     * ATM-forward volatility.
     *
     * @param vix spot VIX (index points)
     * @return {@code atmRatio * VIX / 100}, decimal per sqrt(year)
     */
    public double atmVol(double vix) {
        return atmRatio * vix / 100.0;
    }

    /**
     * SSVI curvature {@code phi(theta) = eta / (theta^gamma (1+theta)^(1-gamma))}.
     *
     * @param theta ATM total variance (&gt; 0)
     * @return phi (per unit of log-moneyness)
     */
    public double phi(double theta) {
        if (eta == 0.0) {
            return 0.0;
        }
        if (gamma == 0.5) {
            // The default curvature: one square root instead of two pow calls (hot in simulations).
            return eta / Math.sqrt(theta * (1.0 + theta));
        }
        return eta / (Math.pow(theta, gamma) * Math.pow(1.0 + theta, 1.0 - gamma));
    }

    /**
     * Total implied variance {@code w(k) = sigma^2 T}.
     *
     * @param logMoneyness {@code k = ln(K/F)}
     * @param timeToExpiry T in years (&gt; 0)
     * @param vix spot VIX (index points)
     * @return w, dimensionless
     */
    public double totalVariance(double logMoneyness, double timeToExpiry, double vix) {
        double sAtm = atmVol(vix);
        double theta = sAtm * sAtm * timeToExpiry;
        double p = phi(theta);
        double x = p * logMoneyness;
        return 0.5 * theta * (1.0 + rho * x + Math.sqrt((x + rho) * (x + rho) + 1.0 - rho * rho));
    }

    /**
     * Implied volatility at a strike.
     *
     * @param forward F (index points, &gt; 0)
     * @param strike K (index points, &gt; 0)
     * @param timeToExpiry T in years; {@code T <= 0} returns the ATM vol (any positive vol
     *     prices an expired option at intrinsic)
     * @param vix spot VIX (index points)
     * @return sigma(K, T), decimal per sqrt(year)
     */
    public double vol(double forward, double strike, double timeToExpiry, double vix) {
        if (timeToExpiry <= 0.0) {
            return atmVol(vix);
        }
        return Math.sqrt(totalVariance(Math.log(strike / forward), timeToExpiry, vix) / timeToExpiry);
    }

    /**
     * Slope of the smile in log-moneyness, {@code d sigma / dk = w'(k) / (2 sigma T)}, with
     * {@code w'(k) = theta/2 (rho phi + phi (phi k + rho) / sqrt((phi k + rho)^2 + 1 - rho^2))}.
     *
     * @param logMoneyness k = ln(K/F)
     * @param timeToExpiry T in years (&gt; 0)
     * @param vix spot VIX (index points)
     * @return d sigma / dk (decimal vol per unit of log-moneyness)
     */
    public double volSlope(double logMoneyness, double timeToExpiry, double vix) {
        double w = totalVariance(logMoneyness, timeToExpiry, vix);
        return dw(logMoneyness, timeToExpiry, vix) / (2.0 * Math.sqrt(w * timeToExpiry));
    }

    /**
     * Risk-neutral probability that SPX finishes above a strike, by Breeden-Litzenberger on this
     * model's call prices: {@code P(S_T > K) = -e^{rT} dC/dK}. Differentiating the Black-Scholes
     * call through its strike-dependent vol gives
     * <pre>  P(S_T &gt; K) = N(d2) - n(d2) sqrt(T) d sigma/dk,   d2 = -k/sqrt(w) - sqrt(w)/2</pre>
     * (the skew term raises the probability of finishing below a low strike above the
     * lognormal value).
     *
     * @param forward F (index points)
     * @param strike K (index points); {@code K <= 0} gives 1
     * @param timeToExpiry T in years; {@code T <= 0} gives 1 if {@code F > K} else 0
     * @param vix spot VIX (index points)
     * @return the probability, clamped to [0, 1]
     */
    public double probabilityAbove(double forward, double strike, double timeToExpiry, double vix) {
        if (strike <= 0.0) {
            return 1.0;
        }
        if (timeToExpiry <= 0.0) {
            return forward > strike ? 1.0 : 0.0;
        }
        double k = Math.log(strike / forward);
        double w = totalVariance(k, timeToExpiry, vix);
        double sqrtW = Math.sqrt(w);
        double d2 = -k / sqrtW - 0.5 * sqrtW;
        double slope = dw(k, timeToExpiry, vix) / (2.0 * sqrtW * Math.sqrt(timeToExpiry));
        double p = NormalDistribution.cdf(d2) - NormalDistribution.pdf(d2) * Math.sqrt(timeToExpiry) * slope;
        return Math.min(1.0, Math.max(0.0, p));
    }

    /**
     * Gatheral-Jacquier butterfly function
     * <pre>  g(k) = (1 - k w'/(2w))^2 - (w'^2/4)(1/w + 1/4) + w''/2</pre>
     * A slice is free of butterfly arbitrage iff {@code g >= 0} everywhere (their Lemma 2.2).
     *
     * @param logMoneyness k = ln(K/F)
     * @param timeToExpiry T in years (&gt; 0)
     * @param vix spot VIX (index points)
     * @return g(k), dimensionless
     */
    public double butterflyFunction(double logMoneyness, double timeToExpiry, double vix) {
        double w = totalVariance(logMoneyness, timeToExpiry, vix);
        double w1 = dw(logMoneyness, timeToExpiry, vix);
        double w2 = d2w(logMoneyness, timeToExpiry, vix);
        double a = 1.0 - logMoneyness * w1 / (2.0 * w);
        return a * a - 0.25 * w1 * w1 * (1.0 / w + 0.25) + 0.5 * w2;
    }

    /**
     * Risk-neutral density of the log-moneyness {@code k = ln(S_T/F)} implied by the smile
     * (Gatheral-Jacquier eq. 2.1): {@code p(k) = g(k) / sqrt(2 pi w) exp(-d2^2/2)}. The density
     * of {@code S_T} at {@code K = F e^k} is {@code p(k) / K}.
     *
     * @param logMoneyness k
     * @param timeToExpiry T in years (&gt; 0)
     * @param vix spot VIX (index points)
     * @return the density per unit of k
     */
    public double logMoneynessDensity(double logMoneyness, double timeToExpiry, double vix) {
        double w = totalVariance(logMoneyness, timeToExpiry, vix);
        double sqrtW = Math.sqrt(w);
        double d2 = -logMoneyness / sqrtW - 0.5 * sqrtW;
        return butterflyFunction(logMoneyness, timeToExpiry, vix) * NormalDistribution.pdf(d2) / sqrtW;
    }

    /**
     * Strike (continuous, not rounded) at which the Black-Scholes spot delta, taken at this
     * model's vol for that strike, equals a target. Bisection in log-moneyness over
     * {@code |k| <= 10 sigma_ATM sqrt(T) + 0.05}.
     *
     * @param type call (target in (0, e^{-qT})) or put (target in (-e^{-qT}, 0))
     * @param targetDelta the delta per unit, e.g. 0.20 or -0.05
     * @param spot S (index points)
     * @param timeToExpiry T in years (&gt; 0)
     * @param rate r, continuously compounded
     * @param dividendYield q, continuously compounded
     * @param vix spot VIX (index points)
     * @return the strike in index points
     * @throws IllegalArgumentException if the target is not reachable in the search range
     */
    public double strikeForDelta(OptionType type, double targetDelta, double spot, double timeToExpiry,
                                 double rate, double dividendYield, double vix) {
        return strikeForDelta(type, targetDelta, spot, timeToExpiry, rate, dividendYield, vix, 1e-13);
    }

    /**
     * As {@link #strikeForDelta(OptionType, double, double, double, double, double, double)}, with
     * the bisection stopped once the log-moneyness bracket is narrower than {@code tolerance}
     * (1e-6 gives strikes to about 0.005 points at SPX 5,000: enough before rounding to the
     * 5-point grid, and about half the work).
     *
     * @param tolerance width of the final log-moneyness bracket (&gt; 0)
     */
    public double strikeForDelta(OptionType type, double targetDelta, double spot, double timeToExpiry,
                                 double rate, double dividendYield, double vix, double tolerance) {
        if (!(timeToExpiry > 0.0)) {
            throw new IllegalArgumentException("timeToExpiry must be > 0, was " + timeToExpiry);
        }
        double forward = spot * Math.exp((rate - dividendYield) * timeToExpiry);
        double half = 10.0 * atmVol(vix) * Math.sqrt(timeToExpiry) + 0.05;
        double lo = -half;
        double hi = half;
        double fLo = deltaAt(type, lo, forward, spot, timeToExpiry, rate, dividendYield, vix) - targetDelta;
        double fHi = deltaAt(type, hi, forward, spot, timeToExpiry, rate, dividendYield, vix) - targetDelta;
        if (fLo * fHi > 0.0) {
            throw new IllegalArgumentException("targetDelta " + targetDelta + " for a " + type
                    + " is not reachable between strikes " + forward * Math.exp(lo) + " and " + forward * Math.exp(hi));
        }
        for (int i = 0; i < 200 && hi - lo > tolerance; i++) {
            double mid = 0.5 * (lo + hi);
            double fMid = deltaAt(type, mid, forward, spot, timeToExpiry, rate, dividendYield, vix) - targetDelta;
            if (fMid * fLo > 0.0) {
                lo = mid;
                fLo = fMid;
            } else {
                hi = mid;
            }
        }
        return forward * Math.exp(0.5 * (lo + hi));
    }

    /**
     * This model anchored on a spot, rates and VIX: {@code (K, T) -> sigma(K, T)} with the
     * forward {@code S e^{(r-q)T}} of each tenor.
     *
     * @param spot S (index points)
     * @param rate r, continuously compounded
     * @param dividendYield q, continuously compounded
     * @param vix spot VIX (index points)
     * @return the surface
     */
    public VolSurface surface(double spot, double rate, double dividendYield, double vix) {
        double carry = rate - dividendYield;
        return (strike, timeToExpiry) -> vol(spot * Math.exp(carry * timeToExpiry), strike, timeToExpiry, vix);
    }

    /**
     * This model anchored on a snapshot (its spot, rate, dividend yield and VIX).
     *
     * @param market the snapshot
     * @return the surface
     */
    public VolSurface surface(MarketSnapshot market) {
        return surface(market.spot(), market.rate(), market.dividendYield(), market.vix());
    }

    private double deltaAt(OptionType type, double k, double forward, double spot, double timeToExpiry,
                           double rate, double dividendYield, double vix) {
        double strike = forward * Math.exp(k);
        double vol = Math.sqrt(totalVariance(k, timeToExpiry, vix) / timeToExpiry);
        return BlackScholes.greeks(type, spot, strike, timeToExpiry, rate, dividendYield, vol).delta();
    }

    private double dw(double k, double timeToExpiry, double vix) {
        double sAtm = atmVol(vix);
        double theta = sAtm * sAtm * timeToExpiry;
        double p = phi(theta);
        double y = p * k + rho;
        return 0.5 * theta * (rho * p + p * y / Math.sqrt(y * y + 1.0 - rho * rho));
    }

    private double d2w(double k, double timeToExpiry, double vix) {
        double sAtm = atmVol(vix);
        double theta = sAtm * sAtm * timeToExpiry;
        double p = phi(theta);
        double y = p * k + rho;
        double r = Math.sqrt(y * y + 1.0 - rho * rho);
        return 0.5 * theta * p * p * (1.0 - rho * rho) / (r * r * r);
    }
}
