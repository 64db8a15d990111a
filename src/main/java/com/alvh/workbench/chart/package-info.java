/** JFreeChart builders and chart export (PNG, SVG, PDF). The only layer below ui that sees JFreeChart. */
package com.alvh.workbench.chart;
