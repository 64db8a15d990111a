package com.alvh.workbench.ui.results;

import com.alvh.workbench.ui.common.ChartActions;
import com.alvh.workbench.ui.common.ChartPane;
import com.alvh.workbench.ui.common.Controls;
import com.alvh.workbench.ui.common.Glossary;
import com.alvh.workbench.ui.common.NamedChart;
import com.alvh.workbench.ui.common.PolicyRow;

import atlantafx.base.theme.Styles;
import com.alvh.workbench.sim.CampaignSummary;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.converter.LongStringConverter;

/**
 * The Results tab: run settings, Run and Cancel with a progress bar; the results dashboard (the
 * charts of {@link ResultCharts}, a placeholder until they are plugged in); a summary row per
 * policy and the selected policy's per-layer cost/benefit. Binds to a {@link SimulationViewModel}.
 */
public final class ResultsView {

    public static final String SUMMARY_TABLE_ID = "summaryTable";
    public static final String DASHBOARD_ID = "resultsDashboard";

    private final SimulationViewModel model;
    private final ChartActions actions;
    private final BorderPane root = new BorderPane();
    private final TabPane dashboard = new TabPane();
    // Strong references: asObject() adapters held only by a bidirectional binding are garbage collected,
    // and the spinner then silently stops following the model.
    private javafx.beans.property.ObjectProperty<Integer> pathsValue;
    private javafx.beans.property.ObjectProperty<Integer> daysValue;
    private javafx.beans.property.ObjectProperty<Long> seedValue;

    public ResultsView(SimulationViewModel model, ChartActions actions) {
        this.model = model;
        this.actions = actions;
        root.setTop(toolbar());
        SplitPane split = new SplitPane(dashboardPane(), tables());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        root.setCenter(split);
    }

    public BorderPane root() {
        return root;
    }

    /** The chart pane of the dashboard tab shown, or null if there is none. */
    public ChartPane selectedChartPane() {
        Tab tab = dashboard.getSelectionModel().getSelectedItem();
        return tab != null && tab.getContent() instanceof ChartPane pane ? pane : null;
    }

