package com.alvh.workbench.ui;

import com.alvh.workbench.ui.common.ChartActions;
import com.alvh.workbench.ui.common.ChartPane;
import com.alvh.workbench.ui.common.FieldGrid;
import com.alvh.workbench.ui.common.Glossary;
import com.alvh.workbench.ui.defi.DefiEditorViewModel;
import com.alvh.workbench.ui.defi.DefiView;
import com.alvh.workbench.ui.explore.ExploreView;
import com.alvh.workbench.ui.playback.PlaybackView;
import com.alvh.workbench.ui.playback.PlaybackViewModel;
import com.alvh.workbench.ui.results.ResultsView;
import com.alvh.workbench.ui.sweep.SweepView;
import com.alvh.workbench.ui.results.SimulationViewModel;
import com.alvh.workbench.ui.scenario.ScenarioEditorView;
import com.alvh.workbench.ui.scenario.ScenarioEditorViewModel;

import atlantafx.base.theme.Styles;
import com.alvh.workbench.chart.ChartExport;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.jfree.chart.JFreeChart;

/**
 * The main window's content: menu bar, the Explore, Playback and Results tabs, and the status
 * bar. It binds to a {@link WorkbenchViewModel}, forwards menu actions and shortcuts to it, and
 * implements the chart actions (file dialog, clipboard); it holds no state of its own.
 *
 * <p>Shortcuts: Ctrl+R run, Esc cancel, Ctrl+E / Ctrl+Shift+E export the chart shown as PNG /
 * SVG, Ctrl+Shift+C copy it, Ctrl+T light/dark, Ctrl+1/2/3 tabs, and on the Playback tab Space
 * play/pause, Left/Right step, Home/End.
 */
public final class WorkbenchView implements ChartActions, DefiView.FileCommands {

    /** CSS ids, for styling and for tests. */
    static final String CHART_ID = ExploreView.CHART_ID;
    static final String LEGS_TABLE_ID = ExploreView.LEGS_TABLE_ID;
    static final String STATUS_ID = "statusMessage";
    static final String SIDE_PANEL_ID = ExploreView.SIDE_PANEL_ID;
    static final String TABS_ID = "mainTabs";
    /** The theme's type size (AtlantaFX Primer: 14 px); the window's zoom scales it. */
    static final double BASE_FONT_PX = 14.0;

    private final WorkbenchViewModel model;
    private final Runnable onQuit;
    private final FileDialogs dialogs;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final ExploreView explore;
    private final PlaybackView playback;
    private final ResultsView results;
    private final ScenarioEditorView editorView;
    private final Tab scenarioTab;
    private final DefiView defiView;
    private final Tab defiTab;
    private final Tab exploreTab;
    private final Tab playbackTab;
    private final Tab resultsTab;
    private final SweepView sweepView;
    private final Tab sweepTab;

    /**
     * @param model the state to show
     * @param onQuit what File &gt; Quit does (the application closes its stage)
     */
    public WorkbenchView(WorkbenchViewModel model, Runnable onQuit) {
        this(model, onQuit, FileDialogs.CHOOSER);
    }

