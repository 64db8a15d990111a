package com.alvh.workbench.product;

/**
 * A Cboe VX (VIX) future: USD 1,000 per VIX point. No premium changes hands at entry; the
 * position's P&amp;L is {@code (F_now - F_entry) * 1000 * quantity}.
 *
 * @param expiry years (Act/365, &gt;= 0)
 * @param quantity signed contracts (&gt; 0 long)
 */
public record VixFuture(double expiry, double quantity) implements HedgeInstrument {

    public VixFuture {
        HedgeChecks.validate(expiry, quantity);
    }

    @Override
    public double multiplier() {
        return VIX_FUTURE_MULTIPLIER;
    }

    @Override
    public VixFuture withQuantity(double newQuantity) {
        return new VixFuture(expiry, newQuantity);
    }

    @Override
    public String name() {
        return "VIX future " + Math.round(expiry * 365.0) + "d";
    }
}
