package com.alvh.workbench.hedge;

/**
 * When a layer sells: monetise part of it into a volatility spike, take profit at a multiple of
 * its cost, and leave before expiry. Absent thresholds are {@code NaN} (never met).
 *
 * @param monetiseVixAbove sell {@code monetiseFraction} of the layer the first time VIX closes above this (index points), NaN for never
 * @param monetiseFraction fraction of the open quantity sold on the monetise signal, in (0, 1]
 * @param takeProfitMultiple close all when the layer's value reaches this multiple of its cost (e.g. 3), NaN for never
 * @param exitDaysToExpiry close (or roll) when this many calendar days or fewer are left (&gt;= 0)
 */
public record ExitRule(double monetiseVixAbove, double monetiseFraction, double takeProfitMultiple,
                       int exitDaysToExpiry) {

    /** Hold to the exit date only. */
    public static final ExitRule HOLD = new ExitRule(Double.NaN, 1.0, Double.NaN, 0);

    public ExitRule {
        if (!Double.isNaN(monetiseVixAbove) && !(monetiseVixAbove > 0.0)) {
            throw new IllegalArgumentException("ExitRule.monetiseVixAbove must be > 0 or absent, was " + monetiseVixAbove);
        }
        if (!(monetiseFraction > 0.0 && monetiseFraction <= 1.0)) {
            throw new IllegalArgumentException("ExitRule.monetiseFraction must be in (0, 1], was " + monetiseFraction);
        }
        if (!Double.isNaN(takeProfitMultiple) && !(takeProfitMultiple > 1.0)) {
            throw new IllegalArgumentException("ExitRule.takeProfitMultiple must be > 1 or absent, was " + takeProfitMultiple);
        }
        if (exitDaysToExpiry < 0) {
            throw new IllegalArgumentException("ExitRule.exitDaysToExpiry must be >= 0, was " + exitDaysToExpiry);
        }
    }
}
