package com.alvh.workbench.ui.common;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** Small builders every tab uses: glossary tooltips and term labels, section headers, table columns. */
public final class Controls {

    private Controls() {
    }

    public static Tooltip tip(Glossary term) {
        Tooltip t = new Tooltip(term.tooltip());
        t.setWrapText(true);
        t.setMaxWidth(380);
        t.setShowDelay(Duration.millis(300));
        t.setShowDuration(Duration.seconds(30));
        return t;
    }

    public static Label termLabel(String text, Glossary term) {
        Label label = new Label(text);
        label.setTooltip(tip(term));
        label.getStyleClass().add("term");
        return label;
    }

    public static <S> TableCell<S, Number> signedCell(String format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(Number value, boolean empty) {
                super.updateItem(value, empty);
                getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
                if (empty || value == null) {
                    setText(null);
                    return;
                }
                setText(String.format(Locale.US, format, value.doubleValue()));
                getStyleClass().add(value.doubleValue() >= 0 ? Styles.SUCCESS : Styles.DANGER);
            }
        };
    }

    public static <S> TableColumn<S, String> textColumn(String name, double width, Function<S, String> text) {
        TableColumn<S, String> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(text.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    public static <S> TableColumn<S, Number> numberColumn(String name, Glossary term, double width, ToDoubleFunction<S> value,
                                                   String format) {
        TableColumn<S, Number> column = new TableColumn<>();
        Label header = new Label(name);
        if (term != null) {
            header.setTooltip(tip(term));
        }
        column.setGraphic(header);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(c.getValue())));
        column.setCellFactory(tc -> new TableCell<>() {
            @Override
            protected void updateItem(Number v, boolean empty) {
                super.updateItem(v, empty);
                // A figure that does not exist (VaR of one path, an IRR without a unique root) reads n/a.
                setText(empty || v == null ? null : Double.isNaN(v.doubleValue()) ? "n/a"
                        : String.format(Locale.US, format, v.doubleValue()));
            }
        });
        column.getStyleClass().add(Tweaks.ALIGN_RIGHT);
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    public static Label sectionHeader(String text) {
        Label label = new Label(text.toUpperCase(Locale.ROOT));
        label.getStyleClass().addAll("section-header", Styles.TEXT_SMALL, Styles.TEXT_BOLD);
        return label;
    }
}
