package com.alvh.workbench.ui.common;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
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

    /** A cell of a signed amount: green at or above zero, red below, written by {@code format}. */
    public static <S> TableCell<S, Number> signedCell(DoubleFunction<String> format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(Number value, boolean empty) {
                super.updateItem(value, empty);
                getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
                if (empty || value == null) {
                    setText(null);
                    return;
                }
                String text = format.apply(value.doubleValue());
                setText(text);
                getStyleClass().add(text.startsWith("-") ? Styles.DANGER : Styles.SUCCESS);
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

    /** Whole US dollars, "-0" never shown. */
    public static final DoubleFunction<String> USD = Formats::usd;
    /** A fraction as a percentage with one decimal. */
    public static final DoubleFunction<String> PERCENT_1 = v -> Formats.percent(v, 1);
    /** A fraction as a percentage with two decimals. */
    public static final DoubleFunction<String> PERCENT_2 = v -> Formats.percent(v, 2);

    /** A grouped number with {@code digits} decimals (no "-0", "n/a" for NaN). */
    public static DoubleFunction<String> decimals(int digits) {
        return v -> Formats.decimal(v, digits);
    }

    /**
     * A right-aligned column of numbers.
     *
     * @param name the header
     * @param term the glossary entry of its tooltip, or null
     * @param width preferred width (pixels)
     * @param value the number of a row
     * @param format how it is written ({@link #USD}, {@link #PERCENT_1}, {@link #decimals(int)})
     */
    public static <S> TableColumn<S, Number> numberColumn(String name, Glossary term, double width, ToDoubleFunction<S> value,
                                                   DoubleFunction<String> format) {
        TableColumn<S, Number> column = new TableColumn<>();
        Label header = new Label(name);
        // A narrow column's header wraps onto two lines rather than end in "...".
        header.setWrapText(true);
        header.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
        header.setMinHeight(Region.USE_PREF_SIZE);
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
                setText(empty || v == null ? null : format.apply(v.doubleValue()));
            }
        });
        column.getStyleClass().add(Tweaks.ALIGN_RIGHT);
        column.setPrefWidth(width);
        // Never narrower than the header's longest word (it wraps between words, never inside one).
        int longest = java.util.Arrays.stream(name.split("\\s+")).mapToInt(String::length).max().orElse(1);
        column.setMinWidth(Math.max(44, 8.5 * longest + 18));
        column.setSortable(false);
        return column;
    }

    /** The "inputs changed - run again" mark of a result view: a warning line, hidden while the result is current. */
    public static Label staleMark(String id, javafx.beans.value.ObservableStringValue text) {
        Label stale = new Label();
        stale.setId(id);
        stale.textProperty().bind(text);
        stale.getStyleClass().addAll("stale-mark", Styles.WARNING);
        stale.setWrapText(true);
        stale.setMaxWidth(Double.MAX_VALUE);
        stale.visibleProperty().bind(stale.textProperty().isNotEmpty());
        stale.managedProperty().bind(stale.visibleProperty());
        return stale;
    }

    public static Label sectionHeader(String text) {
        Label label = new Label(text.toUpperCase(Locale.ROOT));
        label.getStyleClass().addAll("section-header", Styles.TEXT_SMALL, Styles.TEXT_BOLD);
        return label;
    }

    /**
     * Makes {@code table} exactly as tall as its rows (at least {@code minRows}) plus the header: every row
     * visible, no scroll bar, no empty band. Row height comes from CSS in em ({@code .fit-rows}), so it
     * grows with the window's zoom.
     */
    public static void fitRows(javafx.scene.control.TableView<?> table, int minRows) {
        table.getStyleClass().add("fit-rows");
        javafx.beans.binding.DoubleBinding height = javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            double cell = table.getFixedCellSize() > 0 ? table.getFixedCellSize() : 26.0;
            // Rows, plus a header of up to two lines (wrapped column names).
            return cell * (Math.max(minRows, table.getItems().size()) + 1.8) + 4;
        }, table.fixedCellSizeProperty(), table.itemsProperty(), javafx.beans.binding.Bindings.size(table.getItems()));
        table.prefHeightProperty().bind(height);
        table.minHeightProperty().bind(height);
        table.maxHeightProperty().bind(height);
    }

    /**
     * Makes {@code list} exactly as tall as its rows (at least {@code minRows}): every row visible, no scroll
     * bar. Row height comes from CSS in em ({@code .list-view.fit-rows}), so it grows with the window's zoom.
     */
    public static void fitRows(javafx.scene.control.ListView<?> list, int minRows) {
        list.getStyleClass().add("fit-rows");
        javafx.beans.binding.DoubleBinding height = javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            double cell = list.getFixedCellSize() > 0 ? list.getFixedCellSize() : 26.0;
            return cell * Math.max(minRows, list.getItems().size()) + 4;
        }, list.fixedCellSizeProperty(), list.itemsProperty(), javafx.beans.binding.Bindings.size(list.getItems()));
        list.prefHeightProperty().bind(height);
        list.minHeightProperty().bind(height);
        list.maxHeightProperty().bind(height);
    }
}
