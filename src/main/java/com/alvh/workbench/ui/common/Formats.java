package com.alvh.workbench.ui.common;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the workbench writes numbers for people: grouped thousands, rounded for their unit, US
 * symbols, never "-0" (a value that rounds to zero is written without sign), "n/a" for a number
 * that does not exist (NaN: an IRR of cash flows that never change sign), and plurals that agree
 * ("1 day", "2 days").
 */
public final class Formats {

    /** What a missing number (NaN) reads as. */
    public static final String NOT_AVAILABLE = "n/a";

    private Formats() {
    }

    private static DecimalFormat format(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US));
    }

    /** {@code value} rounded to {@code digits} decimals, as text; -0 becomes 0. */
    private static String rounded(DecimalFormat f, double value, int digits) {
        if (Double.isNaN(value)) {
            return NOT_AVAILABLE;
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "\u221e" : "-\u221e";
        }
        double scale = Math.pow(10, digits);
        double r = Math.rint(value * scale) / scale;
        return f.format(r == 0.0 ? 0.0 : r); // 0.0, never -0.0
    }

    /** A count with its noun: "1 path", "20,000 paths". */
    public static String count(long n, String one, String many) {
        return format("#,##0").format(n) + " " + (n == 1 ? one : many);
    }

    /** A grouped number with exactly {@code digits} decimals: "1,234.5". */
    public static String decimal(double value, int digits) {
        String pattern = digits <= 0 ? "#,##0" : "#,##0." + "0".repeat(digits);
        return rounded(format(pattern), value, Math.max(0, digits));
    }

    /** A fraction as a percentage with {@code digits} decimals: 0.1234 as "12.3 %". */
    public static String percent(double fraction, int digits) {
        String d = decimal(100 * fraction, digits);
        return d.equals(NOT_AVAILABLE) ? d : d + " %";
    }

    /** US dollars, whole: "$1,234", "-$1,234", "$0". */
    public static String usd(double amount) {
        return rounded(format("$#,##0;-$#,##0"), amount, 0);
    }

    /** US dollars with a sign always: "+$1,234", "-$1,234", "$0" (changes against a baseline). */
    public static String signedUsd(double amount) {
        String s = usd(amount);
        return s.startsWith("-") || s.equals("$0") || s.equals(NOT_AVAILABLE) ? s : "+" + s;
    }

    /** Index points, up to two decimals: "4,770", "25.4". */
    public static String points(double value) {
        return rounded(format("#,##0.##"), value, 2);
    }

    /** A price with two decimals: "12.35". */
    public static String price(double value) {
        return rounded(format("#,##0.00"), value, 2);
    }

    /** Break-evens, one decimal, " / " between: "4,712.3 / 5,297.7", or "none". */
    public static String breakEvens(double[] values) {
        return values.length == 0 ? "none"
                : Arrays.stream(values).mapToObj(v -> decimal(v, 1)).collect(Collectors.joining(" / "));
    }
}
