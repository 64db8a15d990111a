package com.alvh.workbench.ui.common;

import com.alvh.workbench.hedge.SizeRule;
import com.alvh.workbench.hedge.StrikeRule;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one-line text forms the scenario editor uses for numbers, percentages, strike rules and size
 * rules, and their parsers. Every parser throws {@link IllegalArgumentException} with a message fit
 * to show next to the field.
 */
public final class FieldText {

    private static final Pattern STRIKE_DELTA = Pattern.compile("(?i)\\s*delta\\s+([-+]?[0-9.]+)\\s*");
    private static final Pattern PERCENT = Pattern.compile("\\s*([-+]?[0-9.,]+)\\s*%\\s*(.*)");
    private static final Pattern VEGA = Pattern.compile("(?i)\\s*vega\\s*(?:ratio)?\\s+([0-9.,]+)\\s*");
    private static final Pattern CASH = Pattern.compile("(?i)\\s*(?:\\$|usd)\\s*([0-9.,]+)\\s*");
    private static final Pattern CONTRACTS = Pattern.compile("(?i)\\s*([0-9.,]+)\\s+contracts?\\s*");

    private FieldText() {
    }

    /**
     * A number as people read it: thousands grouped ({@code 50,000,000}), no trailing {@code .0}, no
     * exponent, no "-0"; the parsers here read it back (they drop the commas).
     */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0",
                java.text.DecimalFormatSymbols.getInstance(Locale.US));
        f.setMaximumFractionDigits(340);
        return f.format(new BigDecimal(Double.toString(v)).stripTrailingZeros());
    }

    /** A fraction as a percentage, e.g. 0.05 as {@code 5 %}. */
    public static String percent(double fraction) {
        return number(new BigDecimal(Double.toString(fraction)).movePointRight(2).doubleValue()) + " %";
    }

    /**
     * Parses a number.
     *
     * @param field the field's label, for the message
     * @param text the text
     * @throws IllegalArgumentException "field: 'x' is not a number"
     */
    public static double parseNumber(String field, String text) {
        String t = text == null ? "" : text.strip().replace(",", "");
        if (t.isEmpty()) {
            throw new IllegalArgumentException(field + " is required");
        }
        try {
            double v = Double.parseDouble(t);
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(field + " must be finite, was '" + text + "'");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": '" + text.strip() + "' is not a number");
        }
    }

    /** An optional number: blank means absent (NaN). */
    public static double parseOptionalNumber(String field, String text) {
        return text == null || text.isBlank() ? Double.NaN : parseNumber(field, text);
    }

    /** A whole number. */
    public static int parseInt(String field, String text) {
        double v = parseNumber(field, text);
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(field + " must be a whole number, was '" + text.strip() + "'");
        }
        return (int) v;
    }

    /** A long integer (seeds). */
    public static long parseLong(String field, String text) {
        String t = text == null ? "" : text.strip();
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " must be a whole number, was '" + t + "'");
        }
    }

    /** A percentage ({@code 5 %} or {@code 5}) as a fraction (0.05). */
    public static double parsePercent(String field, String text) {
        String t = text == null ? "" : text.strip();
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        double pct = parseNumber(field, t);
        return new BigDecimal(Double.toString(pct)).movePointLeft(2).doubleValue();
    }

    /** The text form of a strike rule: {@code delta 0.3}, {@code +10 %} (from the reference) or {@code 25} (absolute). */
    public static String strike(StrikeRule rule) {
        if (rule == null) {
            return "";
        }
        if (rule instanceof StrikeRule.Delta d) {
            return "delta " + number(d.delta());
        }
        if (rule instanceof StrikeRule.PercentFromReference p) {
            return (p.percent() >= 0 ? "+" : "") + percent(p.percent());
        }
        return number(((StrikeRule.Absolute) rule).strike());
    }

    /** Parses {@link #strike(StrikeRule)}'s forms. */
    public static StrikeRule parseStrike(String text) {
        String t = text == null ? "" : text.strip();
        Matcher m = STRIKE_DELTA.matcher(t);
        if (m.matches()) {
            return new StrikeRule.Delta(parseNumber("delta", m.group(1)));
        }
        m = PERCENT.matcher(t);
        if (m.matches() && m.group(2).isBlank()) {
            return new StrikeRule.PercentFromReference(parsePercent("strike", m.group(1)));
        }
        try {
            return new StrikeRule.Absolute(parseNumber("strike", t));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("strike: write 'delta 0.3', '+10 %' (from the VIX future; -10 % below SPX "
                    + "for puts) or an absolute strike such as '25'; was '" + t + "'");
        }
    }

    /** The text form of a size rule: {@code 3 % of max loss}, {@code 1 % of capital}, {@code vega 0.5}, {@code $ 5000}, {@code 10 contracts}. */
    public static String size(SizeRule rule) {
        if (rule instanceof SizeRule.FractionOfMaxLoss f) {
            return percent(f.fraction()) + " of max loss";
        }
        if (rule instanceof SizeRule.FractionOfCapital f) {
            return percent(f.fraction()) + " of capital";
        }
        if (rule instanceof SizeRule.VegaRatio v) {
            return "vega " + number(v.ratio());
        }
        if (rule instanceof SizeRule.CashBudget c) {
            return "$ " + number(c.usd());
        }
        return number(((SizeRule.Contracts) rule).contracts()) + " contracts";
    }

    /** Parses {@link #size(SizeRule)}'s forms. */
    public static SizeRule parseSize(String text) {
        String t = text == null ? "" : text.strip();
        Matcher m = PERCENT.matcher(t);
        if (m.matches()) {
            String of = m.group(2).strip().toLowerCase(Locale.ROOT);
            double f = parsePercent("size", m.group(1));
            if (of.equals("of max loss")) {
                return new SizeRule.FractionOfMaxLoss(f);
            }
            if (of.equals("of capital")) {
                return new SizeRule.FractionOfCapital(f);
            }
        }
        m = VEGA.matcher(t);
        if (m.matches()) {
            return new SizeRule.VegaRatio(parseNumber("vega ratio", m.group(1)));
        }
        m = CASH.matcher(t);
        if (m.matches()) {
            return new SizeRule.CashBudget(parseNumber("budget", m.group(1)));
        }
        m = CONTRACTS.matcher(t);
        if (m.matches()) {
            return new SizeRule.Contracts(parseNumber("contracts", m.group(1)));
        }
        throw new IllegalArgumentException("size: write '3 % of max loss', '1 % of capital', 'vega 0.5', '$ 5000' "
                + "or '10 contracts'; was '" + t + "'");
    }
}
