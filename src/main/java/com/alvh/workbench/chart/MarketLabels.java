package com.alvh.workbench.chart;

/**
 * What the two series of a sample path are called: VIX and SPX for the equity campaign, realised
 * volatility and the hedged asset's price for DeFi positions (whose sample paths carry those in the
 * same fields).
 *
 * @param volName short name of the volatility series, e.g. "VIX"
 * @param volAxis its axis label with the unit
 * @param spotName short name of the price series, e.g. "SPX"
 * @param spotAxis its axis label with the unit
 * @param stepAxis the x axis label
 * @param stepsNoun what a number of steps is called in text ("63 trading days", "365 days")
 */
public record MarketLabels(String volName, String volAxis, String spotName, String spotAxis, String stepAxis,
                           String stepsNoun) {

    /** The equity campaign: VIX and SPX in index points per trading day. */
    public static final MarketLabels EQUITY = new MarketLabels("VIX", "VIX (index points)", "SPX",
            "SPX (index points)", "Trading day", "trading days");
    /** DeFi positions: realised vol of the hedged asset (vol points) and its price (USD) per calendar day. */
    public static final MarketLabels DEFI = new MarketLabels("Realised vol", "Realised vol (vol points)", "Price",
            "Hedged asset price (USD)", "Day", "days");

    /**
     * A stable LP's sample paths: the depegging coin's price (with the layers' entries on it) and the
     * LP position's value, per calendar day.
     *
     * @param coin the coin's name as shown ("USDC", "terrausd")
     */
    public static MarketLabels peg(String coin) {
        return new MarketLabels(coin + " price", coin + " price (USD)", "LP value", "Stable LP value (USD)", "Day", "days");
    }

    public MarketLabels {
        for (String s : new String[] {volName, volAxis, spotName, spotAxis, stepAxis, stepsNoun}) {
            if (s == null || s.isBlank()) {
                throw new IllegalArgumentException("MarketLabels need six non-blank labels");
            }
        }
    }
}
