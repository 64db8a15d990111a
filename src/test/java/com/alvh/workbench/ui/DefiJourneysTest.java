package com.alvh.workbench.ui;

import com.alvh.workbench.ui.common.EditorField;
import com.alvh.workbench.ui.common.FxJobRunner;
import com.alvh.workbench.ui.defi.DefiEditorViewModel;

import com.alvh.workbench.scenario.DefiScenarioSpec;
import com.alvh.workbench.scenario.ScenarioJson;
import com.alvh.workbench.scenario.ScenarioSamples;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The DeFi journeys on the real window, headless: pick a question, edit, undo, save, open, run. */
@ExtendWith(ApplicationExtension.class)
class DefiJourneysTest {

    @TempDir
    static Path dir;

    private FxJobRunner runner;
    private WorkbenchViewModel model;
    private final ScenarioJourneysTest.ScriptedDialogs dialogs = new ScenarioJourneysTest.ScriptedDialogs();

    @Start
    void start(Stage stage) {
        Platform.setImplicitExit(false);
        runner = new FxJobRunner(1);
        model = WorkbenchViewModel.sample(runner, Path.of("sample-data"), dir.resolve("settings"));
        WorkbenchApp.show(stage, model, dialogs);
    }

    @AfterEach
    void stop() {
        // A run left going would compete with the next test's window for the two cores.
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            model.defi().cancel();
            model.simulation().cancel();
        });
        runner.close();
    }

    private DefiEditorViewModel editor() {
        return model.defi().editor();
    }

    private static void commit(FxRobot robot, String id, String text) {
        TextField field = robot.lookup("#" + id).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
        robot.interact(() -> field.fireEvent(new javafx.event.ActionEvent()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static long visibleErrors(FxRobot robot, String containing) {
        return robot.lookup(".field-error").queryAll().stream()
                .filter(n -> n.isVisible() && n instanceof Label l && l.getText().contains(containing)).count();
    }

    @Test
    void pickTheLpQuestionEditItsCapitalSeeARefusalUndoAndSave(FxRobot robot) {
        robot.clickOn("DeFi");
        @SuppressWarnings("unchecked")
        ComboBox<String> question = robot.lookup("#defiSample").queryAs(ComboBox.class);
        robot.interact(() -> question.setValue("lp-layered-vs-diversified"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor().specProperty().get().sample()).isEqualTo("lp-layered-vs-diversified");
        assertThat(robot.lookup("#field-position-and-hedges-capital-usd").tryQuery()).isPresent();

        commit(robot, "field-position-and-hedges-capital-usd", "-5");
        assertThat(visibleErrors(robot, "must be between")).isEqualTo(1);
        assertThat(editor().specProperty().get().parameters()).doesNotContainKey("capital");

        commit(robot, "field-position-and-hedges-capital-usd", "2500000");
        assertThat(visibleErrors(robot, "must be between")).isZero();
        assertThat(editor().parameter("capital")).isEqualTo(2.5e6);
        assertThat(robot.lookup("#defiTitle").queryAs(Label.class).getText()).startsWith("* ");

        // Ctrl+Z on the DeFi tab undoes the DeFi edit, not the equity scenario's.
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor().parameter("capital")).isEqualTo(1e6);
        robot.press(KeyCode.CONTROL).press(KeyCode.Y).release(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor().parameter("capital")).isEqualTo(2.5e6);
        assertThat(model.session().editor().dirtyProperty().get()).isFalse();

        // Ctrl+S on the DeFi tab saves the DeFi scenario (as: it has no file yet).
        Path file = dir.resolve("lp.json");
        dialogs.answers.add(file);
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(file).isRegularFile();
        assertThat(robot.lookup("#defiTitle").queryAs(Label.class).getText()).doesNotStartWith("* ").endsWith("lp.json");
        try {
            assertThat(ScenarioJson.loadFile(file)).isEqualTo(editor().specProperty().get());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void fileOpenRoutesADefiFileToTheDefiTabAndRunShowsTheRuns(FxRobot robot) throws Exception {
        DefiScenarioSpec pool = ScenarioSamples.defi(com.alvh.workbench.defi.DefiSamples.build("insurance-pool",
                java.util.Map.of()));
        pool = pool.withParameters(java.util.Map.of("premiumRate", 0.03))
                .withSimulation(pool.simulation().withPaths(200));
        Path file = dir.resolve("pool.json");
        ScenarioJson.save(pool, file);
        dialogs.answers.add(file);
        robot.press(KeyCode.CONTROL).press(KeyCode.O).release(KeyCode.O).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.defi().editor().specProperty().get()).isEqualTo(pool);
        assertThat(robot.lookup("#defiView").query().isVisible()).isTrue();
        assertThat(model.session().recentFiles()).contains(file.toAbsolutePath());

        robot.clickOn("#defiRun");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.defi().runningProperty().get()
                && model.defi().statusProperty().get().startsWith("Done"));
        assertThat(model.defi().statusProperty().get()).startsWith("Done: Insurance fund with multi-sig payouts, 200 paths");
        assertThat(model.defi().rows()).hasSize(2);
    }

    @Test
    void ctrlRRunsTheDefiScenarioOnItsTabAndEscCancelsIt(FxRobot robot) {
        robot.clickOn("DeFi");
        robot.interact(() -> editor().chooseSample("governance-farming"));
        EditorField<DefiScenarioSpec> paths = editor().field("paths");
        robot.interact(() -> {
            paths.textProperty().set("200000");
            editor().commit(paths);
        });
        robot.press(KeyCode.CONTROL).press(KeyCode.R).release(KeyCode.R).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.defi().runningProperty().get()).isTrue();
        assertThat(model.simulation().runningProperty().get()).as("the equity run is not started").isFalse();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.defi().runningProperty().get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the DeFi run was not cancelled within 10 s", e);
        }
        assertThat(model.defi().statusProperty().get()).isEqualTo("Run cancelled");
    }
}
