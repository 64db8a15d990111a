package com.alvh.workbench.chart;

import java.awt.Color;
import java.util.Objects;

/**
 * The colours of a chart, so one builder serves a light and a dark workbench. Plain AWT colours:
 * the chart layer knows nothing of JavaFX.
 *
 * @param name a short name for messages ("light", "dark")
 * @param background the area around the plot
 * @param plotBackground the plot area
 * @param gridline grid lines
 * @param text titles, axis labels, legend text
 * @param tickText tick labels (a little quieter than {@code text})
 * @param axisLine axis lines and tick marks
 * @param expiry the P&amp;L-at-expiry line
 * @param horizon the P&amp;L-at-horizon (T+n) line
 * @param zeroLine the zero P&amp;L line
 * @param breakEven break-even markers and their labels
 * @param spot the current-spot marker and its label
 */
public record ChartTheme(String name, Color background, Color plotBackground, Color gridline,
                         Color text, Color tickText, Color axisLine, Color expiry, Color horizon,
                         Color zeroLine, Color breakEven, Color spot) {

    /** White background, GitHub Primer-like palette (matches AtlantaFX Primer Light). */
    public static final ChartTheme LIGHT = new ChartTheme("light",
            new Color(0xFFFFFF), new Color(0xFFFFFF), new Color(0xE4E7EB),
            new Color(0x1F2328), new Color(0x57606A), new Color(0x8C959F),
            new Color(0x0969DA), new Color(0xBC4C00),
            new Color(0x6E7781), new Color(0x8250DF), new Color(0x1A7F37));

    /** Dark background (matches AtlantaFX Primer Dark). */
    public static final ChartTheme DARK = new ChartTheme("dark",
            new Color(0x0D1117), new Color(0x0D1117), new Color(0x21262D),
            new Color(0xE6EDF3), new Color(0x9DA7B3), new Color(0x6E7681),
            new Color(0x58A6FF), new Color(0xF0883E),
            new Color(0x8B949E), new Color(0xD2A8FF), new Color(0x3FB950));

    /** Categorical colours for policies and layers on a light background (Primer light scale). */
    private static final Color[] LIGHT_SERIES = {
        new Color(0x0969DA), new Color(0xBC4C00), new Color(0x1A7F37), new Color(0x8250DF),
        new Color(0xBF3989), new Color(0x1B7C83), new Color(0x6E7781), new Color(0x9A6700)};

    /** The same hues, lighter, for a dark background (Primer dark scale). */
    private static final Color[] DARK_SERIES = {
        new Color(0x58A6FF), new Color(0xF0883E), new Color(0x3FB950), new Color(0xD2A8FF),
        new Color(0xF778BA), new Color(0x39C5CF), new Color(0x8B949E), new Color(0xD29922)};

    public ChartTheme {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(plotBackground, "plotBackground");
        Objects.requireNonNull(gridline, "gridline");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tickText, "tickText");
        Objects.requireNonNull(axisLine, "axisLine");
        Objects.requireNonNull(expiry, "expiry");
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(zeroLine, "zeroLine");
        Objects.requireNonNull(breakEven, "breakEven");
        Objects.requireNonNull(spot, "spot");
    }

    /** Whether the background is dark (relative luminance below one half). */
    public boolean isDark() {
        double luminance = (0.2126 * background.getRed() + 0.7152 * background.getGreen()
                + 0.0722 * background.getBlue()) / 255.0;
        return luminance < 0.5;
    }

    /**
     * The colour of the {@code index}-th series of a multi-series chart (policies, layers), from a
     * palette of eight distinguishable hues that suits the background; it repeats after eight.
     *
     * @param index series index (&ge; 0)
     */
    public Color seriesColor(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("series index must be >= 0, was " + index);
        }
        Color[] palette = isDark() ? DARK_SERIES : LIGHT_SERIES;
        return palette[index % palette.length];
    }

    /** The colour of loss and tail-risk markers (VaR, CVaR, drawdowns): a red that reads on the background. */
    public Color loss() {
        return isDark() ? new Color(0xFF7B72) : new Color(0xCF222E);
    }
}
