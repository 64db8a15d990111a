package com.alvh.workbench.report;

import java.util.Objects;
import org.jfree.chart.JFreeChart;

/**
 * One chart of a report.
 *
 * @param id a file-name-safe id, e.g. "pnl-distribution" (files are {@code chart-ID.png})
 * @param title the heading shown above the chart in HTML and PDF
 * @param caption one sentence saying what the chart shows and in which units
 * @param chart the chart itself
 */
public record ReportChart(String id, String title, String caption, JFreeChart chart) {

    public ReportChart {
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("id must be lower-case letters, digits and '-', was '" + id + "'");
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(chart, "chart");
    }
}
