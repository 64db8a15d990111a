package com.alvh.workbench.sim;

/**
 * One trade of a sampled path: an opening, closing or settlement of one leg of the equity position or
 * of a hedge layer's instrument, as a trade list shows it.
 *
 * @param step the step it happened at (a replay's trading day)
 * @param position the equity position's name, or the hedge layer's
 * @param instrument what was traded: "SPX put", "SPX call", "VIX call", "VIX call spread", "VIX future"
 * @param strike strike in index points (a call spread's lower strike; a future's entry level); NaN for none
 * @param expiryStep the step the instrument expires at (may lie beyond the run)
 * @param quantity signed contracts: &gt; 0 bought, &lt; 0 sold
 * @param price per contract in index points, at the trade (mid plus or minus slippage; the settlement value at expiry)
 * @param cash USD the account received (&gt; 0) or paid (&lt; 0), commissions included
 * @param reason why: open, take profit, stop, close before expiry, expiry, monetise, exit before expiry, entry
 */
public record Trade(int step, String position, String instrument, double strike, int expiryStep, double quantity,
                    double price, double cash, String reason) {

    /** Why a trade happened. */
    public static final String OPEN = "open";
    public static final String TAKE_PROFIT = "take profit";
    public static final String STOP = "stop";
    public static final String CLOSE_BEFORE_EXPIRY = "close before expiry";
    public static final String EXPIRY = "expiry";
    public static final String MONETISE = "monetise";
    public static final String EXIT_BEFORE_EXPIRY = "exit before expiry";
    public static final String ENTRY = "entry";
}
