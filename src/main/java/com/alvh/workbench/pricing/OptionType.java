package com.alvh.workbench.pricing;

/** Call or put. */
public enum OptionType {
    CALL(1.0),
    PUT(-1.0);

    private final double sign;

    OptionType(double sign) {
        this.sign = sign;
    }

    /** {@code +1} for a call, {@code -1} for a put: the payoff is {@code max(sign * (S - K), 0)}. */
    public double sign() {
        return sign;
    }

    /**
     * Payoff at expiry of one unit.
     *
     * @param underlying the underlying price at expiry (index points)
     * @param strike the strike (index points)
     * @return {@code max(sign * (underlying - strike), 0)} in index points
     */
    public double payoff(double underlying, double strike) {
        return Math.max(sign * (underlying - strike), 0.0);
    }
}
