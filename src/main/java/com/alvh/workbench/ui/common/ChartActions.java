package com.alvh.workbench.ui.common;

import com.alvh.workbench.chart.ChartExport;
import org.jfree.chart.JFreeChart;

/** What a chart's context menu asks of the window: export to a file, copy as an image. */
public interface ChartActions {

    /**
     * Asks for a file and writes {@code chart} to it.
     *
     * @param chart the chart as shown
     * @param format PNG or SVG
     * @param baseName suggested file name without extension, e.g. "payoff"
     */
    void export(JFreeChart chart, ChartExport.Format format, String baseName);

    /**
     * Puts an image of {@code chart} on the clipboard.
     *
     * @param chart the chart as shown
     * @param widthPx image width (pixels)
     * @param heightPx image height (pixels)
     */
    void copy(JFreeChart chart, int widthPx, int heightPx);
}
