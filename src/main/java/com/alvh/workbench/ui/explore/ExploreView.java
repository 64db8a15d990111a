package com.alvh.workbench.ui.explore;

import com.alvh.workbench.ui.common.ChartActions;
import com.alvh.workbench.ui.common.ChartPane;
import com.alvh.workbench.ui.common.Controls;
import com.alvh.workbench.hedge.LayerWhatIf;
import com.alvh.workbench.ui.common.Formats;
import com.alvh.workbench.ui.common.Glossary;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.alvh.workbench.analytics.PnlTable;
import com.alvh.workbench.pricing.OptionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The Explore tab: the position panel on the left; the what-if sliders, the live payoff chart,
 * the greeks and the P&amp;L table in the middle. Binds to an {@link ExploreViewModel}; holds no
 * state of its own.
 */
public final class ExploreView {

    public static final String CHART_ID = "payoffChart";
    public static final String LEGS_TABLE_ID = "legsTable";
    public static final String SIDE_PANEL_ID = "positionPanel";
    public static final String SPOT_SLIDER_ID = "spotSlider";
    public static final String VIX_SLIDER_ID = "vixShiftSlider";
    public static final String DAYS_SLIDER_ID = "daysSlider";
    public static final String GREEKS_TABLE_ID = "greeksTable";
    public static final String PNL_TABLE_ID = "pnlTable";
    public static final String HEAT_MAP_ID = "heatMapChart";
    public static final String LAYERS_ID = "exploreLayers";
    public static final String RULE_FIELD_ID = "elasticityField";


    private final ExploreViewModel model;
    private final BorderPane root = new BorderPane();
    private final ChartPane chartPane;
    private final ChartPane heatPane;
    private Label pnlNow;
    private javafx.scene.control.ToggleButton heatButton;
    private Button resetButton;

    /** A row of the P&amp;L table as the TableView holds it. */
    record PnlRow(int days, double[] pnl) {
    }

    private ScrollPane side;

    /** Shows another position's legs and entry numbers in the side panel. */
    public void showPosition(PositionSummary summary) {
        side.setContent(positionPanel(summary));
    }

