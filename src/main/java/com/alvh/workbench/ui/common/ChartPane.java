package com.alvh.workbench.ui.common;

import atlantafx.base.theme.Styles;
import com.alvh.workbench.chart.ChartExport;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.fx.interaction.PanHandlerFX;
import org.jfree.chart.fx.overlay.CrosshairOverlayFX;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Crosshair;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;

/**
 * A JFreeChart viewer with the workbench's interaction: wheel and drag-rectangle zoom (JFreeChart's
 * own), pan with Shift+drag (or Alt+drag), reset on double-click or from the menu, a crosshair
 * that follows the mouse with the values of every series under it, item tooltips, and a context
 * menu to reset, copy the image and export PNG or SVG.
 *
 * <p>A view: it shows whatever chart it is bound to and forwards export and copy to
 * {@link ChartActions}.
 */
public final class ChartPane extends StackPane {

    private final ChartViewer viewer = new ChartViewer();
    private final CrosshairOverlayFX overlay = new CrosshairOverlayFX();
    private final Crosshair xHair = new Crosshair(Double.NaN);
    private final Crosshair yHair = new Crosshair(Double.NaN);
    private final Label readout = new Label();
    private final String exportName;
    private final ChartActions actions;
    private List<AxisState> home = List.of();
    private boolean overlayAdded;

    /** An axis and how it was set when the chart arrived, to reset zoom and pan. */
    private record AxisState(ValueAxis axis, boolean auto, Range range) {
        void restore() {
            if (auto) {
                axis.setAutoRange(true);
            } else {
                axis.setRange(range);
            }
        }
    }

