package com.alvh.workbench.report;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The outputs a {@link ReportWriter} can produce. */
public enum ReportFormat {
    /** {@code report.html}: one self-contained page, charts inlined as SVG, no network references. */
    HTML,
    /** {@code report.pdf}: text pages with the tables, then the charts as vector graphics. */
    PDF,
    /** One PNG per chart, {@code chart-ID.png}. */
    PNG,
    /** One SVG per chart, {@code chart-ID.svg}. */
    SVG,
    /** The underlying series and tables as CSV files. */
    CSV;

    /** Every format. */
    public static Set<ReportFormat> all() {
        return EnumSet.allOf(ReportFormat.class);
    }

    /**
     * Parses a comma-separated list such as {@code "html,pdf,csv"} (case-insensitive, spaces ignored).
     *
     * @throws IllegalArgumentException naming the unknown format and listing the known ones
     */
    public static Set<ReportFormat> parse(String list) {
        if (list == null || list.isBlank()) {
            throw new IllegalArgumentException("format list is empty; use some of html,pdf,png,svg,csv");
        }
        Set<ReportFormat> out = EnumSet.noneOf(ReportFormat.class);
        for (String token : list.split(",")) {
            String t = token.trim();
            if (t.isEmpty()) {
                continue;
            }
            try {
                out.add(valueOf(t.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown report format '" + t + "'; use some of html,pdf,png,svg,csv",
                        e);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("format list is empty; use some of html,pdf,png,svg,csv");
        }
        return out;
    }
}
