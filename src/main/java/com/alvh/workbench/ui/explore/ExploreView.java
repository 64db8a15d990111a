package com.alvh.workbench.ui.explore;

import com.alvh.workbench.ui.common.ChartActions;
import com.alvh.workbench.ui.common.ChartPane;
import com.alvh.workbench.ui.common.Controls;
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
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
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
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The Explore tab: the position panel on the left; the what-if sliders, the live payoff chart,
 * the greeks and the P&amp;L table in the middle. Binds to an {@link ExploreViewModel}; holds no
 * state of its own.
 */
public final class ExploreView {

    /** asObject() adapters held only by a bidirectional binding are garbage collected; keep them. */
    private final java.util.List<Object> keepAlive = new java.util.ArrayList<>();

    private <T> javafx.beans.property.ObjectProperty<T> keep(javafx.beans.property.ObjectProperty<T> p) {
        keepAlive.add(p);
        return p;
    }

    public static final String CHART_ID = "payoffChart";
    public static final String LEGS_TABLE_ID = "legsTable";
    public static final String SIDE_PANEL_ID = "positionPanel";
    public static final String SPOT_SLIDER_ID = "spotSlider";
    public static final String VIX_SLIDER_ID = "vixShiftSlider";
    public static final String DAYS_SLIDER_ID = "daysSlider";
    public static final String GREEKS_TABLE_ID = "greeksTable";
    public static final String PNL_TABLE_ID = "pnlTable";

    private static final double SIDE_PANEL_WIDTH = 350;
    private static final double ROW_HEIGHT = 30;

    private final ExploreViewModel model;
    private final BorderPane root = new BorderPane();
    private final ChartPane chartPane;

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
        chartPane = new ChartPane(CHART_ID, "payoff", model.chartProperty(), actions);
        javafx.scene.control.TabPane tables = new javafx.scene.control.TabPane(
                new javafx.scene.control.Tab("Greeks", greeksBox()),
                new javafx.scene.control.Tab("P&L table", pnlBox(exportCsv)));
        tables.setId("exploreTables");
        tables.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        tables.setMinHeight(120);
        // Chart above, tables below, the divider the user's to move.
        javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(chartPane, tables);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox center = new VBox(4, controls(), split);
        root.setCenter(center);
        ScrollPane side = new ScrollPane(positionPanel(summary));
        this.side = side;
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        side.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        root.setLeft(side);
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
        ColumnConstraints name = new ColumnConstraints(110);
        ColumnConstraints slider = new ColumnConstraints();
        slider.setHgrow(Priority.ALWAYS);
        ColumnConstraints spin = new ColumnConstraints(120);
        ColumnConstraints note = new ColumnConstraints(150);
        grid.getColumnConstraints().addAll(name, slider, spin, note);

