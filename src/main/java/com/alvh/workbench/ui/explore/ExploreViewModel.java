package com.alvh.workbench.ui.explore;

import com.alvh.workbench.analytics.PayoffProfile;
import com.alvh.workbench.analytics.PnlTable;
import com.alvh.workbench.chart.ChartTheme;
import com.alvh.workbench.chart.PayoffChart;
import com.alvh.workbench.io.AtomicFiles;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jfree.chart.JFreeChart;

/**
 * State of the Explore tab: the three what-if inputs (spot, VIX shift, days forward), the numbers
 * they give (payoff curves, greeks, P&amp;L now, P&amp;L table) and the live payoff chart.
 *
 * <p>Inputs are validated here: each is clamped to its range and a non-finite value is refused
 * (the property snaps back). Every accepted change recomputes synchronously (a few thousand
 * closed-form prices, well under a millisecond of maths) and updates the chart's dataset in one
 * batch, so a slider drag redraws once per change. {@link #lastRedrawMillisProperty()} holds the
 * time from the value change to the chart updated; with a viewer attached that includes the
 * viewer's repaint of the chart, which JFreeChart's canvas does inside the change event.
 */
public final class ExploreViewModel {

    /** Range of the VIX shift slider (VIX points). */
    public static final double MIN_VIX_SHIFT = -10.0;
    public static final double MAX_VIX_SHIFT = 40.0;

    private ExploreCalculator calculator;
    private String positionName;
    private final javafx.beans.property.ReadOnlyDoubleWrapper minSpot = new javafx.beans.property.ReadOnlyDoubleWrapper(
            this, "minSpot");
    private final javafx.beans.property.ReadOnlyDoubleWrapper maxSpot = new javafx.beans.property.ReadOnlyDoubleWrapper(
            this, "maxSpot");
    private final javafx.beans.property.ReadOnlyIntegerWrapper maxDays = new javafx.beans.property.ReadOnlyIntegerWrapper(
            this, "maxDaysForward");
    private final javafx.beans.property.ReadOnlyDoubleWrapper baseVixValue = new javafx.beans.property.ReadOnlyDoubleWrapper(
            this, "baseVix");

    private final DoubleProperty spot;
    private final DoubleProperty vixShift;
    private final IntegerProperty daysForward;

    private final ReadOnlyObjectWrapper<ExploreCalculator.Result> result =
            new ReadOnlyObjectWrapper<>(this, "result");
    private final ObservableList<ExploreCalculator.GreekRow> greeks = FXCollections.observableArrayList();
    private final ObservableList<ExploreCalculator.GreekRow> greeksView =
            FXCollections.unmodifiableObservableList(greeks);
    private final ReadOnlyObjectWrapper<JFreeChart> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private final ReadOnlyDoubleWrapper lastRedrawMillis = new ReadOnlyDoubleWrapper(this, "lastRedrawMillis");
    private ChartTheme chartTheme;
    private boolean adjusting;

    /**
     * @param calculator the numbers behind the tab
     * @param positionName the chart title's subject, e.g. "SPX iron condor"
     * @param chartTheme colours of the chart
     */
    public ExploreViewModel(ExploreCalculator calculator, String positionName, ChartTheme chartTheme) {
        this.calculator = Objects.requireNonNull(calculator, "calculator");
        this.positionName = Objects.requireNonNull(positionName, "positionName");
        this.chartTheme = Objects.requireNonNull(chartTheme, "chartTheme");
        double[] grid = calculator.grid();
        this.minSpot.set(grid[0]);
        this.maxSpot.set(grid[grid.length - 1]);
        this.maxDays.set(calculator.daysToExpiry());
        this.baseVixValue.set(calculator.market().vix());
        double base = calculator.market().spot();
        spot = new SimpleDoubleProperty(this, "spot", base);
        vixShift = new SimpleDoubleProperty(this, "vixShift", 0.0);
        daysForward = new SimpleIntegerProperty(this, "daysForward", 0);
        guard(spot, minSpot, maxSpot);
        guard(vixShift, null, null);
        daysForward.addListener((obs, old, now) -> {
            int clamped = Math.max(0, Math.min(calculator.daysToExpiry(), now.intValue()));
            if (clamped != now.intValue()) {
                daysForward.set(clamped);
            } else {
                recompute();
            }
        });
        ExploreCalculator.Result first = calculator.compute(inputs());
        result.set(first);
        greeks.setAll(first.legs());
        greeks.add(first.total());
        chart.set(newChart(first.profile()));
    }

