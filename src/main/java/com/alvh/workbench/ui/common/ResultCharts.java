package com.alvh.workbench.ui.common;

import com.alvh.workbench.chart.ChartTheme;
import com.alvh.workbench.scenario.RunResult;
import java.util.List;

/**
 * Turns a finished run (equity or DeFi, {@link RunResult}) into the charts a results dashboard shows
 * (P&amp;L distributions, drawdown, equity fan, the VIX or realised-vol path with triggers...). The
 * builders live in the chart and report packages; an implementation here only calls them.
 *
 * <p>Called on a worker thread right after a run (charts are plain JFreeChart objects, not scene
 * graph), and again on the FX thread when the theme changes.
 */
@FunctionalInterface
public interface ResultCharts {

    /** No charts: the dashboard shows its placeholder. */
    ResultCharts NONE = (result, theme) -> List.of();

    /**
     * @param result the run (every policy's full result and summary)
     * @param theme chart colours
     * @return the charts, in display order
     */
    List<NamedChart> charts(RunResult result, ChartTheme theme);
}
