package com.alvh.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.alvh.workbench.market.HistoricalEpisode;
import com.alvh.workbench.ui.common.FxJobRunner;
import com.alvh.workbench.ui.explore.ExploreView;
import com.alvh.workbench.ui.playback.PlaybackViewModel;
import com.alvh.workbench.ui.results.ResultsView;
import com.alvh.workbench.ui.results.SimulationViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Cell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workbench tells the truth at a glance (issue 13), as a person uses it, on the real window
 * (headless Monocle) with real runs on a worker: a result marked stale after an edit and current
 * again after a run, Run refused while a field holds refused text, a hedge layer appearing in
 * Explore as VIX crosses its trigger, a playback that grows day by day with its callouts, a
 * dashboard with every policy and every chart in view, and a layout that holds at 1024 x 768.
 */
@ExtendWith(ApplicationExtension.class)
class TruthJourneysTest {

    @TempDir
    static Path dir;

    private FxJobRunner runner;
    private WorkbenchViewModel model;
    private WorkbenchView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        Platform.setImplicitExit(false);
        this.stage = stage;
        runner = new FxJobRunner(1);
        model = WorkbenchViewModel.sample(runner, Path.of("sample-data"), dir.resolve("settings"));
        view = WorkbenchApp.show(stage, model, (owner, title, name, description, extension) -> Optional.of(dir.resolve(name)));
        // A small, quick run: the journeys are about the screen, not the numbers.
        model.session().editor().apply(s -> s.withSimulation(s.simulation().withPaths(200).withSteps(21)), "paths");
    }

    @AfterEach
    void stop() {
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            model.simulation().cancel();
            model.defi().cancel();
        });
        runner.close();
    }

    private static void waitUntil(long seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void select(FxRobot robot, String tabId) {
        robot.interact(() -> view.tabs().getSelectionModel().select(
                view.tabs().getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().orElseThrow()));
    }

    /** Types {@code text} into the field with {@code id} and presses Enter. */
    private static void type(FxRobot robot, String id, String text) {
        TextField f = robot.lookup("#" + id).queryAs(TextField.class);
        robot.interact(() -> {
            f.requestFocus();
            f.setText(text);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void runAndWait(FxRobot robot) throws TimeoutException {
        SimulationViewModel sim = model.simulation();
        robot.clickOn("#" + ResultsView.RUN_ID);
        waitUntil(120, () -> !sim.isRunning() && sim.resultProperty().get() != null);
    }

    @Test
    void aResultIsMarkedStaleAfterAnEditAndCurrentAgainAfterARun(FxRobot robot) throws TimeoutException {
        select(robot, "resultsTab");
        runAndWait(robot);
        Label stale = robot.lookup("#" + ResultsView.STALE_ID).queryAs(Label.class);
        assertThat(stale.isVisible()).isFalse();
        select(robot, "scenarioTab");
        type(robot, "field-market-vix", "22");
        select(robot, "resultsTab");
        assertThat(stale.isVisible()).isTrue();
        assertThat(stale.getText()).isEqualTo("Inputs changed \u2013 run again: VIX 16 \u2192 22");
        // The Results tab's own paths field is the scenario's: an edit there is an edit of the scenario.
        type(robot, "field-simulation-paths-results", "300");
        assertThat(stale.getText()).contains("paths 200 \u2192 300");
        Label playbackStale = robot.lookup("#playbackStale").queryAs(Label.class);
        assertThat(playbackStale.isVisible()).as("no playback loaded, nothing stale").isFalse();
        runAndWait(robot);
        assertThat(stale.isVisible()).isFalse();
        assertThat(model.simulation().resultProperty().get().scenario().spec().market().vix()).isEqualTo(22.0);

        // The DeFi tab the same way: run, edit, marked with what changed, run again, current.
        select(robot, "defiTab");
        robot.interact(() -> model.defi().editor().chooseSample("stable-lp-depeg"));
        type(robot, "field-simulation-paths", "100");
        Label defiStale = robot.lookup("#defiStale").queryAs(Label.class);
        robot.clickOn("#defiRun");
        waitUntil(120, () -> !model.defi().runningProperty().get() && model.defi().resultProperty().get() != null);
        assertThat(defiStale.isVisible()).isFalse();
        type(robot, "field-simulation-seed", "99");
        assertThat(defiStale.isVisible()).isTrue();
        assertThat(defiStale.getText()).startsWith("Inputs changed \u2013 run again: seed ").endsWith("\u2192 99");
        robot.clickOn("#defiRun");
        waitUntil(120, () -> !model.defi().runningProperty().get() && !model.defi().freshness().isStale());
        assertThat(defiStale.isVisible()).isFalse();
    }

    @Test
    void runIsRefusedWithTheReasonWhileAFieldHoldsRefusedTextInBothEditors(FxRobot robot) throws TimeoutException {
        select(robot, "scenarioTab");
        type(robot, "field-market-vix", "abc");
        select(robot, "resultsTab");
        Button run = robot.lookup("#" + ResultsView.RUN_ID).queryAs(Button.class);
        assertThat(run.isDisabled()).isTrue();
        Label blocked = robot.lookup("#runBlocked").queryAs(Label.class);
        assertThat(blocked.getText()).isEqualTo("Fix the field first: VIX: 'abc' is not a number");
        assertThat(run.getTooltip().getText()).isEqualTo(blocked.getText());
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.simulation().resultProperty().get()).isNull();
        assertThat(model.simulation().isRunning()).isFalse();
        // Fixed: Run is back.
        select(robot, "scenarioTab");
        type(robot, "field-market-vix", "18");
        assertThat(run.isDisabled()).isFalse();
        assertThat(blocked.isVisible()).isFalse();

        // The DeFi editor: two fields red, Run refused, naming both.
        select(robot, "defiTab");
        type(robot, "field-simulation-paths", "many");
        type(robot, "field-simulation-days", "-");
        Button defiRun = robot.lookup("#defiRun").queryAs(Button.class);
        assertThat(defiRun.isDisabled()).isTrue();
        assertThat(robot.lookup("#defiRunBlocked").queryAs(Label.class).getText())
                .startsWith("Fix 2 fields first: paths").contains("days");
    }

    @Test
    void exploreShowsTheLayersAndOneAppearsAsVixCrossesItsTrigger(FxRobot robot) {
        select(robot, "exploreTab");
        @SuppressWarnings("unchecked")
        TableView<com.alvh.workbench.hedge.LayerWhatIf.LayerValue> layers =
                robot.lookup("#" + ExploreView.LAYERS_ID).queryAs(TableView.class);
        // The regime layer waits for VIX > 20: VIX 16 + 3.5 = 19.5 leaves it off, + 4.5 = 20.5 brings it in.
        type(robot, "vixShiftField", "3.5");
        assertThat(layers.getItems().get(1).name()).isEqualTo("Regime VIX calls");
        assertThat(layers.getItems().get(1).on()).isFalse();
        type(robot, "vixShiftField", "4.5");
        assertThat(layers.getItems().get(1).on()).isTrue();
        assertThat(layers.getItems().get(1).reason()).startsWith("VIX 20");
        TableView<?> greeks = robot.lookup("#" + ExploreView.GREEKS_TABLE_ID).queryAs(TableView.class);
        assertThat(greeks.getItems()).anyMatch(r -> r.toString().contains("Regime VIX calls"));
        // Typed nonsense is refused and said; a clamp is said.
        type(robot, "spotField", "abc");
        Label notice = robot.lookup("#exploreNotice").queryAs(Label.class);
        assertThat(notice.getText()).isEqualTo("Spot: 'abc' is not a number; kept 5,000");
        type(robot, "spotField", "99999");
        assertThat(notice.getText()).isEqualTo("Spot 99,999 is outside 3,000 to 6,000: set to 6,000");
        // Wheel up zooms in (JFreeChart's own handler zooms out): one notch at the plot's centre.
        ChartViewer payoffChart = robot.lookup("#" + ExploreView.CHART_ID).queryAs(ChartViewer.class);
        double[] spans = new double[2];
        robot.interact(() -> {
            org.jfree.chart.axis.ValueAxis spotAxis = payoffChart.getChart().getXYPlot().getDomainAxis();
            spans[0] = spotAxis.getRange().getLength();
            var area = payoffChart.getRenderingInfo().getPlotInfo().getDataArea();
            // An event's coordinates are the scene's; the canvas gets them in its own.
            var at = payoffChart.getCanvas().localToScene(area.getCenterX(), area.getCenterY());
            javafx.event.Event.fireEvent(payoffChart.getCanvas(), new javafx.scene.input.ScrollEvent(
                    javafx.scene.input.ScrollEvent.SCROLL, at.getX(), at.getY(), 0, 0, false, false,
                    false, false, false, false, 0, 40, 0, 40, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE,
                    0, javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
            spans[1] = spotAxis.getRange().getLength();
        });
        assertThat(spans[1]).as("narrower after wheel up").isCloseTo(spans[0] / 1.15, org.assertj.core.data.Offset.offset(1e-6 * spans[0]));
        // The heat map one click away.
        robot.clickOn("#showHeatMap");
        ChartViewer heat = robot.lookup("#" + ExploreView.HEAT_MAP_ID).queryAs(ChartViewer.class);
        assertThat(heat.getChart()).isNotNull();
        assertThat(heat.getChart().getTitle().getText()).contains("by SPX move and VIX");
        robot.clickOn("#resetExplore");
        assertThat(model.explore().getResult().inputs().spot()).isEqualTo(5000.0);
        assertThat(model.explore().getResult().inputs().daysForward()).isEqualTo(14);
    }

    @Test
    void thePlaybackGrowsDayByDayWithItsCalloutsAndZoomsForPresenting(FxRobot robot) throws TimeoutException {
        select(robot, "playbackTab");
        PlaybackViewModel pb = model.playback();
        robot.interact(() -> pb.episodeProperty().set(HistoricalEpisode.COVID_2020));
        robot.clickOn("#loadEpisode");
        waitUntil(120, () -> pb.getData() != null);
        ChartViewer viewer = robot.lookup("#playbackChart").queryAs(ChartViewer.class);
        var market = ((org.jfree.chart.plot.CombinedDomainXYPlot) viewer.getChart().getPlot()).getSubplots().get(0);
        assertThat(market.getDataset(1).getItemCount(0)).as("day one only before Play").isEqualTo(1);
        robot.interact(() -> pb.positionProperty().set(17));
        assertThat(market.getDataset(1).getItemCount(0)).isEqualTo(18);
        @SuppressWarnings("unchecked")
        ListView<com.alvh.workbench.ui.playback.PlaybackData.Callout> callouts =
                robot.lookup("#playbackCallouts").queryAs(ListView.class);
        assertThat(callouts.getItems()).isNotEmpty().allMatch(c -> c.day() <= 17);
        assertThat(callouts.getItems().get(0).text()).isEqualTo("always on: Base call spread on");
        // The VIX levels the triggers watch are drawn; the unhedged equity beside the hedged.
        assertThat(market.getRangeMarkers(1, org.jfree.chart.ui.Layer.BACKGROUND)).hasSize(3);
        assertThat(robot.lookup("#playbackUnhedgedPnl").queryAs(Label.class).getText()).startsWith("-$");
        // An edit of the scenario marks the loaded playback; loading again clears the mark.
        Label stale = robot.lookup("#playbackStale").queryAs(Label.class);
        assertThat(stale.isVisible()).isFalse();
        robot.interact(() -> model.session().editor().apply(s -> s.withCapital(2_000_000), "capital"));
        assertThat(stale.isVisible()).isTrue();
        assertThat(stale.getText()).startsWith("Inputs changed \u2013 load again: ").contains("capital");
        var first = pb.getData();
        robot.clickOn("#loadEpisode");
        waitUntil(120, () -> pb.getData() != first && pb.getData() != null);
        assertThat(stale.isVisible()).isFalse();
        // Presentation: Ctrl+plus makes the type larger, in the window and the chart.
        double before = model.zoomProperty().get();
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.zoomProperty().get()).isGreaterThan(before);
        assertThat(pb.textScaleProperty().get()).isEqualTo(model.zoomProperty().get());
        assertThat(view.root().getStyle()).contains("-fx-font-size: 15.4px");
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.zoomProperty().get()).isEqualTo(before);
        // F5: presentation mode (full screen, type at least 140 %); F5 again gives the type back.
        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.presentingProperty().get()).isTrue();
        assertThat(model.zoomProperty().get()).isGreaterThanOrEqualTo(WorkbenchViewModel.PRESENTATION_ZOOM);
        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.presentingProperty().get()).isFalse();
        assertThat(model.zoomProperty().get()).isEqualTo(before);
    }

    @Test
    void theDashboardShowsTilesEveryPolicyRowAndEveryChartWithoutAMenu(FxRobot robot) throws TimeoutException {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        select(robot, "resultsTab");
        runAndWait(robot);
        Node tiles = robot.lookup("#resultTiles").query();
        assertThat(((Parent) tiles).getChildrenUnmodifiable()).hasSize(6);
        assertThat(robot.lookup("#resultTiles .label").queryAllAs(Label.class))
                .anyMatch(l -> l.getText().endsWith("vs unhedged"));
        TableView<?> summary = robot.lookup("#" + ResultsView.SUMMARY_TABLE_ID).queryAs(TableView.class);
        assertThat(summary.getItems()).hasSize(6);
        long filledRows = robot.lookup("#" + ResultsView.SUMMARY_TABLE_ID + " .table-row-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableRow<?> row && !row.isEmpty() && n.isVisible())
                .filter(n -> inside(n, summary)).count();
        assertThat(filledRows).as("every policy row in view").isEqualTo(6);
        // Every chart is one click away: all their names in view, none cut short.
        List<ToggleButton> names = robot.lookup("#" + ResultsView.DASHBOARD_ID + " .toggle-button")
                .queryAllAs(ToggleButton.class).stream().toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(9);
        for (ToggleButton b : names) {
            assertThat(inside(b, view.root())).as("%s in the window", b.getText()).isTrue();
            assertThat(shownText(b)).as("full name").isEqualTo(b.getText());
        }
        robot.clickOn(names.get(0));
        ChartViewer chart = (ChartViewer) view.activeChartPane().viewer();
        assertThat(chart.getHeight()).as("a usable chart").isGreaterThan(200);
        assertThat(chart.getChart().getPlot()).isInstanceOf(org.jfree.chart.plot.CombinedDomainXYPlot.class); // small multiples
    }

    @Test
    void everyTabHoldsItsLayoutAt1024x768(FxRobot robot) throws TimeoutException {
        // The window opened inside the screen (the headless screen is smaller than the 1440 x 900 asked for).
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertThat(stage.getX()).isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(stage.getY()).isGreaterThanOrEqualTo(screen.getMinY());
        assertThat(stage.getX() + stage.getWidth()).isLessThanOrEqualTo(screen.getMaxX());
        assertThat(stage.getY() + stage.getHeight()).isLessThanOrEqualTo(screen.getMaxY());
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        assertThat(stage.getMinWidth()).isLessThanOrEqualTo(1024);
        select(robot, "resultsTab");
        runAndWait(robot);
        List<String> problems = new ArrayList<>();
        for (Tab tab : view.tabs().getTabs()) {
            robot.interact(() -> view.tabs().getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> view.root().layout());
            check(view.root(), tab.getText(), problems);
        }
        assertThat(problems).as("truncated or squeezed controls at 1024 x 768").isEmpty();
    }

    /** Collects every visible control that shows less than it should: cut-short text, a squeezed field or chart. */
    private static void check(Node node, String tab, List<String> problems) {
        if (!node.isVisible() || node instanceof Cell<?> || node instanceof TableView<?> || node instanceof ListView<?>) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()
                && (l instanceof Button || l instanceof ToggleButton || l instanceof Label)
                && !shownText(l).equals(l.getText()) && shownText(l).endsWith(l.getEllipsisString())) {
            problems.add(tab + ": '" + l.getText() + "' shows as '" + shownText(l) + "'");
        }
        if (node instanceof TextField f && f.getWidth() < 60) {
            problems.add(tab + ": field " + f.getId() + " is " + Math.round(f.getWidth()) + " px wide");
        }
        if (node instanceof ChartViewer c && c.getChart() != null && c.getHeight() < 180) {
            problems.add(tab + ": chart " + c.getId() + " is " + Math.round(c.getHeight()) + " px tall");
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                check(child, tab, problems);
            }
        }
    }

    /** The text a labeled control draws (its skin's text node), which ends in "..." when cut short. */
    private static String shownText(Labeled l) {
        for (Node n : l.getChildrenUnmodifiable()) {
            if (n instanceof Text t) {
                return t.getText();
            }
        }
        return l.getText();
    }

    private static boolean inside(Node n, Node container) {
        Bounds b = n.localToScene(n.getBoundsInLocal());
        Bounds c = container.localToScene(container.getBoundsInLocal());
        return b.getMinX() >= c.getMinX() - 1 && b.getMaxX() <= c.getMaxX() + 1 && b.getMinY() >= c.getMinY() - 1
                && b.getMaxY() <= c.getMaxY() + 1;
    }
}
