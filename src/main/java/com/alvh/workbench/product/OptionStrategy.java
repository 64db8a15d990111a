package com.alvh.workbench.product;

import java.util.List;

/**
 * A position of one or more option legs, valued as the sum of its legs.
 */
public interface OptionStrategy {

    /** A short human-readable name, e.g. "Iron condor 4700/4800/5150/5250". */
    String name();

    /** The legs (immutable, non-empty). */
    List<OptionLeg> legs();

    /**
     * Cash value of the whole position at expiry (legs expiring at different times are all
     * settled at the same underlying price; use with single-expiry strategies).
     *
     * @param underlyingAtExpiry settlement price (index points)
     * @return USD
     */
    default double payoffAtExpiry(double underlyingAtExpiry) {
        double sum = 0.0;
        for (OptionLeg leg : legs()) {
            sum += leg.payoffAtExpiry(underlyingAtExpiry);
        }
        return sum;
    }

    /** The latest leg expiry (years, Act/365). */
    default double lastExpiry() {
        double t = 0.0;
        for (OptionLeg leg : legs()) {
            t = Math.max(t, leg.expiry());
        }
        return t;
    }
}
