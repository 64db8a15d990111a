package com.alvh.workbench.ui.results;

import atlantafx.base.theme.Styles;
import com.alvh.workbench.sim.CampaignSummary;
import com.alvh.workbench.ui.common.ChartActions;
import com.alvh.workbench.ui.common.ChartDeck;
import com.alvh.workbench.ui.common.ChartPane;
import com.alvh.workbench.ui.common.Controls;
import com.alvh.workbench.ui.common.Glossary;
import com.alvh.workbench.ui.common.PolicyRow;
import com.alvh.workbench.ui.common.TileBar;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Results tab, a dashboard that reads at a glance: Run and Cancel with progress, the scenario's
 * own paths, days and seed fields, and a mark when the inputs changed since the run; headline tiles
 * of the policy under study against unhedged; every chart one click away (the names wrap, no overflow
 * menu); a summary row per policy, all rows visible. Binds to a {@link SimulationViewModel}.
 */
public final class ResultsView {

    public static final String SUMMARY_TABLE_ID = "summaryTable";
    public static final String DASHBOARD_ID = "resultsDashboard";
    public static final String STALE_ID = "resultsStale";
    public static final String RUN_ID = "runSimulation";

    private final SimulationViewModel model;
    private final ChartActions actions;
    private final BorderPane root = new BorderPane();
    private final ChartDeck deck;
    private final TableView<CampaignSummary.LayerLine> layers = new TableView<>();

    /**
     * @param model the tab's state
     * @param actions chart export and copy
     * @param runFields the scenario's paths, days and seed fields, shown in the toolbar (the window builds
     *     them from the scenario editor: the same fields, not a copy)
     */
    public ResultsView(SimulationViewModel model, ChartActions actions, Node runFields) {
        this.model = model;
        this.actions = actions;
        deck = new ChartDeck(DASHBOARD_ID, model.chartsProperty(), actions,
                "Press Run (Ctrl+R) to simulate the scenario: the P&L distributions, drawdowns, equity fan, VIX path "
                        + "with the layers' triggers and the policy comparison appear here.",
                List.of(new ChartDeck.Fixed("Per-layer table", layerBox(), false)));
        VBox.setVgrow(deck, Priority.ALWAYS);
        TileBar tiles = new TileBar("resultTiles", model.tiles());
        VBox center = new VBox(8, tiles, deck, summaryBox());
        center.setPadding(new Insets(4, 12, 8, 12));
        root.setTop(toolbar(runFields));
        root.setCenter(center);
    }

    public BorderPane root() {
        return root;
    }

    /** The chart pane shown, or null if the entry shown is not a chart. */
    public ChartPane selectedChartPane() {
        return deck.selectedChartPane();
    }

    /** The dashboard's chart row. */
    public ChartDeck deck() {
        return deck;
    }