    private VBox toolbar() {
        Spinner<Integer> paths = new Spinner<>(SimulationViewModel.MIN_PATHS, SimulationViewModel.MAX_PATHS,
                model.pathsProperty().get(), 10_000);
        paths.setId("pathsSpinner");
        paths.setEditable(true);
        paths.setPrefWidth(130);
        pathsValue = model.pathsProperty().asObject();
        paths.getValueFactory().valueProperty().bindBidirectional(pathsValue);
        Spinner<Integer> days = new Spinner<>(SimulationViewModel.MIN_DAYS, SimulationViewModel.MAX_DAYS,
                model.tradingDaysProperty().get(), 21);
        days.setId("daysSpinner");
        days.setEditable(true);
        days.setPrefWidth(100);
        daysValue = model.tradingDaysProperty().asObject();
        days.getValueFactory().valueProperty().bindBidirectional(daysValue);
        TextField seed = new TextField();
        seed.setPrefColumnCount(9);
        TextFormatter<Long> seedFormat = new TextFormatter<>(new LongStringConverter(), model.seedProperty().get());
        seed.setTextFormatter(seedFormat);
        seedValue = model.seedProperty().asObject();
        seedFormat.valueProperty().bindBidirectional(seedValue);
        seed.setTooltip(new Tooltip("Root seed: the same seed gives the same paths and results"));

        Button run = new Button("Run");
        run.setId("runSimulation");
        run.getStyleClass().add(Styles.ACCENT);
        run.setTooltip(new Tooltip("Run the scenario (Ctrl+R): its policy, the unhedged baseline and its comparison policies, "
                + "all on the same paths"));
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(e -> model.run());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelSimulation");
        cancel.setTooltip(new Tooltip("Stop the run (Esc)"));
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        ProgressBar bar = new ProgressBar();
        bar.setId("simulationProgress");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.runningProperty());
        Label message = new Label();
        message.setId("simulationMessage");
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add(Styles.TEXT_MUTED);
        HBox top = new HBox(8, new Label("Paths"), paths, new Label("Trading days"), days, new Label("Seed"), seed,
                run, cancel, bar, message);
        top.setAlignment(Pos.CENTER_LEFT);
        Label setup = new Label();
        setup.textProperty().bind(model.setupDescriptionProperty());
        setup.setId("simulationSetup");
        setup.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Label status = new Label();
        status.setId("simulationStatus");
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add(Styles.TEXT_SMALL);
        VBox box = new VBox(4, top, setup, status);
        box.setPadding(new Insets(8, 12, 6, 12));
        return box;
    }

    /**
     * The results dashboard: one tab per chart from {@link ResultCharts}, or a placeholder. This
     * is where the chart package's P&amp;L distribution, drawdown, equity fan and VIX-with-triggers
     * charts appear once a {@link ResultCharts} is passed to {@link SimulationViewModel#setResultCharts}.
     */
    private StackPane dashboardPane() {
        dashboard.setId(DASHBOARD_ID);
        dashboard.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Label placeholder = new Label("Press Run (Ctrl+R) to simulate the scenario: the P&L distribution, drawdown, "
                + "equity fan, VIX path with the layers' triggers and the policy comparison appear here.");
        placeholder.setId("dashboardPlaceholder");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(560);
        placeholder.getStyleClass().addAll(Styles.TEXT_MUTED);
        Runnable fill = () -> {
            List<NamedChart> charts = model.chartsProperty().get();
            dashboard.getTabs().setAll(charts.stream().map(c -> {
                ChartPane pane = new ChartPane("result-" + c.fileName(), c.fileName(),
                        new javafx.beans.property.SimpleObjectProperty<>(c.chart()), actions);
                Tab tab = new Tab(c.title(), pane);
                return tab;
            }).toList());
        };
        fill.run();
        model.chartsProperty().addListener((obs, old, now) -> fill.run());
        placeholder.visibleProperty().bind(Bindings.isEmpty(dashboard.getTabs()));
        dashboard.visibleProperty().bind(Bindings.isNotEmpty(dashboard.getTabs()));
        StackPane pane = new StackPane(dashboard, placeholder);
        pane.getStyleClass().add("dashboard");
        return pane;
    }

    private VBox tables() {
        TableView<PolicyRow> summary = new TableView<>(model.rows());
        summary.setId(SUMMARY_TABLE_ID);
        summary.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        summary.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        summary.setPlaceholder(new Label("No results yet: press Run (Ctrl+R)"));
        summary.getColumns().add(Controls.textColumn("Policy", 110, PolicyRow::policy));
        summary.getColumns().add(Controls.numberColumn("Mean P&L", null, 90, PolicyRow::meanPnl, "%,.0f"));
        summary.getColumns().add(Controls.numberColumn("\u00b1 SE", null, 60, PolicyRow::standardError, "%,.0f"));
        summary.getColumns().add(Controls.numberColumn("VaR 95", Glossary.VAR, 80, PolicyRow::valueAtRisk95, "%,.0f"));
        summary.getColumns().add(Controls.numberColumn("CVaR 95", Glossary.CVAR, 80, PolicyRow::expectedShortfall95, "%,.0f"));
        summary.getColumns().add(Controls.numberColumn("VaR 99", Glossary.VAR, 80, PolicyRow::valueAtRisk99, "%,.0f"));
        summary.getColumns().add(Controls.numberColumn("CVaR 99", Glossary.CVAR, 80, PolicyRow::expectedShortfall99, "%,.0f"));
        summary.getColumns().add(Controls.numberColumn("P(loss)", null, 64, r -> 100 * r.probabilityOfLoss(), "%.1f %%"));
        summary.getColumns().add(Controls.numberColumn("P(ruin)", Glossary.RUIN, 64, r -> 100 * r.probabilityOfRuin(), "%.2f %%"));
        summary.getColumns().add(Controls.numberColumn("Mean max DD", Glossary.DRAWDOWN, 90, PolicyRow::meanMaxDrawdown, "%,.0f"));
        summary.getColumns().add(Controls.numberColumn("Max DD 95", Glossary.DRAWDOWN, 80, PolicyRow::maxDrawdown95, "%,.0f"));
        summary.getColumns().add(Controls.numberColumn("Hedge cost", Glossary.HEDGE_COST, 80, PolicyRow::meanHedgeCost, "%,.0f"));
        summary.getColumns().add(Controls.numberColumn("Reserve used", Glossary.RESERVE, 80,
                r -> 100 * r.reserveDeploymentRate(), "%.1f %%"));

        TableView<CampaignSummary.LayerLine> layers = new TableView<>();
        layers.setId("layerTable");
        layers.getStyleClass().addAll(Styles.DENSE);
        layers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        layers.setPlaceholder(new Label("Select a policy to see its layers"));
        layers.getColumns().add(Controls.textColumn("Layer", 130, CampaignSummary.LayerLine::name));
        layers.getColumns().add(Controls.numberColumn("Paid", null, 70, CampaignSummary.LayerLine::meanPaid, "%,.0f"));
        layers.getColumns().add(Controls.numberColumn("Received", null, 70, CampaignSummary.LayerLine::meanReceived, "%,.0f"));
        layers.getColumns().add(Controls.numberColumn("Net", null, 70, CampaignSummary.LayerLine::net, "%,.0f"));
        layers.getColumns().add(Controls.numberColumn("Entered", Glossary.TRIGGER, 64, l -> 100 * l.entryRate(), "%.1f %%"));
        layers.getColumns().add(Controls.numberColumn("IRR", null, 60, l -> 100 * l.irr(), "%.1f %%"));
        summary.getSelectionModel().selectedItemProperty().addListener((obs, old, row) ->
                layers.getItems().setAll(row == null ? List.of() : model.layers(row.policy())));
        model.rows().addListener((javafx.collections.ListChangeListener<PolicyRow>) c -> {
            if (!model.rows().isEmpty()) {
                summary.getSelectionModel().select(0);
            }
        });

        Label summaryHeader = Controls.sectionHeader("Summary per policy (USD per account, terminal P&L)");
        VBox left = new VBox(4, summaryHeader, summary);
        VBox.setVgrow(summary, Priority.ALWAYS);
        Label layerHeader = Controls.sectionHeader("Layers of the selected policy (USD per path)");
        layerHeader.setTooltip(Controls.tip(Glossary.LAYER));
        VBox right = new VBox(4, layerHeader, layers);
        VBox.setVgrow(layers, Priority.ALWAYS);
        VBox box = new VBox(8, left, right);
        VBox.setVgrow(left, Priority.ALWAYS);
        VBox.setVgrow(right, Priority.ALWAYS);
        box.setPadding(new Insets(8, 12, 8, 12));
        return box;
    }

    static String pct(double fraction) {
        return String.format(Locale.US, "%.1f %%", 100 * fraction);
    }
}
