package com.alvh.workbench.ui.explore;

import com.alvh.workbench.analytics.PnlTable;
import com.alvh.workbench.chart.ChartTheme;
import com.alvh.workbench.chart.HedgedPayoffChart;
import com.alvh.workbench.chart.PnlHeatMapChart;
import com.alvh.workbench.hedge.LayerWhatIf;
import com.alvh.workbench.io.AtomicFiles;
import com.alvh.workbench.ui.common.FieldText;
import com.alvh.workbench.ui.common.Formats;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jfree.chart.JFreeChart;

/**
 * State of the Explore tab: the what-if inputs (spot, VIX above the spot-vol rule, days forward, the
 * rule's elasticity), the numbers they give (the position with its hedge layers: payoff curves,
 * greeks, P&amp;L now, P&amp;L table, heat map) and the live charts.
 *
 * <p>Every number shown comes from one {@link ExploreCalculator.Result} of one set of inputs: the
 * chart, the greeks, the layers and the table are replaced together on every accepted change, so
 * they never disagree. Inputs are validated here: a slider value outside its range is clamped and the
 * clamp is said in {@link #noticeProperty()}; typed text that is not a number is refused and said
 * there too (the value stays). Each accepted change recomputes synchronously and updates the chart's
 * dataset in one batch, so a slider drag redraws once per step.
 */
public final class ExploreViewModel {

    /** Range of the VIX shift above the rule (VIX points). */
    public static final double MIN_VIX_SHIFT = -10.0;
    public static final double MAX_VIX_SHIFT = 60.0;
    /** Range of the spot-vol rule's elasticity. */
    public static final double MIN_ELASTICITY = 0.0;
    public static final double MAX_ELASTICITY = 8.0;

    /** The inputs a user can type. */
    public enum Field {
        SPOT("Spot"), VIX_SHIFT("VIX shift"), DAYS("Days forward"), ELASTICITY("Spot-vol elasticity");

        private final String label;

        Field(String label) {
            this.label = label;
        }

        /** The field's name in messages. */
        public String label() {
            return label;
        }
    }

    private ExploreCalculator calculator;
    private String positionName;
    private final ReadOnlyDoubleWrapper minSpot = new ReadOnlyDoubleWrapper(this, "minSpot");
    private final ReadOnlyDoubleWrapper maxSpot = new ReadOnlyDoubleWrapper(this, "maxSpot");
    private final ReadOnlyIntegerWrapper maxDays = new ReadOnlyIntegerWrapper(this, "maxDaysForward");
    private final ReadOnlyDoubleWrapper baseVixValue = new ReadOnlyDoubleWrapper(this, "baseVix");

    private final DoubleProperty spot;
    private final DoubleProperty vixShift;
    private final IntegerProperty daysForward;
    private final DoubleProperty elasticity;
    private final BooleanProperty heatMapShown = new SimpleBooleanProperty(this, "heatMapShown", false);

    private final ReadOnlyObjectWrapper<ExploreCalculator.Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObservableList<ExploreCalculator.GreekRow> greeks = FXCollections.observableArrayList();
    private final ObservableList<ExploreCalculator.GreekRow> greeksView = FXCollections.unmodifiableObservableList(greeks);
    private final ObservableList<LayerWhatIf.LayerValue> layers = FXCollections.observableArrayList();
    private final ObservableList<LayerWhatIf.LayerValue> layersView = FXCollections.unmodifiableObservableList(layers);
    private final ReadOnlyObjectWrapper<JFreeChart> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private final ReadOnlyObjectWrapper<JFreeChart> heatMap = new ReadOnlyObjectWrapper<>(this, "heatMap");
    private final ReadOnlyDoubleWrapper lastRedrawMillis = new ReadOnlyDoubleWrapper(this, "lastRedrawMillis");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private ChartTheme chartTheme;
    private boolean adjusting;
    private PnlHeatMapChart.Grid heatGrid;
    private int heatGridDays = -1;
    /** The days forward the tab opens on (and Reset returns to). */
    private int openingDays;

