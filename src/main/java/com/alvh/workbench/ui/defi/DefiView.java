package com.alvh.workbench.ui.defi;

import com.alvh.workbench.ui.common.ChartActions;
import com.alvh.workbench.ui.common.ChartDeck;
import com.alvh.workbench.ui.common.ChartPane;
import com.alvh.workbench.ui.common.TileBar;
import com.alvh.workbench.ui.common.Controls;
import com.alvh.workbench.ui.common.EditorField;
import com.alvh.workbench.ui.common.FieldGrid;
import com.alvh.workbench.ui.common.Glossary;
import com.alvh.workbench.ui.common.NamedChart;
import com.alvh.workbench.ui.common.PolicyRow;

import atlantafx.base.theme.Styles;
import com.alvh.workbench.scenario.DefiScenarioSpec;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The DeFi tab: on the left the DeFi scenario editor (the question, its position and hedge numbers
 * with validation next to each, simulation settings, an ETH history window; open, save, undo); on
 * the right the live LP payoff (value against price, the hold value, the range shaded; on the LP
 * question the range sliders edit the position) and, after Run, the hedged and unhedged runs on the
 * same paths with the report's charts and a summary row per run.
 */
public final class DefiView {

    private final BorderPane root = new BorderPane();
    private final ChartPane payoffPane;
    private ChartDeck deck;

    /** What the DeFi tab's file buttons do (dialogs and error messages live in the main window). */
    public interface FileCommands {
        void openDefi();

        boolean saveDefi();

        boolean saveDefiAs();
    }