        Slider spot = new Slider(model.minSpot(), model.maxSpot(), model.spotProperty().get());
        spot.minProperty().bind(model.minSpotProperty());
        spot.maxProperty().bind(model.maxSpotProperty());
        spot.setId(SPOT_SLIDER_ID);
        spot.valueProperty().bindBidirectional(model.spotProperty());
        SpinnerValueFactory.DoubleSpinnerValueFactory spotFactory = new SpinnerValueFactory.DoubleSpinnerValueFactory(
                model.minSpot(), model.maxSpot(), model.spotProperty().get(), 5.0);
        spotFactory.minProperty().bind(model.minSpotProperty());
        spotFactory.maxProperty().bind(model.maxSpotProperty());
        Spinner<Double> spotSpin = new Spinner<>(spotFactory);
        spotSpin.getValueFactory().valueProperty().bindBidirectional(keep(model.spotProperty().asObject()));
        Label spotNote = new Label();
        spotNote.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.US, "%+.1f %% from entry",
                100 * (model.spotProperty().get() / model.baseSpot() - 1)), model.spotProperty(), model.maxSpotProperty()));
        addRow(grid, 0, Controls.termLabel("Spot (SPX)", Glossary.SPOT), spot, spotSpin, spotNote);

        Slider vix = new Slider(ExploreViewModel.MIN_VIX_SHIFT, ExploreViewModel.MAX_VIX_SHIFT, 0.0);
        vix.setId(VIX_SLIDER_ID);
        vix.valueProperty().bindBidirectional(model.vixShiftProperty());
        Spinner<Double> vixSpin = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(
                ExploreViewModel.MIN_VIX_SHIFT, ExploreViewModel.MAX_VIX_SHIFT, 0.0, 0.5));
        vixSpin.getValueFactory().valueProperty().bindBidirectional(keep(model.vixShiftProperty().asObject()));
        Label vixNote = new Label();
        vixNote.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.US, "VIX %.1f",
                Math.max(1.0, model.baseVix() + model.vixShiftProperty().get())), model.vixShiftProperty(),
                model.baseVixProperty()));
        addRow(grid, 1, Controls.termLabel("VIX shift (pts)", Glossary.VIX_SHIFT), vix, vixSpin, vixNote);

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
        SpinnerValueFactory.IntegerSpinnerValueFactory daysFactory = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                0, model.maxDaysForward(), model.daysForwardProperty().get());
        daysFactory.maxProperty().bind(model.maxDaysForwardProperty());
        Spinner<Integer> daysSpin = new Spinner<>(daysFactory);
        daysSpin.getValueFactory().valueProperty().bindBidirectional(keep(model.daysForwardProperty().asObject()));
        Label daysNote = new Label();
        daysNote.textProperty().bind(Bindings.createStringBinding(() -> (model.maxDaysForward()
                - model.daysForwardProperty().get()) + " days to expiry", model.daysForwardProperty(),
                model.maxDaysForwardProperty()));
        addRow(grid, 2, Controls.termLabel("Days forward", Glossary.DAYS_FORWARD), days, daysSpin, daysNote);

        for (Spinner<?> s : List.of(spotSpin, vixSpin, daysSpin)) {
            s.setEditable(true);
            s.setMaxWidth(Double.MAX_VALUE);
        }
        Label now = new Label();
        now.setId("pnlNowValue");
        now.getStyleClass().addAll(Styles.TEXT_BOLD, "metric-value");
        now.textProperty().bind(Bindings.createStringBinding(() -> {
            ExploreCalculator.Result r = model.getResult();
            return String.format(Locale.US, "P&L at spot %s, T+%d: %s", Formats.points(r.inputs().spot()),
                    r.inputs().daysForward(), Formats.usd(r.pnlNow()));
        }, model.resultProperty()));
        Button reset = new Button("Reset");
        reset.setId("resetExplore");
        reset.setTooltip(new Tooltip("Back to entry: base spot, no VIX shift, day 0"));
        reset.setOnAction(e -> model.reset());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(12, now, spacer, reset);
        footer.setAlignment(Pos.CENTER_LEFT);
        grid.add(footer, 0, 3, 4, 1);
        return grid;
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
        table.getColumns().add(Controls.textColumn("Leg", 150, ExploreCalculator.GreekRow::label));
        table.getColumns().add(Controls.numberColumn("Value ($)", null, 80, ExploreCalculator.GreekRow::value, "%,.0f"));
        table.getColumns().add(Controls.numberColumn("Delta ($/pt)", Glossary.DELTA, 90, ExploreCalculator.GreekRow::delta, "%,.1f"));
        table.getColumns().add(Controls.numberColumn("Gamma ($/pt\u00b2)", Glossary.GAMMA, 100, ExploreCalculator.GreekRow::gamma, "%,.3f"));
        table.getColumns().add(Controls.numberColumn("Vega ($/vol pt)", Glossary.VEGA, 100, ExploreCalculator.GreekRow::vega, "%,.0f"));
        table.getColumns().add(Controls.numberColumn("Theta ($/day)", Glossary.THETA, 90, ExploreCalculator.GreekRow::theta, "%,.0f"));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(ExploreCalculator.GreekRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("total"),
                        item != null && "Position".equals(item.label()));
            }
        });
        table.setFixedCellSize(ROW_HEIGHT);
        Label header = Controls.sectionHeader("Greeks at the slider's spot, T+n, VIX shifted (sticky strike)");
        VBox box = new VBox(4, header, table);
        box.setPadding(new Insets(6, 0, 0, 0));
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private VBox pnlBox(Runnable exportCsv) {
        TableView<PnlRow> table = new TableView<>();
        table.setId(PNL_TABLE_ID);
        table.getStyleClass().addAll(Styles.DENSE, Styles.BORDERED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        PnlTable first = model.getResult().table();
        TableColumn<PnlRow, String> day = new TableColumn<>("Day");
        day.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>("T+" + c.getValue().days()));
        day.setSortable(false);
        day.setPrefWidth(48);
        table.getColumns().add(day);
        double[] spots = first.spots();
        for (int c = 0; c < spots.length; c++) {
            int column = c;
            TableColumn<PnlRow, Number> col = new TableColumn<>(String.format(Locale.US, "%,.0f", spots[c]));
            col.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().pnl()[column]));
            col.setCellFactory(tc -> Controls.signedCell("%,.0f"));
            col.setSortable(false);
            col.getStyleClass().add(Tweaks.ALIGN_RIGHT);
            table.getColumns().add(col);
        }
        Runnable fill = () -> {
            PnlTable t = model.getResult().table();
            List<PnlRow> rows = new ArrayList<>();
            for (int r = 0; r < t.days().length; r++) {
                double[] values = new double[t.spots().length];
                for (int c = 0; c < values.length; c++) {
                    values[c] = t.pnlAt(r, c);
                }
                rows.add(new PnlRow(t.days()[r], values));
            }
            table.getItems().setAll(rows);
        };
        fill.run();
        // The table depends on the VIX shift only; refill when it changes.
        model.vixShiftProperty().addListener((obs, old, now) -> fill.run());
        table.setFixedCellSize(ROW_HEIGHT - 4);
        Button csv = new Button("Export CSV\u2026");
        csv.setId("exportPnlCsv");
        csv.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        csv.setOnAction(e -> exportCsv.run());
        Label header = Controls.sectionHeader("P&L table (USD) by day \u00d7 SPX price");
        header.setTooltip(Controls.tip(Glossary.PNL_TABLE));
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
        panel.setPrefWidth(SIDE_PANEL_WIDTH);
        panel.setMinWidth(SIDE_PANEL_WIDTH);
        panel.setMaxWidth(SIDE_PANEL_WIDTH);
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
        table.setFixedCellSize(34);
        // Exactly as tall as its rows plus the header: no scroll bar, no empty band.
        double height = 34 * (s.legs().size() + 1) + 4;
        table.setPrefHeight(height);
        table.setMinHeight(height);
        table.setMaxHeight(height);
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