    /**
     * @param calculator the numbers behind the tab
     * @param positionName the chart title's subject, e.g. "SPX iron condor"
     * @param chartTheme colours of the chart
     */
    public ExploreViewModel(ExploreCalculator calculator, String positionName, ChartTheme chartTheme) {
        this.calculator = Objects.requireNonNull(calculator, "calculator");
        this.positionName = Objects.requireNonNull(positionName, "positionName");
        this.chartTheme = Objects.requireNonNull(chartTheme, "chartTheme");
        bounds(calculator);
        spot = new SimpleDoubleProperty(this, "spot", calculator.market().spot());
        vixShift = new SimpleDoubleProperty(this, "vixShift", 0.0);
        daysForward = new SimpleIntegerProperty(this, "daysForward", 0);
        elasticity = new SimpleDoubleProperty(this, "elasticity", LayerWhatIf.SpotVolRule.DEFAULT.elasticity());
        guard(spot, Field.SPOT);
        guard(vixShift, Field.VIX_SHIFT);
        guard(elasticity, Field.ELASTICITY);
        daysForward.addListener((obs, old, now) -> {
            if (adjusting) {
                return;
            }
            int clamped = Math.max(0, Math.min(this.calculator.daysToExpiry(), now.intValue()));
            if (clamped != now.intValue()) {
                notice.set(Field.DAYS.label() + " " + now.intValue() + " is outside 0 to " + this.calculator.daysToExpiry()
                        + ": set to " + clamped);
                daysForward.set(clamped);
            } else {
                recompute();
            }
        });
        heatMapShown.addListener((obs, old, now) -> {
            if (now) {
                refreshHeatMap(getResult().inputs());
            }
        });
        ExploreCalculator.Result first = calculator.compute(inputs());
        show(first);
        chart.set(newChart(first));
    }

    private void bounds(ExploreCalculator c) {
        double[] grid = c.grid();
        minSpot.set(grid[0]);
        maxSpot.set(grid[grid.length - 1]);
        maxDays.set(c.daysToExpiry());
        baseVixValue.set(c.market().vix());
    }

    private double min(Field f) {
        return switch (f) {
            case SPOT -> minSpot.get();
            case VIX_SHIFT -> MIN_VIX_SHIFT;
            case ELASTICITY -> MIN_ELASTICITY;
            case DAYS -> 0;
        };
    }

    private double max(Field f) {
        return switch (f) {
            case SPOT -> maxSpot.get();
            case VIX_SHIFT -> MAX_VIX_SHIFT;
            case ELASTICITY -> MAX_ELASTICITY;
            case DAYS -> calculator.daysToExpiry();
        };
    }

    /** Clamps to the field's range (saying so), refuses NaN and infinities, and recomputes on an accepted change. */
    private void guard(DoubleProperty property, Field field) {
        property.addListener((obs, old, now) -> {
            if (adjusting) {
                return;
            }
            // Bounds are read at each change: the position (and so the grid) can be replaced.
            double lo = min(field);
            double hi = max(field);
            double v = now.doubleValue();
            double fixed = Double.isNaN(v) ? old.doubleValue() : Math.max(lo, Math.min(hi, v));
            if (fixed != v) {
                notice.set(Double.isNaN(v) ? field.label() + " must be a number; kept " + Formats.points(fixed)
                        : field.label() + " " + Formats.points(v) + " is outside " + Formats.points(lo) + " to "
                        + Formats.points(hi) + ": set to " + Formats.points(fixed));
                adjusting = true;
                try {
                    property.set(fixed);
                } finally {
                    adjusting = false;
                }
            }
            if (fixed != old.doubleValue()) {
                recompute();
            }
        });
    }

