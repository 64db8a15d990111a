package com.alvh.workbench.ui.common;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import org.jfree.chart.JFreeChart;

/**
 * A results dashboard's charts with every chart one click away: a row of chart names that wraps onto
 * a second line when the window is narrow (no overflow menu), and the chosen chart below. Fixed
 * entries (a table, the live LP payoff) sit beside the run's charts. The choice is kept across runs
 * when the new run has a chart of the same name.
 */
public final class ChartDeck extends BorderPane {

    /**
     * An entry that is always there, not from a run.
     *
     * @param title its name in the row
     * @param content what it shows
     * @param first whether it comes before the run's charts (else after)
     */
    public record Fixed(String title, Node content, boolean first) {
        public Fixed {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(content, "content");
        }
    }

    private final FlowPane names = new FlowPane(6, 6);
    private final StackPane shown = new StackPane();
    private final ToggleGroup group = new ToggleGroup();
    private final ChartActions actions;
    private final List<Fixed> fixed;
    private final Label placeholder;
    private final ReadOnlyStringWrapper selected = new ReadOnlyStringWrapper(this, "selected", "");
    private final List<ToggleButton> buttons = new ArrayList<>();
    /** The entry the user clicked last, or the run chart shown; null before either. */
    private String chosen;

    /**
     * @param id CSS id of the deck (tests look it up)
     * @param charts the run's charts (empty before a run)
     * @param actions export and copy
     * @param placeholder what shows before the first run
     * @param fixed entries that are always there
     */
    public ChartDeck(String id, ObservableValue<List<NamedChart>> charts, ChartActions actions, String placeholder,
                     List<Fixed> fixed) {
        this.actions = Objects.requireNonNull(actions, "actions");
        this.fixed = List.copyOf(fixed);
        setId(id);
        getStyleClass().add("chart-deck");
        names.getStyleClass().add("chart-deck-names");
        names.setPadding(new Insets(0, 0, 6, 0));
        this.placeholder = new Label(placeholder);
        this.placeholder.setWrapText(true);
        this.placeholder.setMaxWidth(560);
        this.placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        this.placeholder.setId(id + "Placeholder");
        setTop(names);
        setCenter(shown);
        fill(charts.getValue());
        charts.addListener((obs, old, now) -> fill(now));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true); // one chart is always chosen
                return;
            }
            show();
        });
    }

    private void fill(List<NamedChart> charts) {
        // Keep what the user chose (or the chart shown after the last run); else show the run's first chart.
        String keep = chosen;
        List<ToggleButton> next = new ArrayList<>();
        List<Node> contents = new ArrayList<>();
        for (Fixed f : fixed) {
            if (f.first()) {
                next.add(button(f.title()));
                contents.add(f.content());
            }
        }
        for (NamedChart c : charts == null ? List.<NamedChart>of() : charts) {
            ToggleButton b = button(shortTitle(c));
            b.setTooltip(new javafx.scene.control.Tooltip(c.title()));
            next.add(b);
            ChartPane pane = new ChartPane(c.fileName(), c.fileName(), new SimpleObjectProperty<JFreeChart>(c.chart()),
                    actions);
            contents.add(pane);
        }
        for (Fixed f : fixed) {
            if (!f.first()) {
                next.add(button(f.title()));
                contents.add(f.content());
            }
        }
        buttons.clear();
        buttons.addAll(next);
        names.getChildren().setAll(next);
        shown.getChildren().setAll(contents);
        if (charts == null || charts.isEmpty()) {
            shown.getChildren().add(placeholder);
        }
        ToggleButton target = next.stream().filter(b -> b.getText().equals(keep)).findFirst()
                .orElse(next.stream().skip(fixedFirst()).findFirst().orElse(next.isEmpty() ? null : next.get(0)));
        if (target != null) {
            target.setSelected(true);
        }
        show();
    }

    /** Short names, so the row fits one line at 1280 px: the chart's full title is its tooltip. */
    private static final java.util.Map<String, String> SHORT = java.util.Map.of(
            "pnl-distribution", "P&L per policy", "pnl-primary", "P&L, hedged", "equity-fan", "Equity fan",
            "underwater", "Underwater", "max-drawdown", "Max drawdown", "vix-path", "Path and triggers",
            "policy-comparison", "Policy comparison", "layer-cost-benefit", "Layer cost/benefit", "payoff", "Payoff");

    /** The short name of a chart (by the report chart id its file name ends with), else its title. */
    static String shortTitle(NamedChart c) {
        return SHORT.entrySet().stream().filter(e -> c.fileName().endsWith("-" + e.getKey())).map(java.util.Map.Entry::getValue)
                .findFirst().orElse(c.title());
    }

    private long fixedFirst() {
        return fixed.stream().filter(Fixed::first).count();
    }

    private ToggleButton button(String title) {
        ToggleButton b = new ToggleButton(title);
        b.setToggleGroup(group);
        b.getStyleClass().addAll(Styles.SMALL, "chart-deck-name");
        b.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE); // never "P&L dis..."
        b.setFocusTraversable(true);
        b.setOnAction(e -> chosen = title);
        return b;
    }

    private void show() {
        int index = buttons.indexOf((ToggleButton) group.getSelectedToggle());
        boolean empty = buttons.size() == fixed.size(); // no run yet
        for (int i = 0; i < shown.getChildren().size(); i++) {
            Node n = shown.getChildren().get(i);
            boolean visible = n == placeholder ? empty && (index < 0 || index >= fixedFirst()) : i == index;
            n.setVisible(visible);
            n.setManaged(visible);
        }
        selected.set(index < 0 ? "" : buttons.get(index).getText());
        if (index >= 0 && shown.getChildren().get(index) instanceof ChartPane) {
            chosen = buttons.get(index).getText();
        }
    }

    /** Shows the entry named {@code title}, if there is one. @return whether there was */
    public boolean select(String title) {
        for (ToggleButton b : buttons) {
            if (b.getText().equals(title)) {
                b.setSelected(true);
                chosen = title;
                return true;
            }
        }
        return false;
    }

    /** Shows a chart of the run. @return whether the deck holds it */
    public boolean select(NamedChart chart) {
        return select(shortTitle(chart));
    }

    /** The names in the row, in order. */
    public List<String> titles() {
        return buttons.stream().map(ToggleButton::getText).toList();
    }

    /** The name of the entry shown. */
    public ReadOnlyStringProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The chart pane shown, or null when the entry shown is not a chart. */
    public ChartPane selectedChartPane() {
        int index = buttons.indexOf((ToggleButton) group.getSelectedToggle());
        if (index < 0 || index >= shown.getChildren().size()) {
            return null;
        }
        Node n = shown.getChildren().get(index);
        return n instanceof ChartPane pane ? pane : null;
    }

    /** Whether the row holds any run chart (the placeholder shows otherwise). */
    public javafx.beans.binding.BooleanBinding emptyProperty() {
        return Bindings.size(names.getChildren()).isEqualTo(fixed.size());
    }
}
