package com.alvh.workbench.ui;

import com.alvh.workbench.ui.common.FxJobRunner;
import com.alvh.workbench.ui.common.NamedChart;
import com.alvh.workbench.ui.explore.ExploreCalculator;
import com.alvh.workbench.ui.explore.ExploreView;
import com.alvh.workbench.ui.playback.PlaybackChart;
import com.alvh.workbench.ui.playback.PlaybackView;
import com.alvh.workbench.ui.playback.PlaybackViewModel;
import com.alvh.workbench.ui.results.ResultsView;
import com.alvh.workbench.ui.results.SimulationViewModel;

import static org.assertj.core.api.Assertions.assertThat;

import com.alvh.workbench.chart.ChartExport;
import com.alvh.workbench.chart.PayoffChart;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main journeys on the real window, headless on Monocle, with real jobs on a worker thread. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchJourneysTest {

    @TempDir
    static Path dir;

    private FxJobRunner runner;
    private WorkbenchViewModel model;
    private WorkbenchView view;

    @Start
    void start(Stage stage) {
        Platform.setImplicitExit(false);
        runner = new FxJobRunner(1);
        model = WorkbenchViewModel.sample(runner, Path.of("sample-data"));
        // File dialogs answer with a file in the temporary folder.
        FileDialogs dialogs = (owner, title, name, description, extension) -> Optional.of(dir.resolve(name));
        view = WorkbenchApp.show(stage, model, dialogs);
    }

    @AfterEach
    void stop() {
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> model.simulation().cancel());
        runner.close();
    }

    private static void waitUntil(long seconds, java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void opensOnTheSampleWithTheLiveChartAndTables(FxRobot robot) {
        ChartViewer viewer = robot.lookup("#" + ExploreView.CHART_ID).queryAs(ChartViewer.class);
        assertThat(viewer.getChart()).isSameAs(model.explore().getChart());
        assertThat(viewer.getChart().getXYPlot().getDataset().getSeriesKey(1)).isEqualTo(PayoffChart.horizonKey(14));
        TableView<?> greeks = robot.lookup("#" + ExploreView.GREEKS_TABLE_ID).queryAs(TableView.class);
        // Four legs, the condor, the always-on base layer, and the condor with its layers.
        assertThat(greeks.getItems()).hasSize(7);
        TableView<?> pnl = robot.lookup("#" + ExploreView.PNL_TABLE_ID).queryAs(TableView.class);
        assertThat(pnl.getItems()).hasSize(10);
        assertThat(pnl.getColumns()).hasSize(1 + ExploreCalculator.TABLE_COLUMNS);
    }

    @Test
    void movingTheSlidersRedrawsTheChart(FxRobot robot) {
        Slider spot = robot.lookup("#" + ExploreView.SPOT_SLIDER_ID).queryAs(Slider.class);
        Slider days = robot.lookup("#" + ExploreView.DAYS_SLIDER_ID).queryAs(Slider.class);
        ChartViewer viewer = robot.lookup("#" + ExploreView.CHART_ID).queryAs(ChartViewer.class);
        XYDataset before = viewer.getChart().getXYPlot().getDataset();
        double y0 = before.getYValue(1, 60);
        robot.interact(() -> {
            spot.setValue(5150);
            days.setValue(30);
        });
        XYDataset after = viewer.getChart().getXYPlot().getDataset();
        assertThat(after.getSeriesKey(1)).isEqualTo(PayoffChart.horizonKey(30));
        assertThat(after.getYValue(1, 60)).isNotEqualTo(y0);
        assertThat(model.explore().getResult().profile().spot()).isEqualTo(5150.0);
        // The keyboard moves the slider too.
        robot.interact(spot::requestFocus);
        robot.type(KeyCode.RIGHT);
        assertThat(model.explore().spotProperty().get()).isGreaterThan(5150.0);
        assertThat(robot.lookup("#redrawTime").queryAs(Label.class).getText()).matches("redraw \\d+\\.\\d ms");
    }

    @Test
    void runsASimulationThenCancelsABigOne(FxRobot robot) throws TimeoutException {
        SimulationViewModel sim = model.simulation();
        robot.interact(() -> model.session().editor().apply(s -> s.withSimulation(s.simulation().withPaths(200)
                .withSteps(21)), "paths"));
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        try {
            waitUntil(120, () -> !sim.isRunning() && !sim.rows().isEmpty());
        } catch (TimeoutException e) {
            throw new AssertionError("no result; status: " + sim.getStatus() + ", running " + sim.isRunning(), e);
        }
        TableView<?> summary = robot.lookup("#" + ResultsView.SUMMARY_TABLE_ID).queryAs(TableView.class);
        // The scenario's policy under study, the unhedged baseline and the four presets.
        assertThat(summary.getItems()).hasSize(6);
        assertThat(robot.lookup("#" + WorkbenchView.STATUS_ID).queryAs(Label.class).getText()).startsWith("Done");
        // The dashboard shows the report's charts (distribution, fan, drawdown, VIX path, comparison, layers).
        assertThat(sim.chartsProperty().get()).extracting(NamedChart::fileName)
                .contains("chart-pnl-distribution", "chart-equity-fan", "chart-vix-path", "chart-layer-cost-benefit");

        robot.interact(() -> model.session().editor().apply(s -> s.withSimulation(s.simulation().withPaths(200_000)),
                "paths"));
        robot.clickOn("#runSimulation");
        waitUntil(60, () -> sim.progressProperty().get() > 0.0);
        robot.type(KeyCode.ESCAPE);
        waitUntil(60, () -> !sim.isRunning());
        assertThat(sim.getStatus()).contains("cancelled");
        assertThat(summary.getItems()).as("the previous results stay").hasSize(6);
    }

    @Test
    void exportsTheChartShownToPngAndSvg(FxRobot robot) throws IOException {
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Path png = dir.resolve("payoff.png");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(WorkbenchViewModel.EXPORT_WIDTH_PX);
        robot.interact(() -> view.activeChartPane().export(ChartExport.Format.SVG)); // the context menu's action
        assertThat(Files.readString(dir.resolve("payoff.svg"))).contains("<svg").contains("Break-even");
        assertThat(model.getStatus()).contains("payoff.svg");
    }

    @Test
    void playbackLoadsAnEpisodeAndStepsWithTheKeyboard(FxRobot robot) throws TimeoutException {
        robot.clickOn("Playback");
        robot.clickOn("#loadEpisode");
        PlaybackViewModel pb = model.playback();
        waitUntil(60, () -> pb.getData() != null);
        Label date = robot.lookup("#playbackDate").queryAs(Label.class);
        assertThat(date.getText()).isEqualTo("2020-02-19");
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        assertThat(pb.getPosition()).isEqualTo(2);
        assertThat(date.getText()).isEqualTo(pb.getData().dates()[2].toString());
        assertThat(PlaybackChart.cursor(pb.getChart())).isEqualTo(PlaybackChart.millis(pb.getData().dates()[2]));
        robot.clickOn("#stepBack");
        assertThat(pb.getPosition()).isEqualTo(1);
        robot.type(KeyCode.END);
        assertThat(robot.lookup("#playbackSpx").queryAs(Label.class).getText()).isEqualTo("2,237.40");
        ChartViewer viewer = robot.lookup("#" + PlaybackView.CHART_ID).queryAs(ChartViewer.class);
        assertThat(viewer.getChart()).isSameAs(pb.getChart());
    }
}