    /**
     * @param id the viewer's CSS id (tests look it up)
     * @param exportName file name offered on export, without extension
     * @param chart the chart to show; followed when it is replaced (e.g. on a theme change)
     * @param actions export and copy
     */
    public ChartPane(String id, String exportName, ObservableValue<JFreeChart> chart, ChartActions actions) {
        this.exportName = Objects.requireNonNull(exportName, "exportName");
        this.actions = Objects.requireNonNull(actions, "actions");
        viewer.setId(id);
        getStyleClass().add("chart-pane");
        // Shift+drag pans too: Alt+drag (JFreeChart's default) is taken by many window managers.
        viewer.getCanvas().addMouseHandler(new PanHandlerFX("pan-shift", false, false, false, true));
        // Wheel up zooms in, about the pointer (JFreeChart's own wheel handler zooms out on wheel up):
        // the filter runs first and consumes the event, so that handler never sees it.
        viewer.getCanvas().addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> {
            wheelZoom(e.getX(), e.getY(), e.getDeltaY());
            e.consume();
        });
        for (Crosshair c : List.of(xHair, yHair)) {
            c.setPaint(new Color(0x80, 0x80, 0x80, 0xB0));
            c.setStroke(new BasicStroke(1f));
            c.setLabelVisible(false);
        }
        overlay.addDomainCrosshair(xHair);
        overlay.addRangeCrosshair(yHair);
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                if (event.getTrigger().getButton() == MouseButton.PRIMARY && event.getTrigger().getClickCount() == 2) {
                    resetZoom();
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
                track(event.getTrigger().getX(), event.getTrigger().getY());
            }
        });
        viewer.setOnMouseExited(e -> hideCrosshair());
        installContextMenu();

        readout.getStyleClass().addAll("chart-readout", Styles.TEXT_SMALL);
        readout.setMouseTransparent(true);
        readout.setVisible(false);
        StackPane.setAlignment(readout, Pos.TOP_RIGHT);
        StackPane.setMargin(readout, new Insets(12, 24, 0, 0));
        getChildren().addAll(viewer, readout);

        show(chart.getValue());
        chart.addListener((obs, old, now) -> show(now));
    }

    /** The viewer (for tests and for the window's File menu). */
    public ChartViewer viewer() {
        return viewer;
    }

    /** The chart shown. */
    public JFreeChart chart() {
        return viewer.getChart();
    }

    /** The crosshair read-out text ("" when the mouse is outside the plot). */
    public String readoutText() {
        return readout.isVisible() ? readout.getText() : "";
    }

    private void show(JFreeChart chart) {
        hideCrosshair();
        if (chart == null) {
            return; // the viewer refuses null; whoever owns the pane hides it until there is a chart
        }
        // The crosshair overlay paints on XY plots only (it casts the plot): bar charts go without it.
        boolean xy = chart.getPlot() instanceof XYPlot;
        if (overlayAdded && !xy) {
            viewer.getCanvas().removeOverlay(overlay);
            overlayAdded = false;
        }
        viewer.setChart(chart);
        if (!overlayAdded && xy) {
            viewer.getCanvas().addOverlay(overlay); // after the first chart: the overlay cannot paint without one
            overlayAdded = true;
        }
        List<AxisState> axes = new ArrayList<>();
        for (XYPlot plot : xyPlots(chart)) {
            plot.setDomainPannable(true);
            plot.setRangePannable(true);
            remember(axes, plot.getDomainAxis());
            remember(axes, plot.getRangeAxis());
        }
        home = List.copyOf(axes);
    }

    private static void remember(List<AxisState> axes, ValueAxis axis) {
        if (axis != null) {
            axes.add(new AxisState(axis, axis.isAutoRange(), axis.getRange()));
        }
    }

    private static List<XYPlot> xyPlots(JFreeChart chart) {
        Plot plot = chart.getPlot();
        List<XYPlot> out = new ArrayList<>();
        if (plot instanceof CombinedDomainXYPlot combined) {
            out.add(combined);
            out.addAll(combined.getSubplots());
        } else if (plot instanceof XYPlot xy) {
            out.add(xy);
        }
        return out;
    }

    /** Zoom factor of one wheel notch (axis length after / before, zooming in). */
    static final double WHEEL_ZOOM_IN = 1.0 / 1.15;

    /**
     * One wheel notch at canvas point (x, y): up ({@code deltaY > 0}) zooms in about the point, down zooms
     * out; outside the plot's data area nothing happens.
     */
    void wheelZoom(double x, double y, double deltaY) {
        JFreeChart chart = viewer.getChart();
        ChartRenderingInfo info = viewer.getRenderingInfo();
        if (chart == null || info == null || deltaY == 0.0 || !(chart.getPlot() instanceof org.jfree.chart.plot.Zoomable z)) {
            return;
        }
        PlotRenderingInfo plotInfo = info.getPlotInfo();
        Point2D p = new Point2D.Double(x, y);
        if (!plotInfo.getDataArea().contains(p)) {
            return;
        }
        double factor = deltaY > 0 ? WHEEL_ZOOM_IN : 1.0 / WHEEL_ZOOM_IN;
        Plot plot = chart.getPlot();
        boolean notify = plot.isNotify();
        plot.setNotify(false);
        try {
            if (z.isDomainZoomable()) {
                z.zoomDomainAxes(factor, plotInfo, p, true);
            }
            if (z.isRangeZoomable()) {
                z.zoomRangeAxes(factor, plotInfo, p, true);
            }
        } finally {
            plot.setNotify(notify);
        }
    }

    /** Undoes zoom and pan: every axis back to how it was when the chart arrived. */
    public void resetZoom() {
        JFreeChart chart = viewer.getChart();
        if (chart == null) {
            return;
        }
        chart.setNotify(false);
        try {
            home.forEach(AxisState::restore);
        } finally {
            chart.setNotify(true);
        }
    }

    private void installContextMenu() {
        ContextMenu menu = viewer.getContextMenu();
        MenuItem reset = new MenuItem("Reset zoom");
        reset.setOnAction(e -> resetZoom());
        MenuItem copy = new MenuItem("Copy image");
        copy.setOnAction(e -> copyImage());
        MenuItem png = new MenuItem("Export PNG\u2026");
        png.setOnAction(e -> export(ChartExport.Format.PNG));
        MenuItem svg = new MenuItem("Export SVG\u2026");
        svg.setOnAction(e -> export(ChartExport.Format.SVG));
        menu.getItems().setAll(reset, new SeparatorMenuItem(), copy, png, svg);
    }

    /** Export the chart shown in {@code format} through the window's file dialog. */
    public void export(ChartExport.Format format) {
        if (viewer.getChart() != null) {
            actions.export(viewer.getChart(), format, exportName);
        }
    }

    /** Copies the chart as shown, at twice the on-screen pixels. */
    public void copyImage() {
        if (viewer.getChart() != null) {
            int w = (int) Math.max(200, Math.round(viewer.getWidth() * 2));
            int h = (int) Math.max(150, Math.round(viewer.getHeight() * 2));
            actions.copy(viewer.getChart(), w, h);
        }
    }

    private void hideCrosshair() {
        xHair.setValue(Double.NaN);
        yHair.setValue(Double.NaN);
        xHair.setVisible(false);
        yHair.setVisible(false);
        readout.setVisible(false);
    }

    /** Moves the crosshair to canvas point (x, y) and writes the values there. */
    void track(double x, double y) {
        JFreeChart chart = viewer.getChart();
        ChartRenderingInfo info = viewer.getRenderingInfo();
        if (chart == null || info == null || !(chart.getPlot() instanceof XYPlot plot)) {
            return;
        }
        PlotRenderingInfo plotInfo = info.getPlotInfo();
        Rectangle2D area = plotInfo.getDataArea();
        Point2D p = new Point2D.Double(x, y);
        if (!area.contains(p)) {
            hideCrosshair();
            return;
        }
        double xValue = plot.getDomainAxis().java2DToValue(x, area, plot.getDomainAxisEdge());
        XYPlot target = plot;
        Rectangle2D targetArea = area;
        if (plot instanceof CombinedDomainXYPlot combined) {
            int index = plotInfo.getSubplotIndex(p);
            if (index < 0) {
                hideCrosshair();
                return;
            }
            target = combined.getSubplots().get(index);
            targetArea = plotInfo.getSubplotInfo(index).getDataArea();
        }
        double yValue = target.getRangeAxis().java2DToValue(y, targetArea, target.getRangeAxisEdge());
        xHair.setVisible(true);
        xHair.setValue(xValue);
        // The overlay draws range crosshairs on the main plot's axis: right for a single plot only.
        yHair.setVisible(target == plot);
        yHair.setValue(target == plot ? yValue : Double.NaN);
        readout.setText(describe(target, xValue, yValue));
        readout.setVisible(true);
    }

    private static String describe(XYPlot plot, double x, double y) {
        StringBuilder text = new StringBuilder();
        text.append(format(plot.getDomainAxis(), x)).append("   \u00b7   ").append(format(plot.getRangeAxis(), y));
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset data = plot.getDataset(d);
            if (data == null) {
                continue;
            }
            ValueAxis axis = plot.getRangeAxisForDataset(d);
            for (int s = 0; s < data.getSeriesCount(); s++) {
                int item = nearest(data, s, x);
                if (item >= 0) {
                    text.append('\n').append(data.getSeriesKey(s)).append(": ")
                            .append(format(axis, data.getYValue(s, item)));
                }
            }
        }
        return text.toString();
    }

    private static int nearest(XYDataset data, int series, double x) {
        int best = -1;
        double distance = Double.POSITIVE_INFINITY;
        for (int i = 0, n = data.getItemCount(series); i < n; i++) {
            double d = Math.abs(data.getXValue(series, i) - x);
            if (d < distance) {
                distance = d;
                best = i;
            }
        }
        return best;
    }

    private static String format(ValueAxis axis, double value) {
        if (axis instanceof DateAxis) {
            return Instant.ofEpochMilli(Math.round(value)).atOffset(ZoneOffset.UTC).toLocalDate().toString();
        }
        if (axis instanceof NumberAxis number && number.getNumberFormatOverride() != null) {
            NumberFormat f = (NumberFormat) number.getNumberFormatOverride().clone();
            return f.format(value);
        }
        return String.format(Locale.US, "%,.2f", value);
    }
}
