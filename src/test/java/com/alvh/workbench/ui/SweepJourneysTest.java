package com.alvh.workbench.ui;

import com.alvh.workbench.chart.FrontierChart;
import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.scenario.PolicySpec;
import com.alvh.workbench.sweep.SweepResult;
import com.alvh.workbench.sweep.SweepRow;
import com.alvh.workbench.ui.common.FxJobRunner;
import com.alvh.workbench.ui.sweep.SweepViewModel;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Sweep tab's journey on the real window, headless, with real jobs on a worker thread: pick an
 * axis among the policy's fields, run, cancel a big run (the frontier stays), click a frontier point
 * and find that policy in the Scenario tab.
 */
@ExtendWith(ApplicationExtension.class)
class SweepJourneysTest {

    @TempDir
    static Path dir;

    private FxJobRunner runner;
    private WorkbenchViewModel model;
    private WorkbenchView view;

    @Start
    void start(Stage stage) {
        Platform.setImplicitExit(false);
        runner = new FxJobRunner(1);
        model = WorkbenchViewModel.sample(runner, Path.of("sample-data"), dir.resolve("settings"));
        view = WorkbenchApp.show(stage, model, new ScenarioJourneysTest.ScriptedDialogs());
    }

    @AfterEach
    void stop() {
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> model.sweep().cancel());
        runner.close();
    }

    private static void waitUntil(long seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void pickAnAxisRunCancelAndOpenAFrontierPointInTheScenarioTab(FxRobot robot) throws TimeoutException {
        SweepViewModel sweep = model.sweep();
        robot.clickOn("Sweep");
        WaitForAsyncUtils.waitForFxEvents();
        Tab selected = view.tabs().getSelectionModel().getSelectedItem();
        assertThat(selected.getId()).isEqualTo("sweepTab");

        // Pick the tail layer's size among the policy's fields; the range fields fill with its default.
        @SuppressWarnings("unchecked")
        ComboBox<SweepViewModel.FieldChoice> field = robot.lookup("#sweepField").queryAs(ComboBox.class);
        SweepViewModel.FieldChoice tailSize = field.getItems().stream()
                .filter(f -> f.field().path().equals("$.policy.layers[2].size.fraction")).findFirst().orElseThrow();
        robot.interact(() -> field.getSelectionModel().select(tailSize));
        assertThat(robot.lookup("#sweepFrom").queryAs(TextField.class).getText()).isNotBlank();
        for (String[] typed : new String[][] {{"#sweepFrom", "0.005"}, {"#sweepTo", "0.06"}, {"#sweepCount", "4"}}) {
            TextField t = robot.lookup(typed[0]).queryAs(TextField.class);
            robot.interact(t::clear);
            robot.clickOn(t).write(typed[1]);
        }
        robot.clickOn("#sweepAddAxis");
        assertThat(sweep.axes()).singleElement().satisfies(a -> {
            assertThat(a.from()).isEqualTo(0.005);
            assertThat(a.to()).isEqualTo(0.06);
            assertThat(a.count()).isEqualTo(4);
        });

        // Run: the unhedged condor, the scenario's own policy and the four sizes on the same paths.
        robot.interact(() -> sweep.pathsProperty().set(200));
        robot.clickOn("#runSweep");
        waitUntil(180, () -> !sweep.runningProperty().get() && sweep.resultProperty().get() != null);
        SweepResult result = sweep.resultProperty().get();
        assertThat(result.rows()).hasSize(2 + 4);
        assertThat(sweep.statusProperty().get()).startsWith("Done: 6 policies x 200 paths");

        // A big run, cancelled: the frontier of the first run stays.
        robot.interact(() -> sweep.pathsProperty().set(SweepViewModel.MAX_PATHS));
        robot.clickOn("#runSweep");
        waitUntil(60, () -> sweep.progressProperty().get() > 0.0);
        robot.clickOn("#cancelSweep");
        waitUntil(120, () -> !sweep.runningProperty().get());
        assertThat(sweep.statusProperty().get()).contains("cancelled");
        assertThat(sweep.resultProperty().get()).isSameAs(result);

        // Click a sweep point on the chart: its policy opens in the Scenario tab.
        ChartViewer viewer = robot.lookup("#sweepFrontier").queryAs(ChartViewer.class);
        FrontierChart.Points points = (FrontierChart.Points) viewer.getChart().getXYPlot().getDataset();
        int series = pointItem(points, result, FrontierChart.FRONTIER) >= 0 ? FrontierChart.FRONTIER
                : FrontierChart.POLICIES;
        int item = pointItem(points, result, series);
        int row = points.rowAt(series, item);
        assertThat(result.rows().get(row).role()).isEqualTo(SweepRow.Role.POINT);
        AlvhPolicy expected = result.rows().get(row).policy();
        assertThat(currentPolicy()).isNotEqualTo(expected);
        robot.clickOn(screenPoint(viewer, points, series, item));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.tabs().getSelectionModel().getSelectedItem().getId()).isEqualTo("scenarioTab");
        assertThat(currentPolicy()).isEqualTo(expected);
    }

    private AlvhPolicy currentPolicy() {
        return ((PolicySpec.Custom) model.session().editor().specProperty().get().policy()).policy();
    }

    /** The first item of {@code series} that is a sweep point (not the unhedged condor or the base), or -1. */
    private static int pointItem(FrontierChart.Points points, SweepResult r, int series) {
        for (int i = 0; i < points.getItemCount(series); i++) {
            if (r.rows().get(points.rowAt(series, i)).role() == SweepRow.Role.POINT) {
                return i;
            }
        }
        return -1;
    }

    /** Where an item is drawn, on the screen: its data coordinates through the axes into the canvas. */
    private static Point2D screenPoint(ChartViewer viewer, FrontierChart.Points points, int series, int item) {
        ChartCanvas canvas = viewer.getCanvas();
        ChartRenderingInfo info = canvas.getRenderingInfo();
        Rectangle2D area = info.getPlotInfo().getDataArea();
        XYPlot plot = viewer.getChart().getXYPlot();
        double x = plot.getDomainAxis().valueToJava2D(points.getXValue(series, item), area, RectangleEdge.BOTTOM);
        double y = plot.getRangeAxis().valueToJava2D(points.getYValue(series, item), area, RectangleEdge.LEFT);
        return canvas.localToScreen(x, y);
    }
}
