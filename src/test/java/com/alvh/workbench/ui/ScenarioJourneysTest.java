package com.alvh.workbench.ui;

import com.alvh.workbench.ui.common.FxJobRunner;

import com.alvh.workbench.hedge.Trigger;
import com.alvh.workbench.scenario.PolicySpec;
import com.alvh.workbench.scenario.ScenarioJson;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The scenario journeys on the real window, headless: edit a layer, undo, save and reopen, open a bad file. */
@ExtendWith(ApplicationExtension.class)
class ScenarioJourneysTest {

    @TempDir
    static Path dir;

    /** File dialogs that answer from a queue of paths; unsaved changes are discarded. */
    static final class ScriptedDialogs implements FileDialogs {
        final Deque<Path> answers = new ArrayDeque<>();

        @Override
        public Optional<Path> saveFile(Window owner, String title, String fileName, String description, String extension) {
            return Optional.ofNullable(answers.poll());
        }

        @Override
        public Optional<Path> openFile(Window owner, String title, String description, String extension) {
            return Optional.ofNullable(answers.poll());
        }

        @Override
        public UnsavedChoice unsavedChanges(Window owner, String name) {
            return UnsavedChoice.DISCARD;
        }
    }

    private FxJobRunner runner;
    private WorkbenchViewModel model;
    private WorkbenchView view;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) {
        Platform.setImplicitExit(false);
        runner = new FxJobRunner(1);
        model = WorkbenchViewModel.sample(runner, Path.of("sample-data"), dir.resolve("settings"));
        view = WorkbenchApp.show(stage, model, dialogs);
    }

    @AfterEach
    void stop() {
        runner.close();
    }

    private static PolicySpec.Custom policy(WorkbenchViewModel m) {
        return (PolicySpec.Custom) m.session().editor().specProperty().get().policy();
    }

    @Test
    void editALayerTriggerUndoItAndSeeTheTitleFollow(FxRobot robot) {
        robot.clickOn("Scenario");
        TextField trigger = robot.lookup("#field-layer-2-entry-trigger").queryAs(TextField.class);
        // The field sits far down the scrolling editor: type into it and fire its Enter action directly.
        robot.interact(() -> trigger.setText("VIX > 22 and VIX/VIX3M >= 1"));
        robot.interact(() -> trigger.fireEvent(new javafx.event.ActionEvent()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(policy(model).policy().layers().get(1).entry()).isInstanceOf(Trigger.AllOf.class);
        assertThat(robot.lookup("#field-layer-2-entry-trigger").queryAs(TextField.class).getText())
                .isEqualTo("(VIX > 22 and VIX/VIX3M >= 1)");
        Stage stage = (Stage) view.root().getScene().getWindow();
        assertThat(stage.getTitle()).startsWith("* ");

        robot.interact(() -> trigger.setText("VIX >> 3"));
        robot.interact(() -> trigger.fireEvent(new javafx.event.ActionEvent()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".field-error").queryAll().stream()
                .filter(n -> n.isVisible() && n instanceof javafx.scene.control.Label l && l.getText().contains("expected a number"))
                .count()).isEqualTo(1);

        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(policy(model).policy().layers().get(1).entry().describe()).isEqualTo("(VIX > 20 or VIX/VIX3M >= 0.95)");
        assertThat(stage.getTitle()).doesNotStartWith("* ");
    }

    @Test
    void saveAsThenReopenGivesTheSameScenario(FxRobot robot) throws IOException {
        robot.interact(() -> model.session().editor().apply(s -> s.withCapital(2_500_000), "capital"));
        Path file = dir.resolve("mine.json");
        dialogs.answers.add(file);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).press(KeyCode.S).release(KeyCode.S).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(file).isRegularFile();
        assertThat(ScenarioJson.load(file).capital()).isEqualTo(2_500_000.0);
        robot.interact(() -> model.session().newFromSample());
        dialogs.answers.add(file);
        robot.press(KeyCode.CONTROL).press(KeyCode.O).release(KeyCode.O).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.session().editor().specProperty().get().capital()).isEqualTo(2_500_000.0);
        assertThat(model.session().recentFiles()).contains(file.toAbsolutePath());
    }

    @Test
    void openingABadFileShowsEveryProblemAndKeepsTheScenario(FxRobot robot) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(Path.of("sample-data/scenarios/steward.json"))
                .replace("\"paths\" : 20000", "\"paths\" : -5").replace("\"vix\" : 16.0", "\"vix\" : \"high\""));
        var before = model.session().editor().specProperty().get();
        dialogs.answers.add(bad);
        // The error dialog is modal (showAndWait): start the action without waiting for it to return.
        Platform.runLater(() -> view.openScenario());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("The scenario could not be opened");
        assertThat(((javafx.scene.control.Label) pane.lookup("#dialogText")).getText()).contains("2 problems", "$.simulation.paths: must be in [1, 10,000,000], was -5",
                "$.market.vix: must be a number");
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
        assertThat(model.session().editor().specProperty().get()).isEqualTo(before);
        assertThat(model.getStatus()).contains("Could not open bad.json");
    }

    @Test
    void theResultsTabsPathsAreTheScenariosOwnField(FxRobot robot) {
        // No copy kept in step: the Results toolbar shows the scenario's own "paths" field.
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        robot.interact(() -> model.session().editor().apply(s -> s.withSimulation(s.simulation().withPaths(4321)),
                "paths"));
        javafx.scene.control.TextField paths = robot.lookup("#field-simulation-paths-results")
                .queryAs(javafx.scene.control.TextField.class);
        assertThat(paths.getText()).isEqualTo("4,321");
        robot.interact(() -> {
            paths.setText("7000");
            paths.fireEvent(new javafx.event.ActionEvent());
        });
        assertThat(model.session().editor().specProperty().get().simulation().paths()).isEqualTo(7000);
        assertThat(model.session().editor().undoTextProperty().get()).isEqualTo("Undo paths");
    }
}
