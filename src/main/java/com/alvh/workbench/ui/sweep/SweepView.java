package com.alvh.workbench.ui.sweep;

import atlantafx.base.theme.Styles;
import com.alvh.workbench.chart.FrontierChart;
import com.alvh.workbench.scenario.SweepObjective;
import com.alvh.workbench.ui.common.ChartActions;
import com.alvh.workbench.ui.common.ChartPane;
import com.alvh.workbench.ui.common.Controls;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;

import java.util.Locale;
import java.util.Objects;

/**
 * The Sweep tab: on the left, the axes (a field of the scenario's policy, its range and number of
 * values), the sampling, paths and objective, Run and Cancel with progress; on the right, the
 * frontier chart (the base policy marked). Clicking a point opens its policy in the Scenario tab.
 * Views only bind and forward: the state is {@link SweepViewModel}'s.
 */
public final class SweepView {

    private final SweepViewModel model;
    private final BorderPane root = new BorderPane();
    private final ChartPane chartPane;
    private javafx.beans.property.ObjectProperty<Integer> pathsValue; // kept: the spinner binds to it
    private javafx.beans.property.ObjectProperty<Integer> pointsValue;

    /**
     * @param model the tab's state
     * @param actions export and copy for the chart
     */
    public SweepView(SweepViewModel model, ChartActions actions) {
        this(model, actions, () -> { });
    }

