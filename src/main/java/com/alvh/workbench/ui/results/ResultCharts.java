package com.alvh.workbench.ui.results;

import com.alvh.workbench.ui.common.NamedChart;

import com.alvh.workbench.chart.ChartTheme;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;

/**
 * Extension point of the results dashboard: turns a finished policy comparison into the charts
 * the Results tab shows above its table (P&amp;L distribution, drawdown, equity fan, VIX with
 * triggers...). The builders live in the chart package; an implementation here only calls them.
 * Until one is plugged in ({@link WorkbenchApp} passes {@link #NONE}), the tab shows a placeholder.
 *
 * <p>Called on a worker thread right after a run (charts are plain JFreeChart objects, not scene
 * graph), and again on the FX thread when the theme changes.
 */
@FunctionalInterface
public interface ResultCharts {

    /** No charts yet: the dashboard shows its placeholder. */
    ResultCharts NONE = (result, theme) -> List.of();

    /**
     * @param result the comparison (every policy's full result and summary)
     * @param theme chart colours
     * @return the charts, in display order
     */
    List<NamedChart> charts(ComparisonResult result, ChartTheme theme);
}
