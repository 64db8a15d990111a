package com.alvh.workbench.ui;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.alvh.workbench.chart.ChartExport;
import com.alvh.workbench.pricing.OptionType;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.jfree.chart.fx.ChartViewer;

/**
 * The main window's content: menu bar, payoff chart, position panel and status bar. It binds to
 * a {@link WorkbenchViewModel} and forwards menu actions to it; it holds no state of its own.
 */
public final class WorkbenchView {

    /** CSS ids, for styling and for tests. */
    static final String CHART_ID = "payoffChart";
    static final String LEGS_TABLE_ID = "legsTable";
    static final String STATUS_ID = "statusMessage";
    static final String SIDE_PANEL_ID = "positionPanel";

    private static final double SIDE_PANEL_WIDTH = 360;
    private static final double ROW_HEIGHT = 34;

    private final WorkbenchViewModel model;
    private final Runnable onQuit;
    private final BorderPane root = new BorderPane();
    private final ChartViewer chartViewer = new ChartViewer();

    /**
     * @param model the state to show
     * @param onQuit what File &gt; Quit does (the application closes its stage)
     */
    public WorkbenchView(WorkbenchViewModel model, Runnable onQuit) {
        this.model = Objects.requireNonNull(model, "model");
        this.onQuit = Objects.requireNonNull(onQuit, "onQuit");
        root.getStyleClass().add("workbench");
        root.getStylesheets().add(Objects.requireNonNull(
                WorkbenchView.class.getResource("workbench.css"), "workbench.css").toExternalForm());
        root.setTop(menuBar());
        root.setCenter(chartPane());
        root.setLeft(positionPanel());
        root.setBottom(statusBar());
    }

    /** The root node, to put in a scene. */
    public BorderPane root() {
        return root;
    }