    /** Clamps to [min, max], refuses NaN and infinities, and recomputes on an accepted change. */
    private void guard(DoubleProperty property, javafx.beans.value.ObservableDoubleValue minValue,
                       javafx.beans.value.ObservableDoubleValue maxValue) {
        property.addListener((obs, old, now) -> {
            if (adjusting) {
                return;
            }
            // Bounds are read at each change: the position (and so the grid) can be replaced.
            double min = minValue == null ? MIN_VIX_SHIFT : minValue.get();
            double max = maxValue == null ? MAX_VIX_SHIFT : maxValue.get();
            double v = now.doubleValue();
            double fixed = Double.isNaN(v) ? old.doubleValue() : Math.max(min, Math.min(max, v));
            if (fixed != v) {
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

    private ExploreCalculator.Inputs inputs() {
        return new ExploreCalculator.Inputs(spot.get(), vixShift.get(), daysForward.get());
    }

    private String title(PayoffProfile profile) {
        int n = profile.horizonDays();
        return positionName + " \u2014 P&L at expiry and at T+" + n + (n == 1 ? " day" : " days");
    }

    private JFreeChart newChart(PayoffProfile profile) {
        return PayoffChart.create(profile, title(profile), chartTheme);
    }

    private void recompute() {
        long start = System.nanoTime();
        ExploreCalculator.Result r = calculator.compute(inputs());
        result.set(r);
        greeks.setAll(r.legs());
        greeks.add(r.total());
        PayoffChart.update(chart.get(), r.profile(), title(r.profile()), chartTheme);
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
        double[] grid = next.grid();
        adjusting = true;
        try {
            minSpot.set(grid[0]);
            maxSpot.set(grid[grid.length - 1]);
            maxDays.set(next.daysToExpiry());
            baseVixValue.set(next.market().vix());
            spot.set(next.market().spot());
            vixShift.set(0.0);
        } finally {
            adjusting = false;
        }
        if (daysForward.get() > next.daysToExpiry()) {
            daysForward.set(next.daysToExpiry()); // the listener recomputes
        }
        ExploreCalculator.Result r = next.compute(inputs());
        result.set(r);
        greeks.setAll(r.legs());
        greeks.add(r.total());
        chart.set(newChart(r.profile()));
    }

    /** Lowest spot of the slider (index points). */
    public javafx.beans.property.ReadOnlyDoubleProperty minSpotProperty() {
        return minSpot.getReadOnlyProperty();
    }

    /** Highest spot of the slider (index points). */
    public javafx.beans.property.ReadOnlyDoubleProperty maxSpotProperty() {
        return maxSpot.getReadOnlyProperty();
    }

    /** Days to expiry of the position shown. */
    public javafx.beans.property.ReadOnlyIntegerProperty maxDaysForwardProperty() {
        return maxDays.getReadOnlyProperty();
    }

    /** The entry snapshot's VIX (index points). */
    public javafx.beans.property.ReadOnlyDoubleProperty baseVixProperty() {
        return baseVixValue.getReadOnlyProperty();
    }

    /** Rebuilds the chart in other colours (a new chart object). */
    public void setChartTheme(ChartTheme theme) {
        chartTheme = Objects.requireNonNull(theme, "theme");
        chart.set(newChart(getResult().profile()));
    }

    /** Back to the entry snapshot: base spot, no VIX shift, day 0. */
    public void reset() {
        spot.set(calculator.market().spot());
        vixShift.set(0.0);
        daysForward.set(0);
    }

    /** SPX now (index points), clamped to the chart grid. */
    public DoubleProperty spotProperty() {
        return spot;
    }

    /** VIX move from the base (VIX points), clamped to [{@value #MIN_VIX_SHIFT}, {@value #MAX_VIX_SHIFT}]. */
    public DoubleProperty vixShiftProperty() {
        return vixShift;
    }

    /** Calendar days after entry, clamped to [0, days to expiry]. */
    public IntegerProperty daysForwardProperty() {
        return daysForward;
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

    /** The base snapshot's VIX (index points), for showing VIX after the shift. */
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

    /** Greeks per leg, then the position's total as the last row. */
    public ObservableList<ExploreCalculator.GreekRow> greeks() {
        return greeksView;
    }

    /** The live payoff chart; the same object across input changes, a new one on a theme change. */
    public ReadOnlyObjectProperty<JFreeChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    public JFreeChart getChart() {
        return chart.get();
    }

    /** Milliseconds from the last input change to the chart updated (and repainted, if shown). */
    public ReadOnlyDoubleProperty lastRedrawMillisProperty() {
        return lastRedrawMillis.getReadOnlyProperty();
    }

    /**
     * Writes the P&amp;L table as CSV: a header row of SPX prices, then one row per day (date
     * offset in days, then USD per price). US number format, comma separated.
     *
     * @param target the file
     * @throws IOException if it cannot be written (the message names the file)
     */
    public void exportTableCsv(Path target) throws IOException {
        PnlTable t = getResult().table();
        double[] spots = t.spots();
        int[] days = t.days();
        // Whole or not at all: a failed export never leaves half a table over an earlier one.
        try {
            AtomicFiles.write(target, file -> {
                try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    w.write("# P&L (USD) by days forward (rows) and SPX price (columns), VIX shift "
                            + String.format(Locale.US, "%+.1f", getResult().inputs().vixShift()) + " points\n");
                    w.write("days_forward");
                    for (double s : spots) {
                        w.write(String.format(Locale.US, ",%.2f", s));
                    }
                    w.write('\n');
                    for (int r = 0; r < days.length; r++) {
                        w.write(Integer.toString(days[r]));
                        for (int c = 0; c < spots.length; c++) {
                            w.write(String.format(Locale.US, ",%.2f", t.pnlAt(r, c)));
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
