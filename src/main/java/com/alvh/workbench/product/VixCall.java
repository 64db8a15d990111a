package com.alvh.workbench.product;

import com.alvh.workbench.pricing.OptionType;

/**
 * A VIX call (USD 100 per VIX point), European, on the VIX future of the same expiry.
 *
 * @param strike VIX index points (&gt; 0)
 * @param expiry years (Act/365, &gt;= 0)
 * @param quantity signed contracts
 */
public record VixCall(double strike, double expiry, double quantity) implements HedgeInstrument {

    public VixCall {
        HedgeChecks.validateStrike("strike", strike);
        HedgeChecks.validate(expiry, quantity);
    }

    @Override
    public double multiplier() {
        return OPTION_MULTIPLIER;
    }

    @Override
    public VixCall withQuantity(double newQuantity) {
        return new VixCall(strike, expiry, newQuantity);
    }

    /** A copy with another strike (VIX points). */
    public VixCall withStrike(double newStrike) {
        return new VixCall(newStrike, expiry, quantity);
    }

    @Override
    public String name() {
        return "VIX " + strike + " call";
    }

    /** The call as an option leg on VIX. */
    public OptionLeg toLeg() {
        return new OptionLeg(Underlying.VIX, OptionType.CALL, strike, expiry, quantity, OPTION_MULTIPLIER);
    }
}