    public DefiView(DefiViewModel model, ChartActions actions, FileCommands files) {
        DefiEditorViewModel editor = model.editor();
        payoffPane = new ChartPane("defiPayoff", "lp-payoff", model.payoffChartProperty(), actions);
        Slider lower = new Slider(-100, -1, model.rangeLowerPercentProperty().get());
        lower.setId("rangeLower");
        lower.valueProperty().bindBidirectional(model.rangeLowerPercentProperty());
        Slider upper = new Slider(1, 400, model.rangeUpperPercentProperty().get());
        upper.setId("rangeUpper");
        upper.valueProperty().bindBidirectional(model.rangeUpperPercentProperty());
        // On the LP question the sliders edit the position: one undoable edit when a drag ends.
        lower.valueChangingProperty().addListener((o, was, now) -> {
            if (!now) {
                model.commitRangeToPosition();
            }
        });
        upper.valueChangingProperty().addListener((o, was, now) -> {
            if (!now) {
                model.commitRangeToPosition();
            }
        });
        Label lowerText = new Label();
        lowerText.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.US, "%.0f %%",
                model.rangeLowerPercentProperty().get()), model.rangeLowerPercentProperty()));
        Label upperText = new Label();
        upperText.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.US, "+%.0f %%",
                model.rangeUpperPercentProperty().get()), model.rangeUpperPercentProperty()));
        Label rangeHelp = new Label();
        rangeHelp.textProperty().bind(Bindings.createStringBinding(() -> model.rangeIsThePosition()
                ? "The scenario's LP range around the entry price: dragging a slider edits the position (undo with Ctrl+Z). "
                        + "The gap to the dashed line is the impermanent loss."
                : "Explore an LP range around the entry price (this question's position is not a single range). Both "
                        + "sliders at their ends: full range (constant product). The gap to the dashed line is the "
                        + "impermanent loss.", editor.specProperty()));
        rangeHelp.setWrapText(true);
        rangeHelp.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox.setHgrow(lower, Priority.ALWAYS);
        HBox.setHgrow(upper, Priority.ALWAYS);
        VBox payoffBox = new VBox(6, payoffPane, new HBox(8, new Label("Range low"), lower, lowerText),
                new HBox(8, new Label("Range high"), upper, upperText), rangeHelp);
        payoffBox.setPadding(new Insets(8));
        VBox.setVgrow(payoffPane, Priority.ALWAYS);

        ComboBox<String> sample = new ComboBox<>();
        sample.setId("defiSample");
        sample.getItems().setAll(model.samples());
        sample.setValue(editor.specProperty().get().sample());
        editor.specProperty().addListener((o, a, b) -> sample.setValue(b.sample()));
        sample.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(editor.specProperty().get().sample())) {
                editor.chooseSample(b);
            }
        });
        sample.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String key) {
                return key == null ? "" : DefiViewModel.title(key);
            }

            @Override
            public String fromString(String text) {
                return model.samples().stream().filter(k -> DefiViewModel.title(k).equals(text)).findFirst().orElse(null);
            }
        });
        sample.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(sample, Priority.ALWAYS);
        sample.setTooltip(FieldGrid.tip("The DeFi question to study; each has its own position and hedge layers "
                + "(see the user guide). Switching starts from the question's own numbers (undoable)."));
        Label question = new Label();
        question.setWrapText(true);
        question.textProperty().bind(Bindings.createStringBinding(
                () -> DefiViewModel.question(editor.specProperty().get().sample()), editor.specProperty()));
        question.getStyleClass().add(Styles.TEXT_MUTED);
        Label title = new Label();
        title.setId("defiTitle");
        title.textProperty().bind(editor.titleProperty());
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setWrapText(true);
        Button open = smallButton("Open\u2026", "Open a DeFi scenario file", files::openDefi);
        Button save = smallButton("Save", "Save the DeFi scenario (the command line runs the same file)", files::saveDefi);
        save.setId("defiSave");
        Button saveAs = smallButton("Save as\u2026", "Save the DeFi scenario to a new file", files::saveDefiAs);
        Button undo = smallButton("Undo", "Undo the last edit of the DeFi scenario (Ctrl+Z on this tab)", editor::undo);
        undo.disableProperty().bind(editor.canUndoProperty().not());
        Button redo = smallButton("Redo", "Redo (Ctrl+Y on this tab)", editor::redo);
        redo.disableProperty().bind(editor.canRedoProperty().not());
        Button reset = smallButton("Reset", "Put the position and hedge numbers back to the question's own (undoable)",
                editor::resetParameters);
        VBox form = new VBox(8);
        Runnable fillForm = () -> {
            Map<String, List<EditorField<DefiScenarioSpec>>> sections = new LinkedHashMap<>();
            for (EditorField<DefiScenarioSpec> f : editor.fields()) {
                sections.computeIfAbsent(f.section(), k -> new ArrayList<>()).add(f);
            }
            form.getChildren().setAll(sections.entrySet().stream().map(e -> {
                TitledPane t = new TitledPane(e.getKey(), FieldGrid.of(e.getValue(), editor::commit,
                        () -> editor.specProperty().get(), 190));
                t.setCollapsible(false);
                return (Node) t;
            }).toList());
        };
        fillForm.run();
        editor.fields().addListener((javafx.collections.ListChangeListener<EditorField<DefiScenarioSpec>>) c -> fillForm.run());
        javafx.scene.layout.FlowPane fileButtons = new javafx.scene.layout.FlowPane(4, 4, open, save, saveAs, undo, redo,
                reset);
        Label questionLabel = new Label("Question");
        questionLabel.setMinWidth(Region.USE_PREF_SIZE);
        // The label above the box: the box gets the editor's whole width, so a question's title reads whole.
        VBox chooser = new VBox(4, questionLabel, sample);
        sample.setMaxWidth(Double.MAX_VALUE);
        VBox editorBox = new VBox(8, chooser, question, title, fileButtons, form);
        editorBox.setPadding(new Insets(8));
        ScrollPane editorScroll = new ScrollPane(editorBox);
        editorScroll.setFitToWidth(true);
        editorScroll.setId("defiEditor");
        // Fields keep a usable width: the split gives the editor at least this much, the charts the rest.
        editorScroll.setMinWidth(340);
        editorScroll.setPrefWidth(400);
        SplitPane.setResizableWithParent(editorScroll, false);

        Button run = new Button("Run");
        run.setId("defiRun");
        run.getStyleClass().add(Styles.ACCENT);
        run.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip runTip = new Tooltip();
        runTip.textProperty().bind(Bindings.when(model.runBlockedProperty().isEmpty())
                .then("Run the scenario's unhedged and hedged positions on the same paths (Ctrl+R)")
                .otherwise(model.runBlockedProperty()));
        run.setTooltip(runTip);
        run.disableProperty().bind(model.runBlockedProperty().isNotEmpty());
        run.setOnAction(e -> model.run());
        Button cancel = new Button("Cancel");
        cancel.setId("defiCancel");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.runningProperty());
        bar.managedProperty().bind(model.runningProperty());
        Label status = new Label();
        status.setId("defiStatus");
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add(Styles.TEXT_SMALL);
        status.setWrapText(true);
        HBox top = new HBox(8, run, cancel, bar, status);
        top.setAlignment(Pos.CENTER_LEFT);
        Label blocked = new Label();
        blocked.setId("defiRunBlocked");
        blocked.textProperty().bind(Bindings.createStringBinding(() -> model.runningProperty().get() ? ""
                : model.runBlockedProperty().get(), model.runBlockedProperty(), model.runningProperty()));
        blocked.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        blocked.setWrapText(true);
        blocked.visibleProperty().bind(blocked.textProperty().isNotEmpty());
        blocked.managedProperty().bind(blocked.visibleProperty());
        Label stale = Controls.staleMark("defiStale", model.freshness().textProperty());

        ChartDeck dashboard = new ChartDeck("defiDashboard", model.chartsProperty(), actions,
                "Press Run (Ctrl+R): the hedged and unhedged runs' distributions, drawdowns, equity fan and the "
                        + "realised-vol path with the layers' triggers appear here.",
                List.of(new ChartDeck.Fixed("LP payoff", payoffBox, true)));
        this.deck = dashboard;
        // After a run: the chart that was shown if the new run has it, else its first chart (for a one-path
        // replay the equity path, which tells more than a histogram of one outcome).
        model.chartsProperty().addListener((o, a, b) -> {
            if (model.lastRunPaths() == 1) {
                b.stream().filter(c -> c.fileName().endsWith("equity-fan")).findFirst()
                        .ifPresent(dashboard::select);
            }
        });
        TableView<PolicyRow> table = new TableView<>(model.rows());
        table.setId("defiSummary");
        table.setPlaceholder(new Label("No runs yet: press Run (Ctrl+R)"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(Controls.textColumn("Run", 160, PolicyRow::policy));
        table.getColumns().add(Controls.numberColumn("Mean P&L", null, 90, PolicyRow::meanPnl, Controls.USD));
        table.getColumns().add(Controls.numberColumn("VaR 95", Glossary.VAR, 80, PolicyRow::valueAtRisk95, Controls.USD));
        table.getColumns().add(Controls.numberColumn("CVaR 95", Glossary.CVAR, 80, PolicyRow::expectedShortfall95, Controls.USD));
        table.getColumns().add(Controls.numberColumn("P(loss)", null, 64, PolicyRow::probabilityOfLoss, Controls.PERCENT_1));
        table.getColumns().add(Controls.numberColumn("Mean max DD", Glossary.DRAWDOWN, 90, PolicyRow::meanMaxDrawdown, Controls.USD));
        table.getColumns().add(Controls.numberColumn("Hedge cost", Glossary.HEDGE_COST, 80, PolicyRow::meanHedgeCost, Controls.USD));
        Controls.fitRows(table, 2);
        VBox.setVgrow(dashboard, Priority.ALWAYS);
        VBox right = new VBox(6, top, blocked, stale, new TileBar("defiTiles", model.tiles()), dashboard, table);
        right.setPadding(new Insets(8));
        right.setMinWidth(0);
        SplitPane split = new SplitPane(editorScroll, right);
        split.setDividerPositions(0.3);
        root.setCenter(split);
        root.setId("defiView");
    }

    private static Button smallButton(String text, String tooltip, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().add(Styles.SMALL);
        b.setTooltip(FieldGrid.tip(tooltip));
        b.setOnAction(e -> action.run());
        return b;
    }

    public Node root() {
        return root;
    }

    public ChartPane payoffPane() {
        return payoffPane;
    }

    /** The chart shown on the right (the LP payoff before a run), or null when it is not a chart. */
    public ChartPane selectedChartPane() {
        ChartPane p = deck.selectedChartPane();
        return p != null ? p : deck.selectedProperty().get().equals("LP payoff") ? payoffPane : null;
    }
}
