package com.alvh.workbench.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.alvh.workbench.analytics.PayoffProfile;
import com.alvh.workbench.chart.ChartExport;
import com.alvh.workbench.chart.ChartTheme;
import com.alvh.workbench.chart.PayoffChart;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.jfree.chart.JFreeChart;

/**
 * State of the main window: the position shown, the theme, the current chart and the status
 * line. The view binds to these properties and forwards menu actions here; nothing in this class
 * touches the scene graph, so it is tested without a display.
 */
public final class WorkbenchViewModel {

    /** Size of exported charts in pixels. */
    public static final int EXPORT_WIDTH_PX = 1600;
    public static final int EXPORT_HEIGHT_PX = 1000;
    /** Layout scale of exports: text and lines as on a high-density screen (about 1067 x 667 layout). */
    public static final double EXPORT_SCALE = 1.5;

    /** The workbench's two looks: an AtlantaFX theme and the matching chart colours. */
    public enum Theme {
        LIGHT(ChartTheme.LIGHT),
        DARK(ChartTheme.DARK);

        private final ChartTheme chartTheme;

        Theme(ChartTheme chartTheme) {
            this.chartTheme = chartTheme;
        }

        /** Chart colours for this theme. */
        public ChartTheme chartTheme() {
            return chartTheme;
        }

        /** The AtlantaFX user-agent stylesheet for this theme. */
        public String userAgentStylesheet() {
            return this == LIGHT ? new PrimerLight().getUserAgentStylesheet()
                    : new PrimerDark().getUserAgentStylesheet();
        }
    }

    private final PayoffProfile profile;
    private final PositionSummary summary;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ReadOnlyObjectWrapper<JFreeChart> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Ready");

    /**
     * @param profile the payoff to chart
     * @param summary the position's legs and headline numbers for the side panel
     */
    public WorkbenchViewModel(PayoffProfile profile, PositionSummary summary) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.summary = Objects.requireNonNull(summary, "summary");
        chart.set(buildChart(Theme.LIGHT));
        theme.addListener((obs, old, now) -> {
            if (now == null) {
                theme.set(old); // a theme is always set
                return;
            }
            chart.set(buildChart(now));
        });
    }

    private JFreeChart buildChart(Theme t) {
        return PayoffChart.create(profile, summary.name() + " \u2014 P&L at expiry and at T+"
                + profile.horizonDays() + (profile.horizonDays() == 1 ? " day" : " days"), t.chartTheme());
    }

    public PayoffProfile profile() {
        return profile;
    }

    public PositionSummary summary() {
        return summary;
    }

    /** The current theme (never null). */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Theme getTheme() {
        return theme.get();
    }

    public void setTheme(Theme value) {
        theme.set(Objects.requireNonNull(value, "theme"));
    }

    /** Switches between light and dark. */
    public void toggleTheme() {
        setTheme(getTheme() == Theme.LIGHT ? Theme.DARK : Theme.LIGHT);
    }

    /** The payoff chart in the current theme; replaced (not mutated) when the theme changes. */
    public ReadOnlyObjectProperty<JFreeChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    public JFreeChart getChart() {
        return chart.get();
    }

    /** One line for the status bar: the outcome of the last action. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public String getStatus() {
        return status.get();
    }

    /**
     * Exports the current chart to {@code target} at {@value #EXPORT_WIDTH_PX} x
     * {@value #EXPORT_HEIGHT_PX} pixels (layout scale {@value #EXPORT_SCALE}) and reports the outcome in the status line.
     *
     * @throws IOException if the file cannot be written (message names the path)
     */
    public void exportChart(Path target, ChartExport.Format format) throws IOException {
        try {
            ChartExport.write(getChart(), format, target, EXPORT_WIDTH_PX, EXPORT_HEIGHT_PX, EXPORT_SCALE);
            status.set("Exported " + format + " to " + target.toAbsolutePath());
        } catch (IOException e) {
            status.set("Export failed: " + e.getMessage());
            throw e;
        }
    }
}
