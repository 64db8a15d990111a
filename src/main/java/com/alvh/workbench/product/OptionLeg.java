package com.alvh.workbench.product;

import com.alvh.workbench.market.Act365;
import com.alvh.workbench.pricing.OptionType;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One European option position: a signed number of contracts of one strike and expiry.
 *
 * <p>Expiry convention: {@code expiry} is a year fraction (Act/365) measured from the valuation
 * instant of the {@code MarketSnapshot} it is priced against, not a calendar date; use
 * {@link #expiringOn} to build it from dates. A leg therefore describes a position "as seen
 * now", which is what the analytics and the path engine (which advances time itself) need.
 *
 * @param underlying SPX or VIX
 * @param type call or put
 * @param strike strike K (index points, &gt; 0)
 * @param expiry time to expiry T in years (Act/365, &gt;= 0)
 * @param quantity signed number of contracts: &gt; 0 long, &lt; 0 short (finite; may be
 *     fractional for sizing rules)
 * @param multiplier USD per index point per contract (&gt; 0)
 */
public record OptionLeg(Underlying underlying, OptionType type, double strike, double expiry,
                        double quantity, double multiplier) {

    public OptionLeg {
        Objects.requireNonNull(underlying, "underlying");
        Objects.requireNonNull(type, "type");
        if (!(strike > 0.0) || Double.isInfinite(strike)) {
            throw new IllegalArgumentException("strike must be finite and > 0, was " + strike);
        }
        if (!(expiry >= 0.0) || Double.isInfinite(expiry)) {
            throw new IllegalArgumentException("expiry must be finite and >= 0 years, was " + expiry);
        }
        if (!Double.isFinite(quantity)) {
            throw new IllegalArgumentException("quantity must be finite, was " + quantity);
        }
        if (!(multiplier > 0.0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier must be finite and > 0, was " + multiplier);
        }
    }

    /**
     * An option leg with the underlying's standard contract multiplier.
     *
     * @param underlying SPX or VIX
     * @param type call or put
     * @param strike index points
     * @param expiry years (Act/365) from valuation
     * @param quantity signed contracts
     * @return the leg
     */
    public static OptionLeg of(Underlying underlying, OptionType type, double strike, double expiry,
                               double quantity) {
        return new OptionLeg(underlying, type, strike, expiry, quantity, underlying.optionMultiplier());
    }

    /** An SPX option leg (multiplier 100); arguments as in {@link #of}. */
    public static OptionLeg spx(OptionType type, double strike, double expiry, double quantity) {
        return of(Underlying.SPX, type, strike, expiry, quantity);
    }

    /**
     * A leg whose expiry is given by dates, converted with Act/365.
     *
     * @param underlying SPX or VIX
     * @param type call or put
     * @param strike index points
     * @param valuationDate the snapshot's date
     * @param expiryDate the option's expiry date (not before {@code valuationDate})
     * @param quantity signed contracts
     * @return the leg
     */
    public static OptionLeg expiringOn(Underlying underlying, OptionType type, double strike,
                                       LocalDate valuationDate, LocalDate expiryDate, double quantity) {
        return of(underlying, type, strike, Act365.yearFraction(valuationDate, expiryDate), quantity);
    }

    /** A copy with another strike (index points). */
    public OptionLeg withStrike(double newStrike) {
        return new OptionLeg(underlying, type, newStrike, expiry, quantity, multiplier);
    }

    /** A copy with another signed quantity (contracts). */
    public OptionLeg withQuantity(double newQuantity) {
        return new OptionLeg(underlying, type, strike, expiry, newQuantity, multiplier);
    }

    /** A copy with another expiry (years, Act/365). */
    public OptionLeg withExpiry(double newExpiry) {
        return new OptionLeg(underlying, type, strike, newExpiry, quantity, multiplier);
    }

    /** {@code quantity * multiplier}: USD per index point of this leg's per-unit price. */
    public double scale() {
        return quantity * multiplier;
    }

    /** True for a short leg (negative quantity). */
    public boolean isShort() {
        return quantity < 0.0;
    }

    /**
     * Cash value of the leg at expiry.
     *
     * @param underlyingAtExpiry settlement price (index points)
     * @return {@code quantity * multiplier * max(w(S_T - K), 0)} in USD
     */
    public double payoffAtExpiry(double underlyingAtExpiry) {
        return scale() * type.payoff(underlyingAtExpiry, strike);
    }
}
