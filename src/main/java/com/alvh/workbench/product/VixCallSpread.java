package com.alvh.workbench.product;

import com.alvh.workbench.pricing.OptionType;

import java.util.List;

/**
 * A VIX call spread: long a call at {@code longStrike}, short a call at {@code shortStrike},
 * same expiry, {@code quantity} spreads (USD 100 per VIX point). Its payoff is capped at
 * {@code shortStrike - longStrike} VIX points per spread.
 *
 * @param longStrike bought call strike (VIX points, &gt; 0)
 * @param shortStrike sold call strike (VIX points, &gt; longStrike)
 * @param expiry years (Act/365, &gt;= 0)
 * @param quantity signed number of spreads (&gt; 0: long the spread)
 */
public record VixCallSpread(double longStrike, double shortStrike, double expiry, double quantity)
        implements HedgeInstrument {

    public VixCallSpread {
        HedgeChecks.validateStrike("longStrike", longStrike);
        HedgeChecks.validateStrike("shortStrike", shortStrike);
        if (!(longStrike < shortStrike)) {
            throw new IllegalArgumentException("longStrike must be < shortStrike, was " + longStrike
                    + " vs " + shortStrike);
        }
        HedgeChecks.validate(expiry, quantity);
    }

    @Override
    public double multiplier() {
        return OPTION_MULTIPLIER;
    }

    @Override
    public VixCallSpread withQuantity(double newQuantity) {
        return new VixCallSpread(longStrike, shortStrike, expiry, newQuantity);
    }

    @Override
    public String name() {
        return "VIX " + longStrike + "/" + shortStrike + " call spread";
    }

    /** Width {@code shortStrike - longStrike} (VIX points): the most one spread can pay. */
    public double width() {
        return shortStrike - longStrike;
    }

    /** The two legs on VIX: {@code +quantity} at the long strike, {@code -quantity} at the short. */
    public List<OptionLeg> toLegs() {
        return List.of(
                new OptionLeg(Underlying.VIX, OptionType.CALL, longStrike, expiry, quantity, OPTION_MULTIPLIER),
                new OptionLeg(Underlying.VIX, OptionType.CALL, shortStrike, expiry, -quantity, OPTION_MULTIPLIER));
    }
}