    /**
     * @param model the tab's state
     * @param actions export and copy for the chart
     * @param afterOpen what to do once a clicked policy is in the Scenario editor (show that tab)
     */
    public SweepView(SweepViewModel model, ChartActions actions, Runnable afterOpen) {
        this.model = Objects.requireNonNull(model, "model");
        root.setId("sweepTab");
        chartPane = new ChartPane("sweepFrontier", "frontier", model.chartProperty(), actions);
        chartPane.viewer().addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                if (event.getTrigger().getClickCount() == 1 && event.getEntity() instanceof XYItemEntity item
                        && item.getDataset() instanceof FrontierChart.Points points) {
                    if (model.open(points.rowAt(item.getSeriesIndex(), item.getItem()))) {
                        afterOpen.run();
                    }
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
            }
        });
        Label placeholder = new Label("The frontier appears here after a run: net cost (what the hedges take from the"
                + " mean P&L against the unhedged condor) against the tail measure, one point per policy.");
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        placeholder.visibleProperty().bind(model.chartProperty().isNull());
        javafx.scene.layout.StackPane right = new javafx.scene.layout.StackPane(chartPane, placeholder);
        SplitPane split = new SplitPane(controls(), right);
        split.setDividerPositions(0.34);
        root.setCenter(split);
        Label status = new Label();
        status.setId("sweepStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add(Styles.TEXT_SMALL);
        status.setPadding(new Insets(4, 12, 6, 12));
        root.setBottom(status);
    }

    public BorderPane root() {
        return root;
    }

    /** The frontier chart's pane (the File menu's export and copy act on it). */
    public ChartPane chartPane() {
        return chartPane;
    }

    private VBox controls() {
        ComboBox<SweepViewModel.FieldChoice> field = new ComboBox<>(model.fields());
        field.setId("sweepField");
        field.setPromptText("a field of the policy");
        field.setMaxWidth(Double.MAX_VALUE);
        field.setTooltip(new Tooltip("Every numeric field of the scenario's policy: trigger levels, sizes, strikes, "
                + "tenors, exits, the reserve"));
        TextField from = new TextField();
        from.setId("sweepFrom");
        from.setPrefColumnCount(5);
        TextField to = new TextField();
        to.setId("sweepTo");
        to.setPrefColumnCount(5);
        TextField count = new TextField("5");
        count.setId("sweepCount");
        count.setPrefColumnCount(3);
        field.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                double[] r = SweepViewModel.defaultRange(now.field());
                from.setText(format(r[0]));
                to.setText(format(r[1]));
            }
        });
        Label problem = new Label();
        problem.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        Button add = new Button("Add axis");
        add.setId("sweepAddAxis");
        add.setOnAction(e -> {
            try {
                problem.setText(Objects.requireNonNullElse(model.addAxis(field.getValue(),
                        Double.parseDouble(from.getText().strip()), Double.parseDouble(to.getText().strip()),
                        Integer.parseInt(count.getText().strip())), ""));
            } catch (NumberFormatException ex) {
                problem.setText("From, to and values must be numbers");
            }
        });
        ListView<SweepViewModel.AxisChoice> axes = new ListView<>(model.axes());
        axes.setId("sweepAxes");
        axes.setPrefHeight(130);
        Button remove = new Button("Remove");
        remove.setOnAction(e -> {
            var a = axes.getSelectionModel().getSelectedItem();
            if (a != null) {
                model.axes().remove(a);
            }
        });
        Button refresh = new Button("Reread fields");
        refresh.setTooltip(new Tooltip("List the fields of the scenario's policy again after editing it"));
        refresh.setOnAction(e -> model.refreshFields());

        GridPane range = new GridPane();
        range.setHgap(6);
        range.setVgap(4);
        // Two rows, so that a 1024-wide window leaves every field at least 60 px wide.
        range.addRow(0, label("From"), from, label("To"), to);
        range.addRow(1, label("Values"), count, add);
        GridPane.setColumnSpan(add, 2);
        add.setMinWidth(Region.USE_PREF_SIZE);
        count.setMinWidth(64);

        ChoiceBox<SweepViewModel.Sampling> sampling = new ChoiceBox<>();
        sampling.getItems().setAll(SweepViewModel.Sampling.values());
        sampling.valueProperty().bindBidirectional(model.samplingProperty());
        Spinner<Integer> points = new Spinner<>(2, 5_000, model.pointsProperty().get(), 10);
        points.setEditable(true);
        points.setPrefWidth(110);
        points.setMinWidth(Region.USE_PREF_SIZE);
        pointsValue = model.pointsProperty().asObject();
        points.getValueFactory().valueProperty().bindBidirectional(pointsValue);
        points.disableProperty().bind(model.samplingProperty().isEqualTo(SweepViewModel.Sampling.GRID));
        Spinner<Integer> paths = new Spinner<>(SweepViewModel.MIN_PATHS, SweepViewModel.MAX_PATHS,
                model.pathsProperty().get(), 1_000);
        paths.setId("sweepPaths");
        paths.setEditable(true);
        paths.setPrefWidth(110);
        pathsValue = model.pathsProperty().asObject();
        paths.getValueFactory().valueProperty().bindBidirectional(pathsValue);

        ChoiceBox<SweepObjective.Tail> tail = new ChoiceBox<>();
        tail.getItems().setAll(SweepObjective.Tail.values());
        tail.valueProperty().bindBidirectional(model.tailProperty());
        tail.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(SweepObjective.Tail t) {
                return t == null ? "" : FrontierChart.tailLabel(t);
            }

            @Override
            public SweepObjective.Tail fromString(String s) {
                return null;
            }
        });
        // The check box on its own row and the limit under it: the sentence reads whole in a narrow pane.
        CheckBox limit = new CheckBox("Best: least net cost with the tail at most (USD)");
        limit.selectedProperty().bindBidirectional(model.limitTailProperty());
        limit.setWrapText(true);
        TextField atMost = new TextField(format(model.tailAtMostProperty().get()));
        atMost.setPrefColumnCount(8);
        atMost.setMaxWidth(Region.USE_PREF_SIZE);
        atMost.disableProperty().bind(model.limitTailProperty().not());
        atMost.textProperty().addListener((obs, old, now) -> {
            try {
                model.tailAtMostProperty().set(Double.parseDouble(now.strip()));
            } catch (NumberFormatException ignored) {
                // kept until the text is a number
            }
        });

        Button run = new Button("Run sweep");
        run.setId("runSweep");
        run.getStyleClass().add(Styles.ACCENT);
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(e -> model.run());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelSweep");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        ProgressBar bar = new ProgressBar();
        bar.setId("sweepProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.runningProperty());

        VBox box = new VBox(8,
                Controls.sectionHeader("Axes"), field, range, problem, axes, new HBox(6, remove, refresh),
                Controls.sectionHeader("Policies and paths"),
                new HBox(6, label("Sampling"), sampling, label("points"), points),
                new HBox(6, label("Paths per policy"), paths),
                Controls.sectionHeader("Frontier"),
                new HBox(6, new Label("Tail"), tail), limit, atMost,
                new HBox(8, run, cancel, bar));
        box.getChildren().stream().filter(n -> n instanceof HBox).forEach(n -> ((HBox) n).setAlignment(Pos.CENTER_LEFT));
        box.setPadding(new Insets(10, 12, 10, 12));
        box.setMinWidth(320);
        return box;
    }

    /** A label that keeps its text whole when the pane is narrow (the fields shrink instead). */
    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e12 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.6g", v);
    }
}
