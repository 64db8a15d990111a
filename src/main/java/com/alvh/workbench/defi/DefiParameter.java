package com.alvh.workbench.defi;

import java.util.Locale;

/**
 * One editable number of a DeFi sample (a position's size, a range edge, a trigger level), as
 * offered by the scenario file's {@code defi.parameters} and the workbench's DeFi editor.
 *
 * @param key the name in the scenario file ({@code "capital"}); letters and digits, starting with a letter
 * @param label a short human label ("Capital")
 * @param unit the unit shown next to the value ("USD", "x entry", "/yr", "" for a plain number)
 * @param defaultValue the sample's own value, in {@code unit}
 * @param min the smallest value accepted (inclusive)
 * @param max the largest value accepted (inclusive)
 * @param integer whether only whole numbers are accepted (signers, positions)
 * @param help one or two sentences that explain the term, for tooltips and docs
 */
public record DefiParameter(String key, String label, String unit, double defaultValue, double min, double max,
                            boolean integer, String help) {

    public DefiParameter {
        if (key == null || !key.matches("[a-z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("key must be a camelCase word, was '" + key + "'");
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("label of " + key + " must not be blank");
        }
        if (unit == null) {
            unit = "";
        }
        if (help == null) {
            help = "";
        }
        if (!(min <= max) || !Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException(key + ": min must not exceed max and both must be finite, were "
                    + min + " and " + max);
        }
        if (!(defaultValue >= min && defaultValue <= max)) {
            throw new IllegalArgumentException(key + ": default " + defaultValue + " is outside [" + min + ", " + max + "]");
        }
        if (integer && (defaultValue != Math.rint(defaultValue) || min != Math.rint(min) || max != Math.rint(max))) {
            throw new IllegalArgumentException(key + ": an integer parameter needs whole default, min and max");
        }
    }

    /**
     * Why a value is not accepted, or null if it is.
     *
     * @param value a candidate value in {@link #unit()}
     * @return a message such as "must be between 0.01 and 0.99, was 1.5", or null
     */
    public String problem(double value) {
        if (!Double.isFinite(value)) {
            return "must be a finite number, was " + value;
        }
        if (value < min || value > max) {
            return "must be between " + format(min) + " and " + format(max) + ", was " + format(value);
        }
        if (integer && value != Math.rint(value)) {
            return "must be a whole number, was " + format(value);
        }
        return null;
    }

    /** A value as written in messages: whole numbers without a decimal point, others as given. */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) v);
        }
        return Double.toString(v);
    }
}