    public ExploreView(ExploreViewModel model, PositionSummary summary, ChartActions actions, Runnable exportCsv) {
        this.model = model;
        GridPane controls = controls();
        chartPane = new ChartPane(CHART_ID, "payoff", model.chartProperty(), actions);
        heatPane = new ChartPane(HEAT_MAP_ID, "pnl-heat-map", model.heatMapProperty(), actions);
        javafx.scene.control.TabPane tables = new javafx.scene.control.TabPane(
                new javafx.scene.control.Tab("Greeks", greeksBox()),
                new javafx.scene.control.Tab("Layers", layersBox()),
                new javafx.scene.control.Tab("P&L table", pnlBox(exportCsv)));
        tables.setId("exploreTables");
        tables.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        tables.setMinHeight(120);
        // Payoff or heat map, one click apart.
        javafx.scene.control.ToggleGroup which = new javafx.scene.control.ToggleGroup();
        javafx.scene.control.ToggleButton payoff = new javafx.scene.control.ToggleButton("Payoff along the rule");
        payoff.setId("showPayoff");
        javafx.scene.control.ToggleButton heat = new javafx.scene.control.ToggleButton("Heat map: SPX move \u00d7 VIX");
        heatButton = heat;
        heat.setId("showHeatMap");
        for (javafx.scene.control.ToggleButton b : List.of(payoff, heat)) {
            b.setToggleGroup(which);
            b.getStyleClass().add(Styles.SMALL);
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        payoff.setSelected(true);
        which.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one is always shown
            }
        });
        model.heatMapShownProperty().bind(heat.selectedProperty());
        chartPane.visibleProperty().bind(payoff.selectedProperty());
        chartPane.managedProperty().bind(chartPane.visibleProperty());
        heatPane.visibleProperty().bind(heat.selectedProperty());
        heatPane.managedProperty().bind(heatPane.visibleProperty());
        VBox.setVgrow(chartPane, Priority.ALWAYS);
        VBox.setVgrow(heatPane, Priority.ALWAYS);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox chooser = new HBox(6, payoff, heat, pnlNow, spacer, resetButton);
        HBox.setMargin(pnlNow, new Insets(0, 0, 0, 10));
        chooser.setAlignment(Pos.CENTER_LEFT);
        chooser.setPadding(new Insets(0, 12, 0, 12));
        VBox charts = new VBox(4, chooser, new StackPane(chartPane, heatPane));
        VBox.setVgrow(charts.getChildren().get(1), Priority.ALWAYS);
        // Chart above, tables below, the divider the user's to move.
        javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(charts, tables);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.66);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox center = new VBox(4, controls, split);
        center.setMinWidth(0);
        root.setCenter(center);
        ScrollPane side = new ScrollPane(positionPanel(summary));
        this.side = side;
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        side.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        root.setLeft(side);
    }

    /** Switches the chart to the heat map. */
    public void showHeatMap() {
        heatButton.setSelected(true);
    }

    /** The chart shown: the payoff or the heat map. */
    public ChartPane shownChartPane() {
        return heatPane.isVisible() ? heatPane : chartPane;
    }

    public BorderPane root() {
        return root;
    }

    public ChartPane chartPane() {
        return chartPane;
    }

    private GridPane controls() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("explore-controls");
        grid.setHgap(10);
        grid.setVgap(4);
        grid.setPadding(new Insets(8, 12, 0, 12));
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints slider = new ColumnConstraints();
        slider.setHgrow(Priority.ALWAYS);
        slider.setMinWidth(120);
        ColumnConstraints field = new ColumnConstraints(90);
        ColumnConstraints note = new ColumnConstraints();
        note.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(name, slider, field, note);

        Slider spot = new Slider(model.minSpot(), model.maxSpot(), model.spotProperty().get());
        spot.minProperty().bind(model.minSpotProperty());
        spot.maxProperty().bind(model.maxSpotProperty());
        spot.setId(SPOT_SLIDER_ID);
        spot.valueProperty().bindBidirectional(model.spotProperty());
        TextField spotField = field("spotField", ExploreViewModel.Field.SPOT, () -> Formats.points(Math.rint(
                model.spotProperty().get())), model.spotProperty());
        Label spotNote = new Label();
        spotNote.textProperty().bind(Bindings.createStringBinding(() -> Formats.percent(
                model.spotProperty().get() / model.baseSpot() - 1, 1) + " from entry", model.spotProperty(),
                model.maxSpotProperty()));
        addRow(grid, 0, Controls.termLabel("Spot (SPX)", Glossary.SPOT), spot, spotField, spotNote);

        Slider vix = new Slider(ExploreViewModel.MIN_VIX_SHIFT, ExploreViewModel.MAX_VIX_SHIFT, 0.0);
        vix.setId(VIX_SLIDER_ID);
        vix.valueProperty().bindBidirectional(model.vixShiftProperty());
        TextField vixField = field("vixShiftField", ExploreViewModel.Field.VIX_SHIFT,
                () -> Formats.points(Math.rint(model.vixShiftProperty().get() * 10) / 10), model.vixShiftProperty());
        Label vixNote = new Label();
        vixNote.setId("vixNow");
        vixNote.textProperty().bind(Bindings.createStringBinding(() -> "VIX " + Formats.decimal(model.getResult().vixNow(), 1),
                model.resultProperty()));
        addRow(grid, 1, Controls.termLabel("VIX shift (pts)", Glossary.VIX_SHIFT), vix, vixField, vixNote);

        Slider days = new Slider(0, model.maxDaysForward(), model.daysForwardProperty().get());
        days.maxProperty().bind(model.maxDaysForwardProperty());
        days.setId(DAYS_SLIDER_ID);
        days.setMajorTickUnit(5);
        days.setMinorTickCount(4);
        days.setSnapToTicks(true);
        days.setBlockIncrement(1);
        // The slider is continuous; the model holds whole days.
        days.valueProperty().addListener((obs, old, now) -> model.daysForwardProperty().set((int) Math.round(now.doubleValue())));
        model.daysForwardProperty().addListener((obs, old, now) -> days.setValue(now.intValue()));
        TextField daysField = field("daysField", ExploreViewModel.Field.DAYS,
                () -> Integer.toString(model.daysForwardProperty().get()), model.daysForwardProperty());
        Label daysNote = new Label();
        daysNote.textProperty().bind(Bindings.createStringBinding(() -> Formats.count(model.maxDaysForward()
                - model.daysForwardProperty().get(), "day", "days") + " to expiry", model.daysForwardProperty(),
                model.maxDaysForwardProperty()));
        addRow(grid, 2, Controls.termLabel("Days forward", Glossary.DAYS_FORWARD), days, daysField, daysNote);

        TextField rule = field(RULE_FIELD_ID, ExploreViewModel.Field.ELASTICITY,
                () -> Formats.points(model.elasticityProperty().get()), model.elasticityProperty());
        Label ruleText = new Label();
        ruleText.setId("ruleText");
        ruleText.setWrapText(true);
        ruleText.getStyleClass().add(Styles.TEXT_MUTED);
        ruleText.textProperty().bind(Bindings.createStringBinding(() -> "VIX = "
                + Formats.points(model.baseVix()) + " \u00d7 (SPX / " + Formats.points(model.baseSpot()) + ")^-"
                + Formats.points(model.elasticityProperty().get()) + " + shift, at most 90",
                model.elasticityProperty(), model.baseVixProperty()));
        ruleText.setTooltip(Controls.tip(Glossary.SPOT_VOL_RULE));
        ruleText.setMinHeight(Region.USE_PREF_SIZE);
        Label ruleLabel = Controls.termLabel("Spot-vol rule", Glossary.SPOT_VOL_RULE);
        grid.add(ruleLabel, 0, 3);
        grid.add(ruleText, 1, 3);
        grid.add(rule, 2, 3);
        Label ruleUnit = new Label("elasticity");
        ruleUnit.getStyleClass().add(Styles.TEXT_MUTED);
        grid.add(ruleUnit, 3, 3);

        Label now = new Label();
        now.setId("pnlNowValue");
        now.getStyleClass().addAll(Styles.TEXT_BOLD);
        now.setTooltip(new Tooltip("P&L of the condor with its layers, and of the condor alone, at the spot, VIX "
                + "and day set above"));
        now.setMinWidth(0);
        now.setWrapText(true); // two lines in a narrow window rather than "..."
        HBox.setHgrow(now, Priority.SOMETIMES);
        now.textProperty().bind(Bindings.createStringBinding(() -> {
            ExploreCalculator.Result r = model.getResult();
            return "P&L here: " + Formats.usd(r.pnlNow()) + " with layers, " + Formats.usd(r.positionPnlNow())
                    + " without";
        }, model.resultProperty()));
        Label notice = new Label();
        notice.setId("exploreNotice");
        notice.textProperty().bind(model.noticeProperty());
        notice.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_SMALL);
        notice.setWrapText(true);
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        Button reset = new Button("Reset");
        reset.setId("resetExplore");
        reset.setMinWidth(Region.USE_PREF_SIZE);
        reset.setTooltip(new Tooltip("Back to the opening state: entry spot, no VIX shift, the default rule, day 0"));
        reset.setOnAction(e -> model.reset());
        pnlNow = now;
        resetButton = reset;
        grid.add(notice, 0, 4, 4, 1);
        return grid;
    }

    /**
     * A text box for a typed value: applied on Enter or focus loss through the view model (which refuses
     * text that is not a number and says a clamp), and showing the value whenever it changes.
     */
    private TextField field(String id, ExploreViewModel.Field which, java.util.function.Supplier<String> shown,
                            javafx.beans.value.ObservableValue<?> value) {
        TextField t = new TextField(shown.get());
        t.setId(id);
        t.setPrefColumnCount(6);
        t.getStyleClass().add(Tweaks.ALIGN_RIGHT);
        Runnable commit = () -> {
            boolean ok = model.enter(which, t.getText());
            t.pseudoClassStateChanged(Styles.STATE_DANGER, !ok);
            if (ok) {
                t.setText(shown.get());
            }
        };
        t.setOnAction(e -> commit.run());
        t.focusedProperty().addListener((obs, was, now) -> {
            if (!now && !t.getText().equals(shown.get())) {
                commit.run();
            }
        });
        value.addListener((obs, old, now) -> {
            if (!t.isFocused()) {
                t.setText(shown.get());
                t.pseudoClassStateChanged(Styles.STATE_DANGER, false);
            }
        });
        return t;
    }

    private static void addRow(GridPane grid, int row, Label name, Node slider, Node spinner, Label note) {
        note.getStyleClass().add(Styles.TEXT_MUTED);
        grid.add(name, 0, row);
        grid.add(slider, 1, row);
        grid.add(spinner, 2, row);
        grid.add(note, 3, row);
    }

    private VBox greeksBox() {
        TableView<ExploreCalculator.GreekRow> table = new TableView<>(model.greeks());
        table.setId(GREEKS_TABLE_ID);
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Controls.textColumn("Leg or layer", 190, ExploreCalculator.GreekRow::label));
        table.getColumns().add(Controls.numberColumn("Value ($)", null, 80, ExploreCalculator.GreekRow::value, Controls.USD));
        table.getColumns().add(Controls.numberColumn("Delta ($/pt)", Glossary.DELTA, 90, ExploreCalculator.GreekRow::delta, Controls.decimals(1)));
        table.getColumns().add(Controls.numberColumn("Gamma ($/pt\u00b2)", Glossary.GAMMA, 100, ExploreCalculator.GreekRow::gamma, Controls.decimals(3)));
        table.getColumns().add(Controls.numberColumn("Vega ($/VIX pt)", Glossary.VEGA, 100, ExploreCalculator.GreekRow::vega, Controls.decimals(0)));
        table.getColumns().add(Controls.numberColumn("Theta ($/day)", Glossary.THETA, 90, ExploreCalculator.GreekRow::theta, Controls.decimals(0)));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(ExploreCalculator.GreekRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("total"), item != null
                        && ("Position".equals(item.label()) || "With layers".equals(item.label())));
            }
        });
        Label header = Controls.sectionHeader("Greeks at the slider's point (VIX held for delta and gamma)");
        Label along = new Label();
        along.setId("deltaAlongRule");
        along.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        along.setWrapText(true);
        along.textProperty().bind(Bindings.createStringBinding(() -> "With VIX moving by the rule, the P&L with layers "
                + "changes " + Formats.decimal(model.getResult().deltaAlongRule(), 1) + " $ per SPX point here.",
                model.resultProperty()));
        VBox box = new VBox(4, header, table, along);
        box.setPadding(new Insets(6, 0, 0, 0));
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private VBox layersBox() {
        TableView<LayerWhatIf.LayerValue> table = new TableView<>(model.layers());
        table.setId(LAYERS_ID);
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("The scenario's policy has no layers"));
        TableColumn<LayerWhatIf.LayerValue, String> on = Controls.textColumn("", 34, v -> v.on() ? "\u25cf on" : "\u25cb off");
        on.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                getStyleClass().removeAll(Styles.SUCCESS, Styles.TEXT_MUTED);
                setText(empty ? null : text);
                if (!empty && text != null) {
                    getStyleClass().add(text.endsWith("on") ? Styles.SUCCESS : Styles.TEXT_MUTED);
                }
            }
        });
        on.setMinWidth(60);
        table.getColumns().add(on);
        table.getColumns().add(Controls.textColumn("Layer", 150, LayerWhatIf.LayerValue::name));
        table.getColumns().add(Controls.textColumn("Holds", 150, v -> v.on() ? v.instrument().name() + " \u00d7 "
                + Formats.decimal(v.instrument().quantity(), 1) : ""));
        table.getColumns().add(Controls.numberColumn("Cost ($)", null, 80, LayerWhatIf.LayerValue::cost, Controls.USD));
        table.getColumns().add(Controls.numberColumn("P&L ($)", null, 80, LayerWhatIf.LayerValue::pnl, Controls.USD));
        table.getColumns().add(Controls.textColumn("Why", 300, v -> v.on() ? v.reason() + " at SPX "
                + Formats.points(Math.rint(v.entrySpot())) + (v.entryDay() == 0 ? ", day 0" : ", T+" + Formats.decimal(v.entryDay(), 0))
                : v.reason()));
        Label header = Controls.sectionHeader("The policy's layers at this point: on when the trigger was crossed on the way");
        header.setTooltip(Controls.tip(Glossary.LAYER));
        Label rules = new Label("Time passes first, then SPX and VIX move in a straight line to the point; a layer enters "
                + "where its trigger first holds, at that market, and is held to the point (no exits or rolls). Model "
                + "prices, no trading costs. Indicators and event calendars are not evaluated here.");
        rules.setWrapText(true);
        rules.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox box = new VBox(4, header, table, rules);
        box.setPadding(new Insets(6, 0, 0, 0));
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private VBox pnlBox(Runnable exportCsv) {
        TableView<PnlRow> table = new TableView<>();
        table.setId(PNL_TABLE_ID);
        table.getStyleClass().addAll(Styles.DENSE, Styles.BORDERED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<PnlRow, String> day = new TableColumn<>("Day");
        day.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>("T+" + c.getValue().days()));
        day.setSortable(false);
        day.setPrefWidth(48);
        day.setMinWidth(44);
        table.getColumns().add(day);
        for (int c = 0; c < ExploreCalculator.TABLE_COLUMNS; c++) {
            int column = c;
            TableColumn<PnlRow, Number> col = new TableColumn<>();
            col.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().pnl()[column]));
            col.setCellFactory(tc -> Controls.signedCell(Controls.decimals(0)));
            col.setSortable(false);
            col.setMinWidth(50);
            col.getStyleClass().add(Tweaks.ALIGN_RIGHT);
            table.getColumns().add(col);
        }
        // Headers and rows both come from the result: the table always matches the chart and the greeks.
        Runnable fill = () -> {
            PnlTable t = model.getResult().table();
            double[] spots = t.spots();
            for (int c = 0; c < spots.length; c++) {
                String move = Formats.percent(spots[c] / model.baseSpot() - 1, 0).replace(" %", "%");
                table.getColumns().get(c + 1).setText((move.startsWith("-") || move.equals("0%") ? move : "+" + move)
                        + "\n" + Formats.points(Math.rint(spots[c])));
            }
            List<PnlRow> rows = new ArrayList<>();
            for (int r = 0; r < t.days().length; r++) {
                double[] values = new double[spots.length];
                for (int c = 0; c < values.length; c++) {
                    values[c] = t.pnlAt(r, c);
                }
                rows.add(new PnlRow(t.days()[r], values));
            }
            table.getItems().setAll(rows);
        };
        fill.run();
        model.resultProperty().addListener((obs, old, now) -> {
            if (old == null || old.table() != now.table()) {
                fill.run();
            }
        });
        Button csv = new Button("Export CSV\u2026");
        csv.setId("exportPnlCsv");
        csv.setMinWidth(Region.USE_PREF_SIZE);
        csv.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        csv.setOnAction(e -> exportCsv.run());
        Label header = Controls.sectionHeader("P&L with layers (USD) by day \u00d7 SPX move, VIX by the rule");
        header.setTooltip(Controls.tip(Glossary.PNL_TABLE));
        header.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, header, spacer, csv);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, top, table);
        box.setPadding(new Insets(6, 0, 0, 0));
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    // ---- the position panel (legs and headline numbers at entry) ----

    private static VBox positionPanel(PositionSummary s) {
        Label title = new Label(s.name());
        title.getStyleClass().add(Styles.TITLE_3);
        title.setTooltip(Controls.tip(Glossary.CONDOR));
        Label description = new Label(s.description());
        description.getStyleClass().add(Styles.TEXT_MUTED);
        description.setWrapText(true);

        Label legsHeader = Controls.sectionHeader("Legs");
        TableView<PositionSummary.Leg> legs = legsTable(s);

        Label headlineHeader = Controls.sectionHeader("At entry");
        GridPane headline = new GridPane();
        headline.getStyleClass().add("metrics");
        headline.setHgap(12);
        headline.setVgap(6);
        ColumnConstraints nameColumn = new ColumnConstraints();
        nameColumn.setHgrow(Priority.ALWAYS);
        ColumnConstraints valueColumn = new ColumnConstraints();
        valueColumn.setHalignment(HPos.RIGHT);
        headline.getColumnConstraints().addAll(nameColumn, valueColumn);
        int row = 0;
        addMetric(headline, row++, "Net credit", null, Formats.usd(s.netCredit()), "creditValue", Styles.SUCCESS);
        addMetric(headline, row++, "Max profit", null, Formats.usd(s.maxProfit()), "maxProfitValue", Styles.SUCCESS);
        addMetric(headline, row++, "Max loss", null, Formats.usd(-s.maxLoss()), "maxLossValue", Styles.DANGER);
        addMetric(headline, row++, "Break-evens", Glossary.BREAK_EVEN, Formats.breakEvens(s.breakEvens()),
                "breakEvensValue", null);
        addMetric(headline, row++, "Spot", Glossary.SPOT, Formats.points(s.spot()), "spotValue", null);
        addMetric(headline, row, "Days to expiry", null, Integer.toString(s.daysToExpiry()), "dteValue", null);

        Label note = new Label(s.pricingNote());
        note.setId("pricingNote");
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        note.setWrapText(true);

        VBox panel = new VBox(6, title, description, legsHeader, legs, headlineHeader, headline, note);
        VBox.setMargin(legsHeader, new Insets(14, 0, 0, 0));
        VBox.setMargin(headlineHeader, new Insets(14, 0, 0, 0));
        VBox.setMargin(note, new Insets(14, 0, 0, 0));
        panel.setId(SIDE_PANEL_ID);
        panel.getStyleClass().add("side-panel");
        // Width in em (CSS .side-panel): it grows with the window's zoom.
        return panel;
    }

    private static TableView<PositionSummary.Leg> legsTable(PositionSummary s) {
        TableView<PositionSummary.Leg> table = new TableView<>();
        table.setId(LEGS_TABLE_ID);
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setEditable(false);
        table.setFocusTraversable(false);
        table.getColumns().add(legColumn("Side", 56, PositionSummary.Leg::side, false));
        table.getColumns().add(legColumn("Qty", 40, leg -> Integer.toString(Math.abs(leg.quantity())), true));
        table.getColumns().add(legColumn("Type", 52, leg -> leg.type() == OptionType.PUT ? "Put" : "Call", false));
        table.getColumns().add(legColumn("Strike", 64, leg -> Formats.points(leg.strike()), true));
        table.getColumns().add(legColumn("Price", 64, leg -> Formats.price(leg.entryPrice()), true));
        table.getItems().setAll(s.legs());
        Controls.fitRows(table, s.legs().size());
        return table;
    }

    private static TableColumn<PositionSummary.Leg, String> legColumn(
            String name, double width, Function<PositionSummary.Leg, String> text, boolean numeric) {
        TableColumn<PositionSummary.Leg, String> column = Controls.textColumn(name, width, text);
        column.setReorderable(false);
        if (numeric) {
            column.getStyleClass().add(Tweaks.ALIGN_RIGHT);
        }
        return column;
    }

    private static void addMetric(GridPane grid, int row, String name, Glossary term, String value, String id,
                                  String styleClass) {
        Label nameLabel = term == null ? new Label(name) : Controls.termLabel(name, term);
        nameLabel.getStyleClass().add(Styles.TEXT_MUTED);
        Label valueLabel = new Label(value);
        valueLabel.setId(id);
        valueLabel.getStyleClass().addAll("metric-value", Styles.TEXT_BOLD);
        if (styleClass != null) {
            valueLabel.getStyleClass().add(styleClass);
        }
        grid.add(nameLabel, 0, row);
        grid.add(valueLabel, 1, row);
    }
}
