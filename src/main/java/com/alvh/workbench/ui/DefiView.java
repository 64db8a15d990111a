package com.alvh.workbench.ui;

import atlantafx.base.theme.Styles;
import com.alvh.workbench.defi.DefiSamples;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.Locale;

/**
 * The DeFi tab: on the left the live LP payoff (value against price, the hold value, the range
 * shaded; the range sliders redraw it); on the right one of the five DeFi questions run hedged
 * against unhedged on the same paths, with the report's charts and a summary row per run.
 */
final class DefiView {

    private final BorderPane root = new BorderPane();
    private final ChartPane payoffPane;

    DefiView(DefiViewModel model, ChartActions actions) {
        payoffPane = new ChartPane("defiPayoff", "lp-payoff", model.payoffChartProperty(), actions);
        Slider lower = new Slider(-100, -1, model.rangeLowerPercentProperty().get());
        lower.setId("rangeLower");
        lower.valueProperty().bindBidirectional(model.rangeLowerPercentProperty());
        Slider upper = new Slider(1, 400, model.rangeUpperPercentProperty().get());
        upper.setId("rangeUpper");
        upper.valueProperty().bindBidirectional(model.rangeUpperPercentProperty());
        Label lowerText = new Label();
        lowerText.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.US, "%.0f %%",
                model.rangeLowerPercentProperty().get()), model.rangeLowerPercentProperty()));
        Label upperText = new Label();
        upperText.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.US, "+%.0f %%",
                model.rangeUpperPercentProperty().get()), model.rangeUpperPercentProperty()));
        Label rangeHelp = new Label("Range around the entry price. Both sliders at their ends: full range "
                + "(constant product). The gap to the dashed line is the impermanent loss.");
        rangeHelp.setWrapText(true);
        rangeHelp.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        javafx.scene.layout.HBox.setHgrow(lower, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox.setHgrow(upper, javafx.scene.layout.Priority.ALWAYS);
        VBox left = new VBox(6, payoffPane, new HBox(8, new Label("Range low"), lower, lowerText),
                new HBox(8, new Label("Range high"), upper, upperText), rangeHelp);
        left.setPadding(new Insets(8));
        javafx.scene.layout.VBox.setVgrow(payoffPane, javafx.scene.layout.Priority.ALWAYS);

        ComboBox<DefiSamples.DefiSample> sample = new ComboBox<>();
        sample.setId("defiSample");
        sample.getItems().setAll(model.samples());
        sample.valueProperty().bindBidirectional(model.sampleProperty());
        sample.setConverter(new StringConverter<>() {
            @Override
            public String toString(DefiSamples.DefiSample s) {
                return s == null ? "" : s.key();
            }

            @Override
            public DefiSamples.DefiSample fromString(String text) {
                return model.samples().stream().filter(s -> s.key().equals(text)).findFirst().orElse(null);
            }
        });
        Label question = new Label();
        question.textProperty().bind(Bindings.createStringBinding(() -> model.sampleProperty().get().question(),
                model.sampleProperty()));
        question.getStyleClass().add(Styles.TEXT_MUTED);
        Spinner<Integer> paths = new Spinner<>(200, 200_000, model.pathsProperty().get(), 1_000);
        paths.setEditable(true);
        paths.setPrefWidth(110);
        paths.valueProperty().addListener((o, a, b) -> model.pathsProperty().set(b));
        Button run = new Button("Run");
        run.setId("defiRun");
        run.getStyleClass().add(Styles.ACCENT);
        run.setTooltip(new Tooltip("Run the sample's unhedged and hedged positions on the same paths (one year, daily)"));
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(e -> model.run());
        Button cancel = new Button("Cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.runningProperty());
        Label status = new Label();
        status.setId("defiStatus");
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add(Styles.TEXT_SMALL);
        HBox top = new HBox(8, new Label("Question"), sample, new Label("Paths"), paths, run, cancel, bar);
        top.setAlignment(Pos.CENTER_LEFT);

        TabPane dashboard = new TabPane();
        dashboard.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Runnable fill = () -> dashboard.getTabs().setAll(model.chartsProperty().get().stream().map(c -> new Tab(c.title(),
                new ChartPane("defi-" + c.fileName(), c.fileName(), new javafx.beans.property.SimpleObjectProperty<>(c.chart()),
                        actions))).toList());
        fill.run();
        model.chartsProperty().addListener((o, a, b) -> fill.run());
        TableView<PolicyRow> table = new TableView<>(model.rows());
        table.setId("defiSummary");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(ExploreView.textColumn("Run", 160, PolicyRow::policy));
        table.getColumns().add(ExploreView.numberColumn("Mean P&L", null, 90, PolicyRow::meanPnl, "%,.0f"));
        table.getColumns().add(ExploreView.numberColumn("VaR 95", Glossary.VAR, 80, PolicyRow::valueAtRisk95, "%,.0f"));
        table.getColumns().add(ExploreView.numberColumn("CVaR 95", Glossary.CVAR, 80, PolicyRow::expectedShortfall95, "%,.0f"));
        table.getColumns().add(ExploreView.numberColumn("P(loss)", null, 64, r -> 100 * r.probabilityOfLoss(), "%.1f %%"));
        table.getColumns().add(ExploreView.numberColumn("Mean max DD", Glossary.DRAWDOWN, 90, PolicyRow::meanMaxDrawdown, "%,.0f"));
        table.getColumns().add(ExploreView.numberColumn("Hedge cost", Glossary.HEDGE_COST, 80, PolicyRow::meanHedgeCost, "%,.0f"));
        SplitPane results = new SplitPane(dashboard, table);
        results.setOrientation(javafx.geometry.Orientation.VERTICAL);
        results.setDividerPositions(0.7);
        VBox right = new VBox(6, top, question, status, results);
        right.setPadding(new Insets(8));
        javafx.scene.layout.VBox.setVgrow(results, javafx.scene.layout.Priority.ALWAYS);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.38);
        root.setCenter(split);
        root.setId("defiView");
    }

    Node root() {
        return root;
    }

    ChartPane payoffPane() {
        return payoffPane;
    }
}
