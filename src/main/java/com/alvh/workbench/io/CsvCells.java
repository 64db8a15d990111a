package com.alvh.workbench.io;

import java.util.regex.Pattern;

/**
 * Cells of the CSV files the product writes, safe to open in a spreadsheet (OWASP "CSV Injection").
 *
 * <p>A text cell that begins with {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage
 * return, which some spreadsheets skip before reading a formula) would be run as a formula: a layer
 * named {@code =HYPERLINK("http://evil","x")} becomes a link. Such a cell gets a leading apostrophe,
 * which spreadsheets show as text and never evaluate. A plain number ({@code -12.50}, {@code +3},
 * {@code -1.5E-7}, {@code -Infinity}) is left alone: it is data, not a formula. Then the cell is quoted
 * (RFC 4180) when it holds a comma, a quote or a line break.
 */
public final class CsvCells {

    private static final Pattern NUMBER =
            Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?|[+-]?Infinity");

    private CsvCells() {
    }

    /** {@code s} as one CSV field: neutralised if a spreadsheet would run it, quoted if it must be. */
    public static String field(String s) {
        return quoted(neutralised(s));
    }

    /** {@code s} with a leading apostrophe if a spreadsheet would read it as a formula; else unchanged. */
    public static String neutralised(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return risky && !NUMBER.matcher(s).matches() ? "'" + s : s;
    }

    /** {@code s} quoted (RFC 4180) when it holds a comma, a quote or a line break; else unchanged. */
    public static String quoted(String s) {
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
