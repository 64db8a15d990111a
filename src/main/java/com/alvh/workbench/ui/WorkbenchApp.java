package com.alvh.workbench.ui;

import com.alvh.workbench.ui.common.FxJobRunner;
import com.alvh.workbench.ui.playback.PlaybackViewModel;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The JavaFX application: one main window on the sample iron condor, its campaign and the real
 * history in {@code sample-data/} (or the folder named by the {@code alvh.data} system property).
 *
 * <p>Started through {@link Launcher} (classpath mode), since a main class that extends
 * {@code Application} needs JavaFX on the module path.
 */
public final class WorkbenchApp extends Application {

    /** Window title. */
    public static final String TITLE = "ALVH Workbench";
    static final double WIDTH = 1440;
    static final double HEIGHT = 900;
    /** The smallest window the layout is made for (a 1024 x 768 projector, less its panels). */
    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 700;

    private FxJobRunner runner;
    private WorkbenchViewModel model;
    private javafx.animation.Timeline autosave;

    @Override
    public void start(Stage stage) {
        runner = new FxJobRunner(1);
        model = WorkbenchViewModel.sample(runner, dataDirectory());
        WorkbenchView view = show(stage, model);
        offerRecovery(view, model);
        autosave = startAutosave(model);
        // No parameters when started directly (tests call start(stage) on a new instance).
        applyStartOptions(getParameters() == null ? java.util.Map.of() : getParameters().getNamed(), view, model);
    }

