package com.alvh.workbench.product;

import com.alvh.workbench.pricing.OptionType;

/**
 * A protective SPX put (USD 100 per SPX point), European, cash settled.
 *
 * @param strike SPX index points (&gt; 0)
 * @param expiry years (Act/365, &gt;= 0)
 * @param quantity signed contracts
 */
public record SpxPut(double strike, double expiry, double quantity) implements HedgeInstrument {

    public SpxPut {
        HedgeChecks.validateStrike("strike", strike);
        HedgeChecks.validate(expiry, quantity);
    }

    @Override
    public double multiplier() {
        return OPTION_MULTIPLIER;
    }

    @Override
    public SpxPut withQuantity(double newQuantity) {
        return new SpxPut(strike, expiry, newQuantity);
    }

    /** A copy with another strike (SPX points). */
    public SpxPut withStrike(double newStrike) {
        return new SpxPut(newStrike, expiry, quantity);
    }

    @Override
    public String name() {
        return "SPX " + strike + " put";
    }

    /** The put as an SPX option leg. */
    public OptionLeg toLeg() {
        return new OptionLeg(Underlying.SPX, OptionType.PUT, strike, expiry, quantity, OPTION_MULTIPLIER);
    }
}
