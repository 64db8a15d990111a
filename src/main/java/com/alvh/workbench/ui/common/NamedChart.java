package com.alvh.workbench.ui.common;

import java.util.Objects;
import org.jfree.chart.JFreeChart;

/**
 * One dashboard chart.
 *
 * @param title the tab title, e.g. "P&amp;L distribution"
 * @param fileName suggested export file name without extension
 * @param chart the chart
 */
public record NamedChart(String title, String fileName, JFreeChart chart) {
    public NamedChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(chart, "chart");
    }
}