    /**
     * Start-up options for demos and screenshots: {@code --tab=explore|playback|results},
     * {@code --episode=2020-covid} (loads it) with {@code --day=N} (0-based, once loaded),
     * {@code --paths=N} and {@code --run} (starts the comparison), {@code --defi=KEY} (runs that DeFi
     * sample), {@code --theme=dark}, Explore's point {@code --spot=N --vixshift=N --days=N} and
     * {@code --heatmap=true}, {@code --zoom=1.4} (type size), {@code --sweep=PATH,PATH} (runs a sweep with an
     * axis of five values over each policy field whose JSON path ends so, e.g. {@code layers[1].entry.of[0].level}).
     */
    static void applyStartOptions(java.util.Map<String, String> options, WorkbenchView view, WorkbenchViewModel model) {
        if ("dark".equals(options.get("theme"))) {
            model.setTheme(WorkbenchViewModel.Theme.DARK);
        }
        if (options.containsKey("zoom")) {
            model.zoomProperty().set(Double.parseDouble(options.get("zoom")));
        }
        String tab = options.getOrDefault("tab", "explore");
        String id = switch (tab) {
            case "playback" -> "playbackTab";
            case "results" -> "resultsTab";
            case "scenario" -> "scenarioTab";
            case "defi" -> "defiTab";
            case "sweep" -> "sweepTab";
            default -> "exploreTab";
        };
        view.tabs().getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> view.tabs().getSelectionModel().select(t));
        if (options.containsKey("episode")) {
            PlaybackViewModel pb = model.playback();
            pb.episodeProperty().set(com.alvh.workbench.market.HistoricalEpisode.byId(options.get("episode")));
            int day = Integer.parseInt(options.getOrDefault("day", "0"));
            pb.dataProperty().addListener((obs, old, now) -> pb.positionProperty().set(day));
            pb.load();
        }
        // Explore at a what-if point: --spot=4600 --vixshift=2 --days=14 --heatmap=true.
        var explore = model.explore();
        if (options.containsKey("spot")) {
            explore.enter(com.alvh.workbench.ui.explore.ExploreViewModel.Field.SPOT, options.get("spot"));
        }
        if (options.containsKey("vixshift")) {
            explore.enter(com.alvh.workbench.ui.explore.ExploreViewModel.Field.VIX_SHIFT, options.get("vixshift"));
        }
        if (options.containsKey("days")) {
            explore.enter(com.alvh.workbench.ui.explore.ExploreViewModel.Field.DAYS, options.get("days"));
        }
        if ("true".equals(options.get("heatmap"))) {
            view.showHeatMap();
        }
        if (options.containsKey("paths")) {
            int paths = Integer.parseInt(options.get("paths"));
            model.session().editor().apply(s -> s.withSimulation(s.simulation().withPaths(paths)), "paths");
        }
        if (model.defi() != null && options.containsKey("defi")) {
            String key = options.get("defi");
            // A question's key, or a DeFi scenario file (demos and screenshots open one and run it).
            if (model.defi().samples().contains(key)) {
                model.defi().editor().chooseSample(key);
            } else if (key.endsWith(".json")) {
                try {
                    model.defi().editor().open(java.nio.file.Path.of(key));
                } catch (java.io.IOException | RuntimeException e) {
                    model.report("Could not open " + key + ": " + e.getMessage());
                }
            }
            model.defi().run();
        }
        if ("true".equals(options.get("run"))) {
            model.simulation().run();
        }
        if (model.sweep() != null && options.containsKey("sweep")) {
            startSweep(model, options.get("sweep"));
        }
    }

    private static void startSweep(WorkbenchViewModel model, String fields) {
        com.alvh.workbench.ui.sweep.SweepViewModel sweep = model.sweep();
        for (String name : fields.split(",")) {
            var field = sweep.fields().stream().filter(f -> f.field().path().endsWith(name.trim())).findFirst();
            if (field.isEmpty()) {
                model.report("No field of the policy ends with " + name.trim());
                return;
            }
            double[] range = com.alvh.workbench.ui.sweep.SweepViewModel.defaultRange(field.get().field());
            sweep.addAxis(field.get(), range[0], range[1], 5);
        }
        sweep.run();
    }

    @Override
    public void stop() {
        if (autosave != null) {
            autosave.stop();
        }
        if (model != null && model.session() != null) {
            try {
                model.session().discardAutosave(); // a clean exit: nothing to recover next time
            } catch (java.io.IOException e) {
                System.err.println("warning: could not remove the autosave: " + e.getMessage());
            }
        }
        if (model != null) {
            model.simulation().cancel();
        }
        if (runner != null) {
            runner.close();
        }
    }

    /** If the last session ended without saving, offers its scenarios back (equity, then DeFi). */
    static void offerRecovery(WorkbenchView view, WorkbenchViewModel model) {
        ScenarioSession session = model.session();
        if (session == null) {
            return;
        }
        offer(model, "the scenario", "as an unsaved scenario", session::recoverable, session::recover,
                session::discardScenarioAutosave);
        if (model.defi() != null) {
            offer(model, "the DeFi scenario", "in the DeFi tab as an unsaved scenario", session::recoverableDefi,
                    session::recoverDefi, session::discardDefiAutosave);
        }
    }

    /** Reads an autosave. */
    private interface AutosaveRead<T> {
        java.util.Optional<T> read() throws java.io.IOException;
    }

    /** Removes an autosave. */
    private interface AutosaveDiscard {
        void discard() throws java.io.IOException;
    }

    /** Asks whether to reopen one autosaved scenario; declining removes that autosave only. */
    private static <T extends com.alvh.workbench.scenario.ScenarioFile> void offer(WorkbenchViewModel model, String what,
            String where, AutosaveRead<T> recoverable, java.util.function.Consumer<T> recover, AutosaveDiscard discard) {
        try {
            var recovered = recoverable.read();
            if (recovered.isEmpty()) {
                return;
            }
            javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                    "The last session ended with unsaved changes to " + what + " '" + recovered.get().name()
                            + "'. Open them " + where + "?", javafx.scene.control.ButtonType.YES,
                    javafx.scene.control.ButtonType.NO);
            ask.setHeaderText("Recover unsaved work");
            if (ask.showAndWait().orElse(javafx.scene.control.ButtonType.NO) == javafx.scene.control.ButtonType.YES) {
                recover.accept(recovered.get());
                model.report("Recovered the unsaved work on " + what + " of the last session");
            } else {
                discard.discard();
            }
        } catch (com.alvh.workbench.scenario.ScenarioException | java.io.IOException e) {
            model.report("The autosave of " + what + " of the last session could not be read: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** Writes unsaved work every {@value ScenarioSession#AUTOSAVE_SECONDS} s (on the FX thread: a small file). */
    static javafx.animation.Timeline startAutosave(WorkbenchViewModel model) {
        if (model.session() == null) {
            return null;
        }
        javafx.animation.Timeline t = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.seconds(ScenarioSession.AUTOSAVE_SECONDS), e -> {
                    try {
                        model.session().autosaveIfDirty();
                    } catch (java.io.IOException ex) {
                        model.report("Autosave failed: " + ex.getMessage());
                    }
                }));
        t.setCycleCount(javafx.animation.Animation.INDEFINITE);
        t.play();
        return t;
    }

    /** The visual bounds of the screen under the mouse pointer, else of the primary screen. */
    static javafx.geometry.Rectangle2D screenBounds() {
        try {
            javafx.geometry.Point2D p = new javafx.scene.robot.Robot().getMousePosition();
            var screens = javafx.stage.Screen.getScreensForRectangle(p.getX(), p.getY(), 1, 1);
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        } catch (RuntimeException e) {
            // no pointer information (a headless platform, a remote session): the primary screen
        }
        return javafx.stage.Screen.getPrimary().getVisualBounds();
    }

    static Path dataDirectory() {
        return Path.of(System.getProperty("alvh.data", "sample-data"));
    }

    /** Puts the workbench for {@code model} in {@code stage} and shows it. */
    static WorkbenchView show(Stage stage, WorkbenchViewModel model) {
        return show(stage, model, FileDialogs.CHOOSER);
    }

    /** As {@link #show(Stage, WorkbenchViewModel)} with another way to ask for file names. */
    static WorkbenchView show(Stage stage, WorkbenchViewModel model, FileDialogs dialogs) {
        Application.setUserAgentStylesheet(model.getTheme().userAgentStylesheet());
        model.themeProperty().addListener((obs, old, now) ->
                Application.setUserAgentStylesheet(now.userAgentStylesheet()));
        WorkbenchView view = new WorkbenchView(model, stage::close, dialogs);
        stage.titleProperty().unbind(); // a stage shown again (tests) may still be bound to an earlier model
        stage.setTitle(TITLE);
        if (model.session() != null) {
            stage.titleProperty().bind(javafx.beans.binding.Bindings.concat(
                    model.session().editor().titleProperty(), " - ", TITLE));
            // The window's close button asks about unsaved changes like File > Quit.
            stage.setOnCloseRequest(e -> {
                if (!view.confirmDiscard() || !view.confirmDiscardDefi()) {
                    e.consume();
                }
            });
        }
        // Inside the screen it opens on (the one under the mouse, else the primary), never larger than it; the
        // layout holds down to 1024 x 768 (a projector).
        javafx.geometry.Rectangle2D screen = screenBounds();
        double w = Math.min(WIDTH, screen.getWidth());
        double h = Math.min(HEIGHT, screen.getHeight());
        stage.setScene(new Scene(view.root(), w, h));
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        stage.setX(screen.getMinX() + (screen.getWidth() - w) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - h) / 2);
        stage.show();
        return view;
    }
}