    /**
     * A value typed into a field: parsed, clamped to the field's range (saying so) and applied, or
     * refused with the reason in {@link #noticeProperty()} (the value stays as it was).
     *
     * @return whether the text was accepted (possibly clamped)
     */
    public boolean enter(Field field, String text) {
        double v;
        try {
            v = FieldText.parseNumber(field.label(), text);
        } catch (IllegalArgumentException e) {
            notice.set(e.getMessage() + "; kept " + Formats.points(value(field)));
            return false;
        }
        if (field == Field.DAYS && v != Math.rint(v)) {
            notice.set(field.label() + " must be a whole number of days, was '" + text.strip() + "'; kept "
                    + daysForward.get());
            return false;
        }
        notice.set("");
        switch (field) {
            case SPOT -> spot.set(v);
            case VIX_SHIFT -> vixShift.set(v);
            case ELASTICITY -> elasticity.set(v);
            case DAYS -> daysForward.set((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v)));
        }
        return true;
    }

    /** The current value of a field. */
    public double value(Field field) {
        return switch (field) {
            case SPOT -> spot.get();
            case VIX_SHIFT -> vixShift.get();
            case ELASTICITY -> elasticity.get();
            case DAYS -> daysForward.get();
        };
    }

    private ExploreCalculator.Inputs inputs() {
        return new ExploreCalculator.Inputs(spot.get(), vixShift.get(), daysForward.get(), elasticity.get());
    }

    private String title(ExploreCalculator.Result r) {
        int n = r.inputs().daysForward();
        return positionName + (calculator.policy().layers().isEmpty() && !calculator.policy().reserve().active() ? ""
                : " with " + calculator.policy().name()) + " \u2014 at expiry and at T+" + n + (n == 1 ? " day" : " days");
    }

    private JFreeChart newChart(ExploreCalculator.Result r) {
        return HedgedPayoffChart.create(r.curves(), title(r), chartTheme);
    }

    private void show(ExploreCalculator.Result r) {
        result.set(r);
        List<ExploreCalculator.GreekRow> rows = new ArrayList<>(r.legs());
        rows.add(r.position());
        rows.addAll(r.layerRows());
        rows.add(r.total());
        greeks.setAll(rows);
        layers.setAll(r.layers());
        if (heatMapShown.get()) {
            refreshHeatMap(r.inputs());
        } else {
            heatMap.set(null); // rebuilt when shown
        }
    }

    private void refreshHeatMap(ExploreCalculator.Inputs in) {
        if (heatGrid == null || heatGridDays != in.daysForward()) {
            heatGrid = calculator.heatMap(in);
            heatGridDays = in.daysForward();
        } else {
            // Same cells (they depend on the days only); new rule line and point.
            PnlHeatMapChart.Grid fresh = calculator.heatMap(in, heatGrid);
            heatGrid = fresh;
        }
        int n = in.daysForward();
        heatMap.set(PnlHeatMapChart.create(heatGrid, positionName + " with " + calculator.policy().name()
                + ": P&L at T+" + n + (n == 1 ? " day" : " days") + " by SPX move and VIX", chartTheme));
    }

    private void recompute() {
        long start = System.nanoTime();
        ExploreCalculator.Result r = calculator.compute(inputs());
        show(r);
        HedgedPayoffChart.update(chart.get(), r.curves(), title(r), chartTheme);
        lastRedrawMillis.set((System.nanoTime() - start) / 1e6);
    }

    /**
     * Shows another position (the scenario's condor after an edit): new grid and bounds, sliders back
     * to the entry snapshot, a new chart object.
     *
     * @param next the numbers behind the tab
     * @param name the chart title's subject
     */
    public void reposition(ExploreCalculator next, String name) {
        calculator = Objects.requireNonNull(next, "next");
        positionName = Objects.requireNonNull(name, "name");
        heatGrid = null;
        adjusting = true;
        try {
            bounds(next);
            spot.set(next.market().spot());
            vixShift.set(0.0);
            if (daysForward.get() > next.daysToExpiry()) {
                daysForward.set(next.daysToExpiry());
            }
        } finally {
            adjusting = false;
        }
        ExploreCalculator.Result r = next.compute(inputs());
        show(r);
        chart.set(newChart(r));
    }

    /**
     * The same position with other layers (the scenario's policy or capital edited): the inputs stay.
     *
     * @param next the numbers behind the tab, on the same position and market
     */
    public void replaceLayers(ExploreCalculator next) {
        calculator = Objects.requireNonNull(next, "next");
        heatGrid = null;
        ExploreCalculator.Result r = next.compute(inputs());
        show(r);
        chart.set(newChart(r));
    }

    /** Lowest spot of the slider (index points): 40 % below entry. */
    public ReadOnlyDoubleProperty minSpotProperty() {
        return minSpot.getReadOnlyProperty();
    }

    /** Highest spot of the slider (index points): 20 % above entry. */
    public ReadOnlyDoubleProperty maxSpotProperty() {
        return maxSpot.getReadOnlyProperty();
    }

    /** Days to expiry of the position shown. */
    public ReadOnlyIntegerProperty maxDaysForwardProperty() {
        return maxDays.getReadOnlyProperty();
    }

    /** The entry snapshot's VIX (index points). */
    public ReadOnlyDoubleProperty baseVixProperty() {
        return baseVixValue.getReadOnlyProperty();
    }

    /** Rebuilds the charts in other colours (new chart objects). */
    public void setChartTheme(ChartTheme theme) {
        chartTheme = Objects.requireNonNull(theme, "theme");
        chart.set(newChart(getResult()));
        if (heatMapShown.get()) {
            refreshHeatMap(getResult().inputs());
        }
    }

    /**
     * Opens on {@code days} forward: sets the days and makes them part of the opening state {@link #reset()}
     * returns to.
     */
    public void openAt(int days) {
        openingDays = Math.max(0, Math.min(calculator.daysToExpiry(), days));
        daysForward.set(openingDays);
    }

    /** Back to the opening state: entry spot, no VIX shift, the default rule, the opening days forward. */
    public void reset() {
        adjusting = true;
        try {
            spot.set(calculator.market().spot());
            vixShift.set(0.0);
            elasticity.set(LayerWhatIf.SpotVolRule.DEFAULT.elasticity());
            daysForward.set(Math.min(openingDays, calculator.daysToExpiry()));
        } finally {
            adjusting = false;
        }
        notice.set("");
        recompute();
    }

    /** SPX now (index points), clamped to -40 %..+20 % of entry. */
    public DoubleProperty spotProperty() {
        return spot;
    }

    /** VIX above what the spot-vol rule gives at the spot (VIX points), clamped to [{@value #MIN_VIX_SHIFT}, {@value #MAX_VIX_SHIFT}]. */
    public DoubleProperty vixShiftProperty() {
        return vixShift;
    }

    /** Calendar days after entry, clamped to [0, days to expiry]. */
    public IntegerProperty daysForwardProperty() {
        return daysForward;
    }

    /** The spot-vol rule's elasticity, clamped to [{@value #MIN_ELASTICITY}, {@value #MAX_ELASTICITY}]. */
    public DoubleProperty elasticityProperty() {
        return elasticity;
    }

    /** Whether the heat map is on screen (it is computed only then). */
    public BooleanProperty heatMapShownProperty() {
        return heatMapShown;
    }

    public double minSpot() {
        return minSpot.get();
    }

    public double maxSpot() {
        return maxSpot.get();
    }

    public int maxDaysForward() {
        return calculator.daysToExpiry();
    }

    /** The base snapshot's spot (index points). */
    public double baseSpot() {
        return calculator.market().spot();
    }

    /** The base snapshot's VIX (index points). */
    public double baseVix() {
        return calculator.market().vix();
    }

    /** The numbers for the current inputs. */
    public ReadOnlyObjectProperty<ExploreCalculator.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ExploreCalculator.Result getResult() {
        return result.get();
    }

    /** Greeks per leg, the position, each layer that is on, then the position with its layers. */
    public ObservableList<ExploreCalculator.GreekRow> greeks() {
        return greeksView;
    }

    /** Every layer at the point shown, on or off, with the reason. */
    public ObservableList<LayerWhatIf.LayerValue> layers() {
        return layersView;
    }

    /** The live payoff chart; the same object across input changes, a new one on a theme or position change. */
    public ReadOnlyObjectProperty<JFreeChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    public JFreeChart getChart() {
        return chart.get();
    }

    /** The heat map of P&amp;L over SPX move x VIX level at T+n (null while it is not shown). */
    public ReadOnlyObjectProperty<JFreeChart> heatMapProperty() {
        return heatMap.getReadOnlyProperty();
    }

    /** The last clamp or refusal of an input, "" when there is none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Milliseconds from the last input change to the chart updated (and repainted, if shown). */
    public ReadOnlyDoubleProperty lastRedrawMillisProperty() {
        return lastRedrawMillis.getReadOnlyProperty();
    }

    /**
     * Writes the P&amp;L table as CSV: a header row of SPX prices, then one row per day (date offset in
     * days, then USD per price, the position with its layers). US number format, comma separated.
     *
     * @param target the file
     * @throws IOException if it cannot be written (the message names the file)
     */
    public void exportTableCsv(Path target) throws IOException {
        ExploreCalculator.Result r = getResult();
        PnlTable t = r.table();
        double[] spots = t.spots();
        int[] days = t.days();
        // Whole or not at all: a failed export never leaves half a table over an earlier one.
        try {
            AtomicFiles.write(target, file -> {
                try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    w.write(String.format(Locale.US, "# P&L (USD) of the position with its layers by days forward "
                            + "(rows) and SPX price (columns); VIX by the spot-vol rule (elasticity %.2f) %+.1f points%n",
                            r.inputs().elasticity(), r.inputs().vixShift()));
                    w.write("days_forward");
                    for (double s : spots) {
                        w.write(String.format(Locale.US, ",%.2f", s));
                    }
                    w.write('\n');
                    for (int row = 0; row < days.length; row++) {
                        w.write(Integer.toString(days[row]));
                        for (int c = 0; c < spots.length; c++) {
                            w.write(String.format(Locale.US, ",%.2f", t.pnlAt(row, c)));
                        }
                        w.write('\n');
                    }
                }
            });
        } catch (IOException e) {
            throw new IOException("Cannot write the P&L table to " + target.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }
}
