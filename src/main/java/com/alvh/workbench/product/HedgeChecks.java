package com.alvh.workbench.product;

/** Validation shared by the hedge instrument records (messages name the field and value). */
final class HedgeChecks {

    private HedgeChecks() {
    }

    static void validate(double expiry, double quantity) {
        if (!(expiry >= 0.0) || Double.isInfinite(expiry)) {
            throw new IllegalArgumentException("expiry must be finite and >= 0 years, was " + expiry);
        }
        if (!Double.isFinite(quantity)) {
            throw new IllegalArgumentException("quantity must be finite, was " + quantity);
        }
    }

    static void validateStrike(String name, double strike) {
        if (!(strike > 0.0) || Double.isInfinite(strike)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, was " + strike);
        }
    }
}
