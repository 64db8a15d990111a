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
            TextField text = new TextField();
            text.setId(fieldId(f));
            text.setMaxWidth(f.label().equals("entry trigger") || f.label().equals("name") ? 460 : 200);
            text.textProperty().bindBidirectional(f.textProperty());
            text.setTooltip(tip(f.help()));
            text.disableProperty().bind(f.applicableProperty().not());
            text.setOnAction(e -> commit.accept(f));
            text.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    commit.accept(f);
                }
            });
            text.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    f.refresh(current.get());
                }
            });
            Label error = new Label();
            error.getStyleClass().addAll(ERROR_CLASS, Styles.DANGER, Styles.TEXT_SMALL);
            error.setWrapText(true);
            error.textProperty().bind(f.errorProperty());
            error.visibleProperty().bind(f.errorProperty().isNotEmpty());
            error.managedProperty().bind(error.visibleProperty());
            f.errorProperty().addListener((o, a, b) -> text.pseudoClassStateChanged(Styles.STATE_DANGER, !b.isEmpty()));
            g.add(label, 0, row);
            g.add(text, 1, row++);
            g.add(error, 1, row++);
        }
        return g;
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
