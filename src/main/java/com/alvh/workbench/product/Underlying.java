package com.alvh.workbench.product;

/**
 * What an option leg is written on, with the exchange contract multiplier of its options
 * (USD per index point per contract).
 */
public enum Underlying {
    /** The S&amp;P 500 index; SPX options pay USD 100 per index point (Cboe SPX contract specs). */
    SPX(100.0),
    /** The Cboe Volatility Index; VIX options pay USD 100 per index point (Cboe VIX contract specs). */
    VIX(100.0);

    private final double optionMultiplier;

    Underlying(double optionMultiplier) {
        this.optionMultiplier = optionMultiplier;
    }

    /** USD per index point per option contract. */
    public double optionMultiplier() {
        return optionMultiplier;
    }
}