    private MenuBar menuBar() {
        MenuItem exportPng = new MenuItem("Export chart as PNG\u2026");
        exportPng.setId("exportPng");
        exportPng.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        exportPng.setOnAction(e -> export(ChartExport.Format.PNG));
        MenuItem exportSvg = new MenuItem("Export chart as SVG\u2026");
        exportSvg.setId("exportSvg");
        exportSvg.setAccelerator(new KeyCodeCombination(KeyCode.E,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        exportSvg.setOnAction(e -> export(ChartExport.Format.SVG));
        MenuItem quit = new MenuItem("Quit");
        quit.setId("quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> onQuit.run());
        Menu file = new Menu("File", null, exportPng, exportSvg, new SeparatorMenuItem(), quit);
        file.setId("fileMenu");

        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("Light theme");
        light.setId("lightTheme");
        RadioMenuItem dark = new RadioMenuItem("Dark theme");
        dark.setId("darkTheme");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        light.setOnAction(e -> model.setTheme(WorkbenchViewModel.Theme.LIGHT));
        dark.setOnAction(e -> model.setTheme(WorkbenchViewModel.Theme.DARK));
        Runnable syncThemeItems = () -> {
            light.setSelected(model.getTheme() == WorkbenchViewModel.Theme.LIGHT);
            dark.setSelected(model.getTheme() == WorkbenchViewModel.Theme.DARK);
        };
        syncThemeItems.run();
        model.themeProperty().addListener((obs, old, now) -> syncThemeItems.run());
        MenuItem toggle = new MenuItem("Toggle light/dark");
        toggle.setId("toggleTheme");
        toggle.setAccelerator(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN));
        toggle.setOnAction(e -> model.toggleTheme());
        Menu view = new Menu("View", null, light, dark, new SeparatorMenuItem(), toggle);
        view.setId("viewMenu");

        MenuBar bar = new MenuBar(file, view);
        bar.setUseSystemMenuBar(true); // the native menu bar where there is one (macOS)
        return bar;
    }

    private StackPane chartPane() {
        chartViewer.setId(CHART_ID);
        chartViewer.setChart(model.getChart());
        model.chartProperty().addListener((obs, old, now) -> chartViewer.setChart(now));
        StackPane pane = new StackPane(chartViewer);
        pane.getStyleClass().add("chart-pane");
        return pane;
    }

    private VBox positionPanel() {
        PositionSummary s = model.summary();
        Label title = new Label(s.name());
        title.getStyleClass().add(Styles.TITLE_3);
        Label description = new Label(s.description());
        description.getStyleClass().add(Styles.TEXT_MUTED);
        description.setWrapText(true);

        Label legsHeader = sectionHeader("Legs");
        TableView<PositionSummary.Leg> legs = legsTable(s);

        Label headlineHeader = sectionHeader("At entry");
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
        addMetric(headline, row++, "Net credit", usd(s.netCredit()), "creditValue", Styles.SUCCESS);
        addMetric(headline, row++, "Max profit", usd(s.maxProfit()), "maxProfitValue", Styles.SUCCESS);
        addMetric(headline, row++, "Max loss", usd(-s.maxLoss()), "maxLossValue", Styles.DANGER);
        addMetric(headline, row++, "Break-evens", breakEvens(s.breakEvens()), "breakEvensValue", null);
        addMetric(headline, row++, "Spot", points(s.spot()), "spotValue", null);
        addMetric(headline, row, "Days to expiry", Integer.toString(s.daysToExpiry()), "dteValue", null);

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

    private static Label sectionHeader(String text) {
        Label label = new Label(text.toUpperCase(Locale.ROOT));
        label.getStyleClass().addAll("section-header", Styles.TEXT_SMALL, Styles.TEXT_BOLD);
        return label;
    }

    private static TableView<PositionSummary.Leg> legsTable(PositionSummary s) {
        TableView<PositionSummary.Leg> table = new TableView<>();
        table.setId(LEGS_TABLE_ID);
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setEditable(false);
        table.setFocusTraversable(false);
        table.getColumns().add(column("Side", 60, leg -> leg.side(), false));
        table.getColumns().add(column("Qty", 44, leg -> Integer.toString(Math.abs(leg.quantity())), true));
        table.getColumns().add(column("Type", 50, leg -> leg.type() == OptionType.PUT ? "Put" : "Call", false));
        table.getColumns().add(column("Strike", 70, leg -> points(leg.strike()), true));
        table.getColumns().add(column("Price", 70, leg -> price(leg.entryPrice()), true));
        table.getItems().setAll(s.legs());
        table.setFixedCellSize(ROW_HEIGHT);
        // Exactly as tall as its rows plus the header: no scroll bar, no empty band.
        double height = ROW_HEIGHT * (s.legs().size() + 1) + 4;
        table.setPrefHeight(height);
        table.setMinHeight(height);
        table.setMaxHeight(height);
        return table;
    }

    private static TableColumn<PositionSummary.Leg, String> column(
            String name, double width, Function<PositionSummary.Leg, String> text,
            boolean numeric) {
        TableColumn<PositionSummary.Leg, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setReorderable(false);
        if (numeric) {
            column.getStyleClass().add(Tweaks.ALIGN_RIGHT);
        }
        return column;
    }

    private static void addMetric(GridPane grid, int row, String name, String value, String id,
                                  String styleClass) {
        Label nameLabel = new Label(name);
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

    private HBox statusBar() {
        Label message = new Label();
        message.setId(STATUS_ID);
        message.textProperty().bind(model.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label theme = new Label();
        theme.textProperty().bind(Bindings.createStringBinding(
                () -> model.getTheme() == WorkbenchViewModel.Theme.DARK ? "Dark theme" : "Light theme",
                model.themeProperty()));
        theme.getStyleClass().add(Styles.TEXT_MUTED);
        Label points = new Label(model.profile().spots().length + " grid points");
        points.getStyleClass().add(Styles.TEXT_MUTED);
        HBox bar = new HBox(16, message, spacer, points, theme);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void export(ChartExport.Format format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export chart as " + format);
        String extension = format.extension();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                format + " image (*." + extension + ")", "*." + extension));
        chooser.setInitialFileName("payoff." + extension);
        Window window = root.getScene() == null ? null : root.getScene().getWindow();
        File file = chooser.showSaveDialog(window);
        if (file == null) {
            return;
        }
        Path target = file.toPath();
        if (!file.getName().toLowerCase(Locale.ROOT).endsWith("." + extension)) {
            target = target.resolveSibling(file.getName() + "." + extension);
        }
        try {
            model.exportChart(target, format);
        } catch (IOException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText("The chart could not be exported");
            alert.initOwner(window);
            alert.showAndWait();
        }
    }

    private static DecimalFormatSymbols symbols() {
        return DecimalFormatSymbols.getInstance(Locale.US);
    }

    static String usd(double amount) {
        return new DecimalFormat("$#,##0;-$#,##0", symbols()).format(amount);
    }

    static String points(double value) {
        return new DecimalFormat("#,##0.##", symbols()).format(value);
    }

    static String price(double value) {
        return new DecimalFormat("#,##0.00", symbols()).format(value);
    }

    static String breakEvens(double[] values) {
        NumberFormat format = new DecimalFormat("#,##0.0", symbols());
        return values.length == 0 ? "none"
                : Arrays.stream(values).mapToObj(format::format).collect(Collectors.joining(" / "));
    }
}
