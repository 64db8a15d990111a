package com.alvh.workbench.ui.common;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the workbench writes numbers for people: grouped, rounded for their unit, US symbols. */
public final class Formats {

    private Formats() {
    }

    private static DecimalFormatSymbols symbols() {
        return DecimalFormatSymbols.getInstance(Locale.US);
    }

    public static String usd(double amount) {
        return new DecimalFormat("$#,##0;-$#,##0", symbols()).format(amount);
    }

    public static String points(double value) {
        return new DecimalFormat("#,##0.##", symbols()).format(value);
    }

    public static String price(double value) {
        return new DecimalFormat("#,##0.00", symbols()).format(value);
    }

    public static String breakEvens(double[] values) {
        NumberFormat format = new DecimalFormat("#,##0.0", symbols());
        return values.length == 0 ? "none"
                : Arrays.stream(values).mapToObj(format::format).collect(Collectors.joining(" / "));
    }
}