    private VBox toolbar(Node runFields) {
        Button run = new Button("Run");
        run.setId(RUN_ID);
        run.getStyleClass().add(Styles.ACCENT);
        run.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip runTip = new Tooltip();
        runTip.textProperty().bind(Bindings.when(model.runBlockedProperty().isEmpty())
                .then("Run the scenario (Ctrl+R): its policy, the unhedged baseline and its comparison policies, all "
                        + "on the same paths").otherwise(model.runBlockedProperty()));
        run.setTooltip(runTip);
        run.disableProperty().bind(model.runBlockedProperty().isNotEmpty());
        run.setOnAction(e -> model.run());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelSimulation");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setTooltip(new Tooltip("Stop the run (Esc)"));
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        ProgressBar bar = new ProgressBar();
        bar.setId("simulationProgress");
        bar.setPrefWidth(160);
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.runningProperty());
        bar.managedProperty().bind(model.runningProperty());
        // While running: what the run does now; after: its outcome.
        Label message = new Label();
        message.setId("simulationMessage");
        message.textProperty().bind(Bindings.when(model.runningProperty()).then(model.messageProperty())
                .otherwise(model.statusProperty()));
        message.getStyleClass().add(Styles.TEXT_SMALL);
        message.setWrapText(true);
        message.setMinWidth(0);
        HBox.setHgrow(message, Priority.SOMETIMES);
        HBox top = new HBox(8, run, cancel, bar, message, runFields);
        top.setAlignment(Pos.CENTER_LEFT);
        Label blocked = new Label();
        blocked.setId("runBlocked");
        blocked.textProperty().bind(Bindings.createStringBinding(() -> model.isRunning() ? ""
                : model.runBlockedProperty().get(), model.runBlockedProperty(), model.runningProperty()));
        blocked.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        blocked.setWrapText(true);
        blocked.visibleProperty().bind(blocked.textProperty().isNotEmpty());
        blocked.managedProperty().bind(blocked.visibleProperty());
        Label setup = new Label();
        setup.textProperty().bind(model.setupDescriptionProperty());
        setup.setId("simulationSetup");
        setup.setWrapText(true);
        setup.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Label stale = Controls.staleMark(STALE_ID, model.freshness().textProperty());
        VBox box = new VBox(4, top, blocked, setup, stale);
        box.setPadding(new Insets(8, 12, 4, 12));
        return box;
    }

    private VBox summaryBox() {
        TableView<PolicyRow> summary = new TableView<>(model.rows());
        summary.setId(SUMMARY_TABLE_ID);
        summary.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        summary.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        summary.setPlaceholder(new Label("No results yet: press Run (Ctrl+R)"));
        summary.getColumns().add(Controls.textColumn("Policy", 120, PolicyRow::policy));
        summary.getColumns().add(Controls.numberColumn("Mean P&L", null, 80, PolicyRow::meanPnl, Controls.USD));
        summary.getColumns().add(Controls.numberColumn("\u00b1 SE", null, 56, PolicyRow::standardError, Controls.USD));
        summary.getColumns().add(Controls.numberColumn("VaR 95", Glossary.VAR, 72, PolicyRow::valueAtRisk95, Controls.USD));
        summary.getColumns().add(Controls.numberColumn("CVaR 95", Glossary.CVAR, 72, PolicyRow::expectedShortfall95, Controls.USD));
        summary.getColumns().add(Controls.numberColumn("VaR 99", Glossary.VAR, 72, PolicyRow::valueAtRisk99, Controls.USD));
        summary.getColumns().add(Controls.numberColumn("CVaR 99", Glossary.CVAR, 72, PolicyRow::expectedShortfall99, Controls.USD));
        summary.getColumns().add(Controls.numberColumn("P(loss)", null, 60, PolicyRow::probabilityOfLoss, Controls.PERCENT_1));
        summary.getColumns().add(Controls.numberColumn("P(ruin)", Glossary.RUIN, 60, PolicyRow::probabilityOfRuin, Controls.PERCENT_2));
        summary.getColumns().add(Controls.numberColumn("Mean max DD", Glossary.DRAWDOWN, 80, PolicyRow::meanMaxDrawdown, Controls.USD));
        summary.getColumns().add(Controls.numberColumn("Max DD 95", Glossary.DRAWDOWN, 76, PolicyRow::maxDrawdown95, Controls.USD));
        summary.getColumns().add(Controls.numberColumn("Hedge cost", Glossary.HEDGE_COST, 76, PolicyRow::meanHedgeCost, Controls.USD));
        summary.getColumns().add(Controls.numberColumn("Reserve used", Glossary.RESERVE, 70,
                PolicyRow::reserveDeploymentRate, Controls.PERCENT_1));
        Controls.fitRows(summary, 2); // every policy visible
        summary.getSelectionModel().selectedItemProperty().addListener((obs, old, row) ->
                layers.getItems().setAll(row == null ? List.of() : model.layers(row.policy())));
        model.rows().addListener((javafx.collections.ListChangeListener<PolicyRow>) c -> {
            if (!model.rows().isEmpty()) {
                summary.getSelectionModel().select(0);
            }
        });
        Label header = Controls.sectionHeader("Summary per policy (USD per account, terminal P&L); select a row for "
                + "its layers");
        header.setWrapText(true);
        VBox box = new VBox(4, header, summary);
        box.setMinHeight(Region.USE_PREF_SIZE);
        return box;
    }

    private VBox layerBox() {
        layers.setId("layerTable");
        layers.getStyleClass().addAll(Styles.DENSE);
        layers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        layers.setPlaceholder(new Label("Select a policy in the summary to see its layers"));
        layers.getColumns().add(Controls.textColumn("Layer", 150, CampaignSummary.LayerLine::name));
        layers.getColumns().add(Controls.numberColumn("Paid", null, 80, CampaignSummary.LayerLine::meanPaid, Controls.USD));
        layers.getColumns().add(Controls.numberColumn("Received", null, 80, CampaignSummary.LayerLine::meanReceived, Controls.USD));
        layers.getColumns().add(Controls.numberColumn("Net", null, 80, CampaignSummary.LayerLine::net, Controls.USD));
        layers.getColumns().add(Controls.numberColumn("Entered", Glossary.TRIGGER, 70, CampaignSummary.LayerLine::entryRate,
                Controls.PERCENT_1));
        layers.getColumns().add(Controls.numberColumn("IRR", null, 70, CampaignSummary.LayerLine::irr, Controls.PERCENT_1));
        Label header = Controls.sectionHeader("Layers of the selected policy (USD per path)");
        header.setTooltip(Controls.tip(Glossary.LAYER));
        VBox box = new VBox(4, header, layers);
        VBox.setVgrow(layers, Priority.ALWAYS);
        return box;
    }
}
