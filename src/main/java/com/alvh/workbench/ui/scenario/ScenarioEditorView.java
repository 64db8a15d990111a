package com.alvh.workbench.ui.scenario;

import com.alvh.workbench.ui.common.EditorField;
import com.alvh.workbench.ui.common.FieldGrid;

import com.alvh.workbench.scenario.ScenarioSpec;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The structured scenario editor: one section per part of the scenario, one row per value with its
 * unit in the tooltip and its validation message right under it, and one section per hedge layer
 * with add, duplicate, move and remove. A value is committed on Enter or when the field loses focus;
 * Escape puts back the current value. The view only binds; {@link ScenarioEditorViewModel} owns the
 * state and the validation.
 */
public final class ScenarioEditorView {

    /** CSS class of the validation message under a field. */
    static final String ERROR_CLASS = FieldGrid.ERROR_CLASS;

    private final ScenarioEditorViewModel model;
    private final VBox layersBox = new VBox(8);
    private final ScrollPane root;

    /** @param model the editor's state */
    public ScenarioEditorView(ScenarioEditorViewModel model) {
        this.model = model;
        // Two columns: the market side (scenario, market, model, simulation) on the left, the
        // positions (condor, account, hedge policy and its layers) on the right.
        VBox left = new VBox(10);
        VBox right = new VBox(10);
        Map<String, List<EditorField<ScenarioSpec>>> sections = new LinkedHashMap<>();
        for (EditorField<ScenarioSpec> f : model.fields()) {
            sections.computeIfAbsent(f.section(), k -> new java.util.ArrayList<>()).add(f);
        }
        for (var e : sections.entrySet()) {
            GridPane grid = grid(e.getValue());
            VBox column = switch (e.getKey()) {
                case "Condor", "Account" -> right;
                default -> left;
            };
            if (e.getKey().equals("Model")) {
                column.getChildren().add(section("Model", new VBox(8, modelChooser(), grid)));
            } else {
                column.getChildren().add(section(e.getKey(), grid));
            }
        }
        right.getChildren().add(section("Hedge policy", policyBox()));
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(520);
        right.setPrefWidth(640);
        HBox content = new HBox(12, left, right);
        content.setPadding(new Insets(12));
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("scenarioEditor");
        model.layers().addListener((ListChangeListener<LayerModel>) c -> rebuildLayers());
        rebuildLayers();
    }

    /** The node to put in a tab. */
    public Node root() {
        return root;
    }

    private static TitledPane section(String title, Node content) {
        TitledPane p = new TitledPane(title, content);
        p.setCollapsible(true);
        p.setId("section-" + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        return p;
    }

    private Node modelChooser() {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(model.modelChoices());
        box.setId("modelChoice");
        box.setValue(model.modelChoiceProperty().get());
        model.modelChoiceProperty().addListener((o, a, b) -> box.setValue(b));
        box.setOnAction(e -> {
            String v = box.getValue();
            if (v != null && !v.equals(model.modelChoiceProperty().get())) {
                model.chooseModel(v);
            }
        });
        box.setTooltip(tip("The market model the paths come from. A replay runs the real SPX, VIX and VIX3M closes "
                + "of an episode, one path, day by day."));
        Label description = new Label();
        description.setWrapText(true);
        description.getStyleClass().add(Styles.TEXT_MUTED);
        model.specProperty().addListener((o, a, s) -> description.setText(s.model().describe()));
        description.setText(model.specProperty().get().model().describe());
        return new VBox(4, new HBox(8, new Label("Model"), box), description);
    }

    private Node policyBox() {
        Label summary = new Label();
        summary.setWrapText(true);
        summary.textProperty().bind(model.policySummaryProperty());
        Button convert = new Button("Edit the preset's layers");
        convert.setId("convertPreset");
        convert.setTooltip(tip("Writes the preset's layers out so each can be edited; undo puts the preset back."));
        convert.visibleProperty().bind(model.policyEditableProperty().not());
        convert.managedProperty().bind(convert.visibleProperty());
        convert.setOnAction(e -> model.convertPresetToLayers());
        Button add = new Button("Add layer");
        add.setId("addLayer");
        add.setTooltip(tip("Adds a hedge layer: an instrument, a strike and size rule, an entry trigger and an exit rule."));
        add.disableProperty().bind(model.policyEditableProperty().not());
        add.setOnAction(e -> model.addLayer());
        return new VBox(8, summary, new HBox(8, convert, add), layersBox);
    }

    private void rebuildLayers() {
        layersBox.getChildren().clear();
        for (LayerModel lm : model.layers()) {
            int i = lm.index();
            Button up = small("\u2191", "Move up", () -> model.moveLayer(i, -1));
            Button down = small("\u2193", "Move down", () -> model.moveLayer(i, +1));
            Button copy = small("Duplicate", "Copy this layer below itself", () -> model.duplicateLayer(i));
            Button remove = small("Remove", "Remove this layer (undo brings it back)", () -> model.removeLayer(i));
            remove.getStyleClass().add(Styles.DANGER);
            up.setDisable(i == 0);
            down.setDisable(i == model.layers().size() - 1);
            VBox box = new VBox(6, new HBox(6, up, down, copy, remove), grid(lm.fields()));
            TitledPane pane = new TitledPane(lm.title(), box);
            pane.setId("layer-" + i);
            layersBox.getChildren().add(pane);
        }
    }

    private static Button small(String text, String tooltip, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().add(Styles.SMALL);
        b.setTooltip(tip(tooltip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private GridPane grid(List<EditorField<ScenarioSpec>> fields) {
        return FieldGrid.of(fields, model::commit, () -> model.specProperty().get());
    }

    /** The id of a field's text box: section and label, e.g. {@code field-market-spx-spot}. */
    static String fieldId(EditorField<?> f) {
        return FieldGrid.fieldId(f);
    }

    private static Tooltip tip(String text) {
        return FieldGrid.tip(text);
    }
}
