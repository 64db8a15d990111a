package com.alvh.workbench.sim;

/**
 * Commissions and slippage. The bid-ask spread of an option is modelled as
 * {@code spread = max(minSpread, spreadFraction x mid)} (index points); a trade pays
 * {@code slippageFraction} of the half-spread on top of mid (1 = buys at the ask, sells at the bid).
 *
 * @param commissionPerContract USD per option or futures contract traded (&gt;= 0)
 * @param spxSpreadFraction SPX option spread as a fraction of mid (&gt;= 0)
 * @param spxMinSpread SPX option minimum spread (index points, &gt;= 0)
 * @param vixSpreadFraction VIX option spread as a fraction of mid (&gt;= 0)
 * @param vixMinSpread VIX option minimum spread (index points, &gt;= 0)
 * @param slippageFraction fraction of the half-spread paid per trade, in [0, 1]
 */
public record TradingCosts(double commissionPerContract, double spxSpreadFraction, double spxMinSpread,
                           double vixSpreadFraction, double vixMinSpread, double slippageFraction) {

    /**
     * Defaults: USD 1.00 per contract; SPX spread 3 % of mid, at least 0.10; VIX spread 5 %, at
     * least 0.05; half the half-spread paid per trade.
     */
    public static final TradingCosts DEFAULT = new TradingCosts(1.0, 0.03, 0.10, 0.05, 0.05, 0.5);
    /** No costs at all (for tests and for isolating the strategy). */
    public static final TradingCosts NONE = new TradingCosts(0, 0, 0, 0, 0, 0);

    public TradingCosts {
        nonNegative("commissionPerContract", commissionPerContract);
        nonNegative("spxSpreadFraction", spxSpreadFraction);
        nonNegative("spxMinSpread", spxMinSpread);
        nonNegative("vixSpreadFraction", vixSpreadFraction);
        nonNegative("vixMinSpread", vixMinSpread);
        if (!(slippageFraction >= 0.0 && slippageFraction <= 1.0)) {
            throw new IllegalArgumentException("slippageFraction must be in [0, 1], was " + slippageFraction);
        }
    }

    /** Slippage per unit on an SPX option with mid {@code mid} (index points). */
    public double spxSlippage(double mid) {
        return slippageFraction * 0.5 * Math.max(spxMinSpread, spxSpreadFraction * mid);
    }

    /** Slippage per unit on a VIX option with mid {@code mid} (index points). */
    public double vixSlippage(double mid) {
        return slippageFraction * 0.5 * Math.max(vixMinSpread, vixSpreadFraction * mid);
    }

    private static void nonNegative(String field, double value) {
        if (!(value >= 0.0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be >= 0, was " + value);
        }
    }
}
