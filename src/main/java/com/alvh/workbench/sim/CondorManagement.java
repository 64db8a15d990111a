package com.alvh.workbench.sim;

/**
 * The condor's management rules through time: take profit, stop, close before expiry, and repeat
 * (a campaign of trades, not one trade).
 *
 * @param takeProfitFraction close when P&amp;L reaches this fraction of the credit (e.g. 0.5), NaN for never
 * @param stopLossMultiple close when the loss reaches this multiple of the credit (e.g. 2), NaN for never
 * @param closeAtDaysToExpiry close when this many calendar days or fewer are left (&gt;= 0; 0 holds to expiry)
 * @param repeat open a new condor as soon as one is closed
 */
public record CondorManagement(double takeProfitFraction, double stopLossMultiple, int closeAtDaysToExpiry,
                               boolean repeat) {

    /** Common practice: take profit at 50 % of credit, stop at 2x credit, close at 21 days, repeat. */
    public static final CondorManagement STANDARD = new CondorManagement(0.5, 2.0, 21, true);
    /** Hold one condor to expiry, no rules. */
    public static final CondorManagement HOLD_TO_EXPIRY = new CondorManagement(Double.NaN, Double.NaN, 0, false);

    public CondorManagement {
        if (!Double.isNaN(takeProfitFraction) && !(takeProfitFraction > 0.0 && takeProfitFraction <= 1.0)) {
            throw new IllegalArgumentException("takeProfitFraction must be in (0, 1] or absent, was " + takeProfitFraction);
        }
        if (!Double.isNaN(stopLossMultiple) && !(stopLossMultiple > 0.0)) {
            throw new IllegalArgumentException("stopLossMultiple must be > 0 or absent, was " + stopLossMultiple);
        }
        if (closeAtDaysToExpiry < 0) {
            throw new IllegalArgumentException("closeAtDaysToExpiry must be >= 0, was " + closeAtDaysToExpiry);
        }
    }
}
