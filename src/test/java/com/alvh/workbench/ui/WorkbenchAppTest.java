package com.alvh.workbench.ui;

import com.alvh.workbench.ui.common.Formats;
import com.alvh.workbench.ui.explore.PositionSummary;
import com.alvh.workbench.ui.explore.SamplePosition;

import static org.assertj.core.api.Assertions.assertThat;

import com.alvh.workbench.chart.ChartTheme;
import com.alvh.workbench.chart.PayoffChart;
import java.util.List;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window, headless on Monocle. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchAppTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        // File > Quit closes the stage; keep the toolkit alive for the next test.
        Platform.setImplicitExit(false);
        this.stage = stage;
        new WorkbenchApp().start(stage);
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    @Test
    void windowHasTheTitleAndIsShowing() {
        assertThat(stage.getTitle()).endsWith("ALVH Workbench");
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getScene().getWidth()).isPositive();
        assertThat(Application.getUserAgentStylesheet()).contains("primer-light");
    }

    @Test
    void chartViewerShowsExpiryAndHorizonSeries(FxRobot robot) {
        ChartViewer viewer = robot.lookup("#" + WorkbenchView.CHART_ID).queryAs(ChartViewer.class);
        assertThat(viewer.getWidth()).isGreaterThan(400);
        // At the headless screen's 1280 x 800, below the controls, above the greeks and layers tables.
        assertThat(viewer.getHeight()).isGreaterThan(250);
        JFreeChart chart = viewer.getChart();
        XYDataset data = chart.getXYPlot().getDataset();
        int points = com.alvh.workbench.ui.explore.ExploreCalculator.GRID_POINTS;
        // The condor at expiry, at T+14 with VIX by the spot-vol rule, and with the policy's layers.
        assertThat(data.getSeriesCount()).isEqualTo(3);
        assertThat(data.getSeriesKey(0)).isEqualTo(PayoffChart.EXPIRY_KEY);
        assertThat(data.getSeriesKey(1)).isEqualTo(PayoffChart.horizonKey(com.alvh.workbench.analytics.SampleScenarios.HORIZON_DAYS));
        assertThat(data.getSeriesKey(2)).isEqualTo(com.alvh.workbench.chart.HedgedPayoffChart.hedgedKey(
                com.alvh.workbench.analytics.SampleScenarios.HORIZON_DAYS));
        assertThat(data.getItemCount(0)).isEqualTo(points);
        assertThat(data.getItemCount(1)).isEqualTo(points);
    }

    @Test
    void legsPanelShowsFourLegsAndHeadlineNumbers(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<PositionSummary.Leg> table =
                robot.lookup("#" + WorkbenchView.LEGS_TABLE_ID).queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(4);
        // All four rows are actually laid out with content (no scrolling needed).
        long filledRows = robot.lookup("#" + WorkbenchView.LEGS_TABLE_ID + " .table-row-cell")
                .queryAll().stream().filter(n -> n instanceof TableRow<?> row && !row.isEmpty()).count();
        assertThat(filledRows).isEqualTo(4);
        List<String> cells = robot.lookup("#" + WorkbenchView.LEGS_TABLE_ID + " .table-cell")
                .queryAllAs(TableCell.class).stream().map(TableCell::getText).collect(Collectors.toList());
        assertThat(cells).filteredOn("Short"::equals).hasSize(2);
        assertThat(cells).filteredOn("Long"::equals).hasSize(2);
        // The legs shown are the sample scenario's first condor (its market and its model-path skew).
        com.alvh.workbench.scenario.ScenarioSpec spec = com.alvh.workbench.scenario.ScenarioSamples.baseCondorAlvh();
        com.alvh.workbench.product.IronCondor condor = com.alvh.workbench.scenario.ScenarioCondor.first(spec,
                com.alvh.workbench.scenario.ScenarioCondor.market(spec));
        for (double strike : new double[] {condor.longPutStrike(), condor.shortPutStrike(), condor.shortCallStrike(),
            condor.longCallStrike()}) {
            assertThat(cells).contains(String.format(java.util.Locale.US, "%,.0f", strike));
        }
        assertThat(cells).contains("Put", "Call");

        PositionSummary summary = SamplePosition.summary(condor, com.alvh.workbench.scenario.ScenarioCondor.market(spec),
                spec.market().skew(), com.alvh.workbench.scenario.ScenarioCondor.ruleText(spec),
                spec.condor().daysToExpiry());
        assertThat(robot.lookup("#creditValue").queryAs(Label.class).getText())
                .isEqualTo(Formats.usd(summary.netCredit()));
        assertThat(robot.lookup("#maxLossValue").queryAs(Label.class).getText())
                .isEqualTo(Formats.usd(-summary.maxLoss())).startsWith("-$");
        assertThat(robot.lookup("#breakEvensValue").queryAs(Label.class).getText()).contains(" / ");
        assertThat(robot.lookup("#" + WorkbenchView.STATUS_ID).queryAs(Label.class).getText()).isNotEmpty();
    }

    @Test
    void viewMenuSwitchesToDarkAndBack(FxRobot robot) {
        robot.clickOn("View").clickOn("Dark theme");
        WaitForAsyncUtils.waitForFxEvents();
        ChartViewer viewer = robot.lookup("#" + WorkbenchView.CHART_ID).queryAs(ChartViewer.class);
        assertThat(viewer.getChart().getBackgroundPaint()).isEqualTo(ChartTheme.DARK.background());
        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");

        robot.clickOn("View").clickOn("Light theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewer.getChart().getBackgroundPaint()).isEqualTo(ChartTheme.LIGHT.background());
        assertThat(Application.getUserAgentStylesheet()).contains("primer-light");
    }

    @Test
    void fileMenuOffersExportsAndQuitWithShortcut(FxRobot robot) {
        assertThat(menuItem(robot, "exportPng").getText()).contains("PNG");
        assertThat(menuItem(robot, "exportSvg").getText()).contains("SVG");
        assertThat(menuItem(robot, "quit").getAccelerator().getDisplayText()).contains("Q");

        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isFalse();
    }
}
