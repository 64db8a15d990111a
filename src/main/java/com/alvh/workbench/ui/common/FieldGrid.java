package com.alvh.workbench.ui.common;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A form of {@link EditorField}s, shared by the scenario editor and the DeFi editor: label (with the
 * term explained in its tooltip), text box, and the validation message right under it. A value is
 * committed on Enter or when the box loses focus; Escape puts back the current value.
 */
public final class FieldGrid {

    /** CSS class of the validation message under a field. */
    public static final String ERROR_CLASS = "field-error";

    private FieldGrid() {
    }

    /**
     * @param fields the rows, in order
     * @param commit applies a field's text (the view model's commit)
     * @param current the scenario now, for Escape
     * @param <S> the scenario type
     */
    public static <S> GridPane of(List<EditorField<S>> fields, Consumer<EditorField<S>> commit, Supplier<S> current) {
        return of(fields, commit, current, 140);
    }

    /** As {@link #of(List, Consumer, Supplier)} with another label column width (pixels). */
    public static <S> GridPane of(List<EditorField<S>> fields, Consumer<EditorField<S>> commit, Supplier<S> current,
                           double labelWidth) {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(2);
        ColumnConstraints labels = new ColumnConstraints(labelWidth);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().setAll(labels, values);
        int row = 0;
        for (EditorField<S> f : fields) {
            Label label = new Label(f.label());
            label.setTooltip(tip(f.help()));
            label.setWrapText(true); // long labels with units wrap rather than end in "..."
            javafx.scene.control.Control text;
            if (f.choices().isEmpty()) {
                TextField box = box(f, commit, current);
                box.setMaxWidth(f.label().equals("entry trigger") || f.label().equals("name") ? 460 : 200);
                text = box;
            } else {
                text = choiceBox(f, commit);
            }
            text.setId(fieldId(f));
            text.setTooltip(tip(f.help()));
            Label error = new Label();
            error.getStyleClass().addAll(ERROR_CLASS, Styles.DANGER, Styles.TEXT_SMALL);
            error.setWrapText(true);
            error.textProperty().bind(f.errorProperty());
            error.visibleProperty().bind(f.errorProperty().isNotEmpty());
            error.managedProperty().bind(error.visibleProperty());
            g.add(label, 0, row);
            g.add(text, 1, row++);
            g.add(error, 1, row++);
        }
        return g;
    }

    /**
     * A choice box for an enumerated field: picking a choice commits it at once; the box follows the
     * field's value (undo, another file). Where other text is allowed the box is editable and a typed
     * value commits on Enter or focus loss like a text box.
     */
    static <S> javafx.scene.control.ComboBox<String> choiceBox(EditorField<S> f, Consumer<EditorField<S>> commit) {
        javafx.scene.control.ComboBox<String> box = new javafx.scene.control.ComboBox<>();
        box.getItems().setAll(f.choices().stream().map(EditorField.Choice::value).toList());
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : f.title(value);
            }

            @Override
            public String fromString(String text) {
                return f.choices().stream().filter(c -> c.title().equals(text)).map(EditorField.Choice::value)
                        .findFirst().orElse(text);
            }
        });
        box.setEditable(f.otherAllowed());
        box.setMaxWidth(280);
        box.setValue(f.textProperty().get());
        boolean[] syncing = {false};
        f.textProperty().addListener((o, a, b) -> {
            syncing[0] = true;
            try {
                box.setValue(b);
            } finally {
                syncing[0] = false;
            }
        });
        box.valueProperty().addListener((o, a, b) -> {
            if (syncing[0] || b == null || b.equals(f.textProperty().get())) {
                return;
            }
            f.textProperty().set(b);
            commit.accept(f);
        });
        box.disableProperty().bind(f.applicableProperty().not());
        f.errorProperty().addListener((o, a, b) -> box.pseudoClassStateChanged(Styles.STATE_DANGER, !b.isEmpty()));
        return box;
    }

    /**
     * The same fields in one row, label then box, for a toolbar (the Results tab's paths, days and seed
     * are the scenario's own fields, not a copy). A refused value turns its box red and says why in
     * its tooltip; the tab's Run button says it too.
     *
     * @param fields the fields, in order
     * @param commit applies a field's text
     * @param current the scenario now, for Escape
     * @param idSuffix appended to each box's id, so the same field shown twice has two ids
     */
    public static <S> javafx.scene.layout.HBox inline(List<EditorField<S>> fields, Consumer<EditorField<S>> commit,
                                                      Supplier<S> current, String idSuffix) {
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(6);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        for (EditorField<S> f : fields) {
            Label label = new Label(f.label());
            label.setTooltip(tip(f.help()));
            label.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
            TextField text = box(f, commit, current);
            text.setId(fieldId(f) + idSuffix);
            text.setPrefColumnCount(7);
            text.setMinWidth(70);
            Tooltip help = tip(f.help());
            text.setTooltip(help);
            f.errorProperty().addListener((o, a, b) -> help.setText(b.isEmpty() ? f.help() : b));
            row.getChildren().addAll(label, text);
        }
        return row;
    }

    private static <S> TextField box(EditorField<S> f, Consumer<EditorField<S>> commit, Supplier<S> current) {
        TextField text = new TextField();
        text.textProperty().bindBidirectional(f.textProperty());
        text.disableProperty().bind(f.applicableProperty().not());
        text.setOnAction(e -> commit.accept(f));
        text.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.accept(f);
            }
        });
        text.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                f.revert(current.get());
            }
        });
        text.pseudoClassStateChanged(Styles.STATE_DANGER, f.isInvalid());
        f.errorProperty().addListener((o, a, b) -> text.pseudoClassStateChanged(Styles.STATE_DANGER, !b.isEmpty()));
        return text;
    }

    /** The id of a field's text box: section and label, e.g. {@code field-market-spx-spot}. */
    public static String fieldId(EditorField<?> f) {
        return ("field-" + f.section() + "-" + f.label()).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("-+$", "");
    }

    /** A tooltip that wraps and shows quickly (the explanations are a sentence or two). */
    public static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(420);
        t.setShowDelay(Duration.millis(300));
        return t;
    }
}
