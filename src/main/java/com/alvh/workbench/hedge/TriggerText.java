package com.alvh.workbench.hedge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a trigger from the text {@link Trigger#describe()} writes, so a trigger can be edited as one
 * readable line ({@code VIX > 20 or VIX/VIX3M >= 0.95}) and read back exactly. Grammar:
 * <pre>
 * expr   := unary ( ("and" | "or") unary )*        (one kind of operator per level; parenthesise to mix)
 * unary  := "not" "(" expr ")" | "(" expr ")" | atom
 * atom   := "always"
 *         | "VIX" (">" | "<") number
 *         | number "&lt;=" "VIX" "future(" days "d)" "&lt;" number
 *         | "VIX/VIX3M" "&gt;=" number
 *         | "portfolio" "drawdown" "&gt;=" number "%"
 *         | "SPX" "drawdown" "&gt;=" number "%"
 *         | ("SPX" | "VIX") indicator (">" | "<") number      indicator: RSI, MACD, MACD_HISTOGRAM, DISTANCE_FROM_MOVING_AVERAGE
 *         | ("FOMC" | "CPI" | "PPI" | "NFP") "within" days "days"
 *         | "realised" "vol" "&gt;" number "%"
 *         | "peg" "deviation" "&gt;=" number "%"
 * </pre>
 * Keywords are case-insensitive. Percentages are in percent (5 % = 0.05).
 */
public final class TriggerText {

    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(future\\(\\s*\\d+\\s*d\\s*\\)|VIX/VIX3M|>=|<=|>|<|\\(|\\)|%|[-+]?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?|[A-Za-z_]+)",
            Pattern.CASE_INSENSITIVE);

    private final List<String> tokens;
    private final List<Integer> positions;
    private final String text;
    private int at;

    private TriggerText(String text) {
        this.text = text;
        this.tokens = new ArrayList<>();
        this.positions = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            if (!m.find(i) || m.start(1) != skipSpaces(text, i)) {
                throw new IllegalArgumentException("unexpected '" + text.charAt(i) + "' at position " + (i + 1));
            }
            tokens.add(m.group(1));
            positions.add(m.start(1) + 1);
            i = m.end();
        }
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Parses a trigger.
     *
     * @param text e.g. {@code VIX > 25 and VIX/VIX3M >= 1}
     * @return the trigger
     * @throws IllegalArgumentException naming the position and what was expected
     */
    public static Trigger parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a trigger is required, e.g. 'VIX > 20' or 'always'");
        }
        TriggerText p = new TriggerText(text);
        Trigger t = p.expr();
        if (p.at < p.tokens.size()) {
            throw p.error("expected 'and', 'or' or the end");
        }
        return t;
    }

    private Trigger expr() {
        List<Trigger> parts = new ArrayList<>();
        parts.add(unary());
        String op = null;
        while (peekIs("and") || peekIs("or")) {
            String next = tokens.get(at).toLowerCase(Locale.ROOT);
            if (op != null && !op.equals(next)) {
                throw error("use parentheses to mix 'and' and 'or'");
            }
            op = next;
            at++;
            parts.add(unary());
        }
        if (op == null) {
            return parts.get(0);
        }
        return op.equals("and") ? new Trigger.AllOf(parts) : new Trigger.AnyOf(parts);
    }

    private Trigger unary() {
        if (peekIs("not")) {
            at++;
            expect("(");
            Trigger inner = expr();
            expect(")");
            return new Trigger.Not(inner);
        }
        if (peekIs("(")) {
            at++;
            Trigger inner = expr();
            expect(")");
            return inner;
        }
        return atom();
    }

    private Trigger atom() {
        if (at >= tokens.size()) {
            throw error("expected a condition such as 'VIX > 20'");
        }
        String t = tokens.get(at);
        String u = t.toUpperCase(Locale.ROOT);
        if (u.equals("ALWAYS")) {
            at++;
            return new Trigger.Always();
        }
        if (u.equals("VIX/VIX3M")) {
            at++;
            expect(">=");
            return new Trigger.VixRatioAbove(number());
        }
        if (isNumber(t)) {
            double low = number();
            expect("<=");
            expect("VIX");
            String f = next("'future(Nd)'");
            if (!f.toLowerCase(Locale.ROOT).startsWith("future(")) {
                throw error("expected 'future(Nd)'", at - 1);
            }
            int days = Integer.parseInt(f.replaceAll("[^0-9]", ""));
            expect("<");
            double high = number();
            return new Trigger.VixFutureBetween(low, high, days);
        }
        if (u.equals("REALISED")) {
            at++;
            expect("vol");
            expect(">");
            return new Trigger.RealisedVolAbove(percent());
        }
        if (u.equals("PEG")) {
            at++;
            expect("deviation");
            expect(">=");
            return new Trigger.PegDeviationAbove(percent());
        }
        if (u.equals("PORTFOLIO")) {
            at++;
            expect("drawdown");
            expect(">=");
            double fraction = percent();
            return new Trigger.PortfolioDrawdownAbove(fraction);
        }
        if (u.equals("SPX") || u.equals("VIX")) {
            at++;
            IndicatorSeries series = IndicatorSeries.valueOf(u);
            if (series == IndicatorSeries.SPX && peekIs("drawdown")) {
                at++;
                expect(">=");
                return new Trigger.SpxDrawdownAbove(percent());
            }
            if (series == IndicatorSeries.VIX && (peekIs(">") || peekIs("<"))) {
                boolean above = tokens.get(at++).equals(">");
                double level = number();
                return above ? new Trigger.VixAbove(level) : new Trigger.VixBelow(level);
            }
            String name = next("an indicator (RSI, MACD, MACD_HISTOGRAM, DISTANCE_FROM_MOVING_AVERAGE)");
            IndicatorKind kind;
            try {
                kind = IndicatorKind.valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw error("unknown indicator '" + name + "', expected RSI, MACD, MACD_HISTOGRAM or DISTANCE_FROM_MOVING_AVERAGE", at - 1);
            }
            String cmp = next("'>' or '<'");
            if (!cmp.equals(">") && !cmp.equals("<")) {
                throw error("expected '>' or '<'", at - 1);
            }
            double threshold = number();
            return cmp.equals(">") ? new Trigger.IndicatorAbove(series, kind, threshold)
                    : new Trigger.IndicatorBelow(series, kind, threshold);
        }
        for (EventKind e : EventKind.values()) {
            if (u.equals(e.name())) {
                at++;
                expect("within");
                double days = number();
                if (days != Math.rint(days)) {
                    throw error("event look-ahead must be whole trading days", at - 1);
                }
                expect("days");
                return new Trigger.EventWithin(e, (int) days);
            }
        }
        throw error("unknown condition '" + t + "'; expected e.g. 'VIX > 20', 'VIX/VIX3M >= 1', "
                + "'SPX drawdown >= 7 %', 'VIX RSI > 70', 'FOMC within 3 days' or 'always'");
    }

    private boolean peekIs(String s) {
        return at < tokens.size() && tokens.get(at).equalsIgnoreCase(s);
    }

    private void expect(String s) {
        if (!peekIs(s)) {
            throw error("expected '" + s + "'");
        }
        at++;
    }

    private String next(String what) {
        if (at >= tokens.size()) {
            throw error("expected " + what);
        }
        return tokens.get(at++);
    }

    private double number() {
        if (at >= tokens.size() || !isNumber(tokens.get(at))) {
            throw error("expected a number");
        }
        return Double.parseDouble(tokens.get(at++));
    }

    /** A number followed by "%", as a fraction; the decimal point is shifted exactly (5.12 % is 0.0512, not 0.05120000000000001). */
    private double percent() {
        if (at >= tokens.size() || !isNumber(tokens.get(at))) {
            throw error("expected a percentage");
        }
        double fraction = new java.math.BigDecimal(tokens.get(at++)).movePointLeft(2).doubleValue();
        expect("%");
        return fraction;
    }

    private static boolean isNumber(String s) {
        char c = s.charAt(0);
        return Character.isDigit(c) || ((c == '-' || c == '+') && s.length() > 1);
    }

    private IllegalArgumentException error(String message) {
        return error(message, at);
    }

    private IllegalArgumentException error(String message, int tokenIndex) {
        String where = tokenIndex < tokens.size() ? "at position " + positions.get(tokenIndex) + " ('"
                + tokens.get(tokenIndex) + "')" : "at the end of '" + text.strip() + "'";
        return new IllegalArgumentException(message + " " + where);
    }
}