    /**
     * @param model the state to show
     * @param onQuit what File &gt; Quit does
     * @param dialogs how to ask for file names (a stub in tests)
     */
    public WorkbenchView(WorkbenchViewModel model, Runnable onQuit, FileDialogs dialogs) {
        this.model = Objects.requireNonNull(model, "model");
        this.onQuit = Objects.requireNonNull(onQuit, "onQuit");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        root.getStyleClass().add("workbench");
        root.getStylesheets().add(Objects.requireNonNull(
                WorkbenchView.class.getResource("workbench.css"), "workbench.css").toExternalForm());
        explore = new ExploreView(model.explore(), model.summary(), this, this::exportPnlTable);
        model.summaryProperty().addListener((obs, old, now) -> explore.showPosition(now));
        playback = new PlaybackView(model.playback(), this);
        ScenarioSession session = model.session();
        results = new ResultsView(model.simulation(), this, session == null ? new HBox()
                : FieldGrid.inline(List.of(session.editor().field("paths"), session.editor().field("steps (days)"),
                        session.editor().field("seed")), session.editor()::commit,
                        () -> session.editor().specProperty().get(), "-results"));
        exploreTab = tab("Explore", "exploreTab", explore.root());
        playbackTab = tab("Playback", "playbackTab", playback.root());
        resultsTab = tab("Results", "resultsTab", results.root());
        editorView = session == null ? null : new ScenarioEditorView(session.editor());
        scenarioTab = editorView == null ? null : tab("Scenario", "scenarioTab", editorView.root());
        defiView = model.defi() == null ? null : new DefiView(model.defi(), this, this);
        defiTab = defiView == null ? null : tab("DeFi", "defiTab", defiView.root());
        sweepView = model.sweep() == null ? null
                : new SweepView(model.sweep(), this, () -> tabs.getSelectionModel().select(scenarioTab));
        sweepTab = sweepView == null ? null : tab("Sweep", "sweepTab", sweepView.root());
        tabs.setId(TABS_ID);
        tabs.getTabs().setAll(exploreTab, playbackTab, resultsTab);
        if (sweepTab != null) {
            sweepTab.setTooltip(new javafx.scene.control.Tooltip("Policy search: vary the layers' fields, run every "
                    + "policy on the same paths, see what each costs against the tail (the frontier)"));
            tabs.getTabs().add(sweepTab);
        }
        if (defiTab != null) {
            defiTab.setTooltip(new javafx.scene.control.Tooltip("The DeFi analogues: edit a DeFi scenario (position, "
                    + "hedge levels), see the LP payoff with its range, and run it hedged against unhedged"));
            tabs.getTabs().add(defiTab);
        }
        if (scenarioTab != null) {
            scenarioTab.setTooltip(new javafx.scene.control.Tooltip("The scenario the Results tab runs: market, model, "
                    + "condor, hedge layers; open, edit and save it as a file"));
            tabs.getTabs().add(0, scenarioTab);
            tabs.getSelectionModel().select(exploreTab);
        }
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add(Styles.TABS_FLOATING);
        root.setTop(menuBar());
        root.setCenter(tabs);
        root.setBottom(statusBar());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::playbackKeys);
        // Ctrl+= zooms in too (plus is a shifted key on many layouts), and the numeric keypad's + and -.
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && (e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.ADD)) {
                model.zoomIn();
                e.consume();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.SUBTRACT) {
                model.zoomOut();
                e.consume();
            }
        });
        root.styleProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.US, "-fx-font-size: %.1fpx;",
                BASE_FONT_PX * model.zoomProperty().get()), model.zoomProperty()));
        // Presentation mode goes full screen (and back) when the window is shown.
        model.presentingProperty().addListener((obs, was, now) -> {
            if (window() instanceof javafx.stage.Stage stage) {
                stage.setFullScreen(now);
            }
        });
    }

    private static Tab tab(String title, String id, javafx.scene.Node content) {
        Tab t = new Tab(title, content);
        t.setId(id);
        return t;
    }

    /** The root node, to put in a scene. */
    public BorderPane root() {
        return root;
    }

    TabPane tabs() {
        return tabs;
    }

    /** Shows Explore's heat map (start option {@code --heatmap=true}). */
    void showHeatMap() {
        explore.showHeatMap();
    }

    /** The chart of the tab shown (the File menu's export and copy act on it), or null. */
    ChartPane activeChartPane() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        if (selected == playbackTab) {
            return playback.chartPane().chart() == null ? null : playback.chartPane();
        }
        if (selected != null && selected == sweepTab) {
            return sweepView.chartPane().chart() == null ? null : sweepView.chartPane();
        }
        if (selected == resultsTab) {
            return results.selectedChartPane();
        }
        if (selected != null && selected == defiTab) {
            return defiView.selectedChartPane();
        }
        return explore.shownChartPane();
    }

    private MenuBar menuBar() {
        MenuItem exportPng = item("Export chart as PNG\u2026", "exportPng",
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), () -> exportActive(ChartExport.Format.PNG));
        MenuItem exportSvg = item("Export chart as SVG\u2026", "exportSvg",
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> exportActive(ChartExport.Format.SVG));
        MenuItem copy = item("Copy chart image", "copyChart",
                new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), () -> {
                    ChartPane pane = activeChartPane();
                    if (pane != null) {
                        pane.copyImage();
                    }
                });
        MenuItem csv = item("Export P&L table as CSV\u2026", "exportCsv", null, this::exportPnlTable);
        MenuItem quit = item("Quit", "quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
                () -> {
                    if (confirmDiscard() && confirmDiscardDefi()) {
                        onQuit.run();
                    }
                });
        Menu file = new Menu("File");
        file.setId("fileMenu");
        ScenarioSession session = model.session();
        if (session != null) {
            MenuItem newScenario = item("New scenario (sample)", "newScenario",
                    new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::newScenario);
            MenuItem open = item("Open scenario\u2026", "openScenario",
                    new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::openScenario);
            Menu recent = new Menu("Open recent");
            recent.setId("recentMenu");
            recent.setOnShowing(e -> fillRecent(recent));
            fillRecent(recent);
            MenuItem save = item("Save scenario", "saveScenario",
                    new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
                        if (onDefiTab()) {
                            saveDefi();
                        } else {
                            saveScenario();
                        }
                    });
            MenuItem saveAs = item("Save scenario as\u2026", "saveScenarioAs",
                    new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), () -> {
                        if (onDefiTab()) {
                            saveDefiAs();
                        } else {
                            saveScenarioAs();
                        }
                    });
            file.getItems().addAll(newScenario, open, recent, save, saveAs, new SeparatorMenuItem());
        }
        file.getItems().addAll(exportPng, exportSvg, copy, csv, new SeparatorMenuItem(), quit);

        SimulationViewModel sim = model.simulation();
        // On the DeFi tab, Ctrl+R runs the DeFi scenario and Esc cancels it; elsewhere the equity scenario.
        MenuItem run = item("Run simulation", "runMenu",
                new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (onDefiTab()) {
                        model.defi().run();
                    } else {
                        tabs.getSelectionModel().select(resultsTab);
                        sim.run();
                    }
                });
        MenuItem cancel = item("Cancel run", "cancelMenu", new KeyCodeCombination(KeyCode.ESCAPE), () -> {
            sim.cancel();
            if (model.defi() != null) {
                model.defi().cancel();
            }
        });
        if (model.defi() != null) {
            javafx.beans.binding.BooleanBinding defiShown = Bindings.equal(defiTab, tabs.getSelectionModel().selectedItemProperty());
            run.disableProperty().bind(Bindings.when(defiShown).then(model.defi().runningProperty())
                    .otherwise(sim.runningProperty()));
            cancel.disableProperty().bind(sim.runningProperty().not().and(model.defi().runningProperty().not()));
        } else {
            run.disableProperty().bind(sim.runningProperty());
            cancel.disableProperty().bind(sim.runningProperty().not());
        }
        PlaybackViewModel pb = model.playback();
        MenuItem load = item("Load episode", "loadMenu", null, () -> {
            tabs.getSelectionModel().select(playbackTab);
            pb.load();
        });
        MenuItem play = item("Play / pause\t(Space)", "playMenu", null, pb::togglePlay);
        MenuItem forward = item("Step forward\t(\u2192)", "stepForwardMenu", null, pb::stepForward);
        MenuItem back = item("Step back\t(\u2190)", "stepBackMenu", null, pb::stepBack);
        Menu runMenu = new Menu("Run", null, run, cancel, new SeparatorMenuItem(), load, play, forward, back);
        runMenu.setId("runMenuBar");

        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("Light theme");
        light.setId("lightTheme");
        RadioMenuItem dark = new RadioMenuItem("Dark theme");
        dark.setId("darkTheme");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        light.setOnAction(e -> model.setTheme(WorkbenchViewModel.Theme.LIGHT));
        dark.setOnAction(e -> model.setTheme(WorkbenchViewModel.Theme.DARK));
        Runnable syncThemeItems = () -> {
            light.setSelected(model.getTheme() == WorkbenchViewModel.Theme.LIGHT);
            dark.setSelected(model.getTheme() == WorkbenchViewModel.Theme.DARK);
        };
        syncThemeItems.run();
        model.themeProperty().addListener((obs, old, now) -> syncThemeItems.run());
        MenuItem toggle = item("Toggle light/dark", "toggleTheme",
                new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN), model::toggleTheme);
        MenuItem toExplore = item("Explore", "showExplore",
                new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN),
                () -> tabs.getSelectionModel().select(exploreTab));
        MenuItem toPlayback = item("Playback", "showPlayback",
                new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN),
                () -> tabs.getSelectionModel().select(playbackTab));
        MenuItem toResults = item("Results", "showResults",
                new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN),
                () -> tabs.getSelectionModel().select(resultsTab));
        MenuItem resetZoom = item("Reset chart zoom", "resetZoom",
                new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), () -> {
                    ChartPane pane = activeChartPane();
                    if (pane != null) {
                        pane.resetZoom();
                    }
                });
        MenuItem zoomIn = item("Larger type", "zoomIn", new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN),
                model::zoomIn);
        MenuItem zoomOut = item("Smaller type", "zoomOut",
                new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), model::zoomOut);
        MenuItem zoomReset = item("Normal type size", "zoomReset",
                new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                model::zoomReset);
        javafx.scene.control.CheckMenuItem present = new javafx.scene.control.CheckMenuItem("Presentation mode");
        present.setId("presentationMode");
        present.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        present.selectedProperty().bindBidirectional(model.presentingProperty());
        MenuItem fullScreen = item("Full screen", "fullScreen", new KeyCodeCombination(KeyCode.F11), () -> {
            if (window() instanceof javafx.stage.Stage stage) {
                stage.setFullScreen(!stage.isFullScreen());
            }
        });
        Menu view = new Menu("View", null, light, dark, toggle, new SeparatorMenuItem(), toExplore, toPlayback,
                toResults, new SeparatorMenuItem(), resetZoom, new SeparatorMenuItem(), zoomIn, zoomOut, zoomReset,
                fullScreen, present);
        view.setId("viewMenu");

        MenuItem keys = item("Keyboard shortcuts", "shortcutsHelp", null, () -> info("Keyboard shortcuts",
                "Ctrl+N / Ctrl+O / Ctrl+S / Ctrl+Shift+S  new, open, save, save as (scenario)\n"
                        + "Ctrl+Z / Ctrl+Y  undo / redo a scenario edit (the DeFi scenario on the DeFi tab)\n"
                        + "Ctrl+S  on the DeFi tab saves the DeFi scenario\nCtrl+4  the Scenario tab\n"
                        + "Ctrl+R  run the simulation (the DeFi scenario on the DeFi tab)\nEsc  cancel the run\nCtrl+E / Ctrl+Shift+E  export the chart shown "
                        + "(PNG / SVG)\nCtrl+Shift+C  copy the chart image\nCtrl+T  light/dark theme\n"
                        + "Ctrl+1/2/3  Explore, Playback, Results\nCtrl+0  reset chart zoom\n"
                        + "Playback: Space play/pause, \u2190/\u2192 step, Home/End\n"
                        + "Charts: wheel or drag a rectangle to zoom, Shift+drag to pan, double-click to reset, "
                        + "right-click for copy and export"));
        MenuItem terms = item("Glossary of terms", "glossaryHelp", null, () -> info("Glossary",
                Arrays.stream(Glossary.values()).map(Glossary::tooltip).collect(Collectors.joining("\n\n"))));
        Menu help = new Menu("Help", null, keys, terms);

        MenuBar bar = new MenuBar(file);
        if (session != null) {
            ScenarioEditorViewModel editor = session.editor();
            // Undo and redo act on the DeFi scenario while the DeFi tab is shown, else on the equity scenario.
            MenuItem undo = item("Undo", "undo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), () -> {
                if (onDefiTab()) {
                    model.defi().editor().undo();
                } else {
                    editor.undo();
                }
            });
            MenuItem redo = item("Redo", "redo", new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), () -> {
                if (onDefiTab()) {
                    model.defi().editor().redo();
                } else {
                    editor.redo();
                }
            });
            if (model.defi() != null) {
                DefiEditorViewModel defiEditor = model.defi().editor();
                javafx.beans.binding.BooleanBinding defiShown = Bindings.equal(defiTab, tabs.getSelectionModel().selectedItemProperty());
                undo.textProperty().bind(Bindings.when(defiShown).then(defiEditor.undoTextProperty())
                        .otherwise(editor.undoTextProperty()));
                undo.disableProperty().bind(Bindings.when(defiShown).then(defiEditor.canUndoProperty().not())
                        .otherwise(editor.canUndoProperty().not()));
                redo.textProperty().bind(Bindings.when(defiShown).then(defiEditor.redoTextProperty())
                        .otherwise(editor.redoTextProperty()));
                redo.disableProperty().bind(Bindings.when(defiShown).then(defiEditor.canRedoProperty().not())
                        .otherwise(editor.canRedoProperty().not()));
            } else {
                undo.textProperty().bind(editor.undoTextProperty());
                undo.disableProperty().bind(editor.canUndoProperty().not());
                redo.textProperty().bind(editor.redoTextProperty());
                redo.disableProperty().bind(editor.canRedoProperty().not());
            }
            MenuItem edit = item("Edit scenario", "showScenario",
                    new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN),
                    () -> tabs.getSelectionModel().select(scenarioTab));
            Menu editMenu = new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), edit);
            editMenu.setId("editMenu");
            bar.getMenus().add(editMenu);
        }
        bar.getMenus().addAll(runMenu, view, help);
        bar.setUseSystemMenuBar(true); // the native menu bar where there is one (macOS)
        return bar;
    }

    private static MenuItem item(String text, String id, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Space, arrows, Home and End drive the playback while its tab is shown and no text field has focus. */
    private void playbackKeys(KeyEvent e) {
        if (tabs.getSelectionModel().getSelectedItem() != playbackTab || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        Scene scene = root.getScene();
        if (scene != null && scene.getFocusOwner() instanceof TextInputControl) {
            return;
        }
        PlaybackViewModel pb = model.playback();
        boolean handled = true;
        switch (e.getCode()) {
            case SPACE -> pb.togglePlay();
            case RIGHT -> pb.stepForward();
            case LEFT -> pb.stepBack();
            case HOME -> pb.toStart();
            case END -> pb.toEnd();
            default -> handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private HBox statusBar() {
        Label message = new Label();
        message.setId(STATUS_ID);
        message.textProperty().bind(model.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        SimulationViewModel sim = model.simulation();
        ProgressBar progress = new ProgressBar();
        progress.setId("statusProgress");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(sim.progressProperty());
        progress.visibleProperty().bind(sim.runningProperty());
        progress.managedProperty().bind(sim.runningProperty());
        Label running = new Label();
        running.textProperty().bind(sim.messageProperty());
        running.getStyleClass().add(Styles.TEXT_MUTED);
        Label redraw = new Label();
        redraw.setId("redrawTime");
        // A developer's timing: only with -Dalvh.debug=true.
        redraw.setVisible(WorkbenchViewModel.DEBUG);
        redraw.setManaged(WorkbenchViewModel.DEBUG);
        redraw.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.US, "redraw %.1f ms",
                model.explore().lastRedrawMillisProperty().get()), model.explore().lastRedrawMillisProperty()));
        redraw.getStyleClass().add(Styles.TEXT_MUTED);
        Label theme = new Label();
        theme.textProperty().bind(Bindings.createStringBinding(
                () -> model.getTheme() == WorkbenchViewModel.Theme.DARK ? "Dark theme" : "Light theme",
                model.themeProperty()));
        theme.getStyleClass().add(Styles.TEXT_MUTED);
        HBox bar = new HBox(16, message, spacer, running, progress, redraw, theme);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void exportActive(ChartExport.Format format) {
        ChartPane pane = activeChartPane();
        if (pane == null) {
            model.report("No chart on this tab to export");
            return;
        }
        pane.export(format);
    }

    @Override
    public void export(JFreeChart chart, ChartExport.Format format, String baseName) {
        String extension = format.extension();
        Optional<Path> target = dialogs.saveFile(window(), "Export chart as " + format, baseName + "." + extension,
                format + " image", extension);
        if (target.isEmpty()) {
            return;
        }
        try {
            model.exportChart(chart, target.get(), format);
        } catch (IOException e) {
            error("The chart could not be exported", e.getMessage());
        }
    }

    @Override
    public void copy(JFreeChart chart, int widthPx, int heightPx) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(SwingFXUtils.toFXImage(ChartExport.toImage(chart, widthPx, heightPx, 2.0), null));
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        model.report("Copied the chart to the clipboard (" + widthPx + " x " + heightPx + " px)");
    }

    private void exportPnlTable() {
        Optional<Path> target = dialogs.saveFile(window(), "Export P&L table as CSV", "pnl-table.csv", "CSV file",
                "csv");
        if (target.isEmpty()) {
            return;
        }
        try {
            model.explore().exportTableCsv(target.get());
            model.report("Exported the P&L table to " + target.get().toAbsolutePath());
        } catch (IOException e) {
            model.report("Export failed: " + e.getMessage());
            error("The table could not be exported", e.getMessage());
        }
    }

    // ---------------------------------------------------------------- scenario files

    /** Asks about unsaved changes; true if the caller may go on (saved or discarded). */
    boolean confirmDiscard() {
        ScenarioSession session = model.session();
        if (session == null || !session.isDirty()) {
            return true;
        }
        FileDialogs.UnsavedChoice choice = dialogs.unsavedChanges(window(),
                session.editor().specProperty().get().name());
        if (choice == FileDialogs.UnsavedChoice.CANCEL) {
            return false;
        }
        if (choice == FileDialogs.UnsavedChoice.SAVE) {
            return session.hasFile() ? saveScenario() : saveScenarioAs();
        }
        return true;
    }

    void newScenario() {
        if (confirmDiscard()) {
            model.session().newFromSample();
            model.report("New scenario from the sample");
            tabs.getSelectionModel().select(scenarioTab);
        }
    }

    void openScenario() {
        if (!confirmDiscard()) {
            return;
        }
        dialogs.openFile(window(), "Open scenario", "Scenario", "json").ifPresent(this::openScenario);
    }

    /** Opens {@code file}; a file with problems is refused with every problem listed, and nothing changes. */
    void openScenario(Path file) {
        if (model.defi() != null && isDefiFile(file)) {
            openDefi(file);
            return;
        }
        try {
            model.session().open(file);
            model.report("Opened " + file.toAbsolutePath());
            tabs.getSelectionModel().select(scenarioTab);
        } catch (com.alvh.workbench.scenario.ScenarioException e) {
            model.report("Could not open " + file.getFileName() + ": " + e.problems().size() + " problem(s)");
            error("The scenario could not be opened", e.getMessage());
        } catch (IOException | RuntimeException e) {
            model.report("Could not open " + file.getFileName());
            error("The scenario could not be opened", file + ": " + e.getMessage());
        }
    }

    private boolean onDefiTab() {
        return defiTab != null && tabs.getSelectionModel().getSelectedItem() == defiTab;
    }

    /** Whether a file says it is a DeFi scenario (anything unreadable is left to the equity reader's messages). */
    private static boolean isDefiFile(Path file) {
        try {
            return com.alvh.workbench.scenario.ScenarioJson.loadFile(file)
                    instanceof com.alvh.workbench.scenario.DefiScenarioSpec;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Asks about unsaved DeFi changes; true if the caller may go on (saved or discarded). */
    boolean confirmDiscardDefi() {
        if (model.defi() == null || !model.defi().editor().dirtyProperty().get()) {
            return true;
        }
        FileDialogs.UnsavedChoice choice = dialogs.unsavedChanges(window(),
                model.defi().editor().specProperty().get().name());
        if (choice == FileDialogs.UnsavedChoice.CANCEL) {
            return false;
        }
        return choice == FileDialogs.UnsavedChoice.DISCARD || saveDefi();
    }

    @Override
    public void openDefi() {
        if (!confirmDiscardDefi()) {
            return;
        }
        dialogs.openFile(window(), "Open DeFi scenario", "Scenario", "json").ifPresent(this::openDefi);
    }

    /** Opens a DeFi scenario file in the DeFi tab; a file with problems is refused with every problem listed. */
    void openDefi(Path file) {
        try {
            model.defi().editor().open(file);
            model.session().remember(file);
            model.report("Opened " + file.toAbsolutePath());
            tabs.getSelectionModel().select(defiTab);
        } catch (com.alvh.workbench.scenario.ScenarioException e) {
            model.report("Could not open " + file.getFileName() + ": " + e.problems().size() + " problem(s)");
            error("The DeFi scenario could not be opened", e.getMessage());
        } catch (IOException | RuntimeException e) {
            model.report("Could not open " + file.getFileName());
            error("The DeFi scenario could not be opened", file + ": " + e.getMessage());
        }
    }

    @Override
    public boolean saveDefi() {
        DefiEditorViewModel editor = model.defi().editor();
        if (editor.document().file().isEmpty()) {
            return saveDefiAs();
        }
        try {
            editor.save();
            model.report("Saved " + editor.document().file().orElseThrow().toAbsolutePath());
            return true;
        } catch (IOException e) {
            error("The DeFi scenario could not be saved", e.getMessage());
            return false;
        }
    }

    @Override
    public boolean saveDefiAs() {
        DefiEditorViewModel editor = model.defi().editor();
        String name = "defi-" + editor.specProperty().get().sample() + ".json";
        Optional<Path> target = dialogs.saveFile(window(), "Save DeFi scenario as", name, "Scenario", "json");
        if (target.isEmpty()) {
            return false;
        }
        try {
            editor.saveAs(target.get());
            model.session().remember(target.get());
            model.report("Saved " + target.get().toAbsolutePath());
            return true;
        } catch (IOException e) {
            error("The DeFi scenario could not be saved", e.getMessage());
            return false;
        }
    }

    boolean saveScenario() {
        if (!model.session().hasFile()) {
            return saveScenarioAs();
        }
        try {
            model.session().save();
            model.report("Saved " + model.session().editor().document().file().orElseThrow().toAbsolutePath());
            return true;
        } catch (IOException e) {
            error("The scenario could not be saved", e.getMessage());
            return false;
        }
    }

    boolean saveScenarioAs() {
        String name = model.session().editor().specProperty().get().name().replaceAll("[^A-Za-z0-9-]+", "-")
                .toLowerCase(Locale.ROOT) + ".json";
        Optional<Path> target = dialogs.saveFile(window(), "Save scenario as", name, "Scenario", "json");
        if (target.isEmpty()) {
            return false;
        }
        try {
            model.session().saveAs(target.get());
            model.report("Saved " + target.get().toAbsolutePath());
            return true;
        } catch (IOException e) {
            error("The scenario could not be saved", e.getMessage());
            return false;
        }
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (Path p : model.session().recentFiles()) {
            MenuItem item = new MenuItem(p.getFileName() + "  (" + p.getParent() + ")");
            item.setOnAction(e -> {
                if (confirmDiscard()) {
                    openScenario(p);
                }
            });
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("(none yet)");
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private void error(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setHeaderText(header);
        alert.getDialogPane().setContent(scrollingText(text));
        fitScreen(alert);
        alert.initOwner(window());
        alert.showAndWait();
    }

    private void info(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setHeaderText(header);
        alert.getDialogPane().setContent(scrollingText(text));
        fitScreen(alert);
        alert.initOwner(window());
        alert.show();
    }

    /** A dialog's text: wrapped at 560 px, scrolling when it is taller than the screen allows. */
    static javafx.scene.control.ScrollPane scrollingText(String text) {
        Label body = new Label(text);
        body.setId("dialogText");
        body.setWrapText(true);
        body.setMaxWidth(560);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportWidth(580);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        return scroll;
    }

    /** Keeps a dialog inside the screen: at most 70 % of its height, the text scrolling inside. */
    private static void fitScreen(Alert alert) {
        double max = WorkbenchApp.screenBounds().getHeight() * 0.7;
        alert.getDialogPane().setMaxHeight(max);
        if (alert.getDialogPane().getContent() instanceof javafx.scene.control.ScrollPane scroll) {
            scroll.setMaxHeight(max - 160);
            scroll.setPrefViewportHeight(Math.min(max - 160, 420));
        }
        alert.setResizable(true);
    }
}
