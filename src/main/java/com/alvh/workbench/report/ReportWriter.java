package com.alvh.workbench.report;

import com.alvh.workbench.chart.ChartExport;
import com.alvh.workbench.chart.ChartTheme;
import com.alvh.workbench.chart.MarketLabels;
import com.alvh.workbench.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes a report into a directory in the chosen formats:
 * <ul>
 *   <li>{@link ReportFormat#HTML}: {@code report.html}, self-contained (see {@link HtmlReport});</li>
 *   <li>{@link ReportFormat#PDF}: {@code report.pdf} with the tables and vector charts;</li>
 *   <li>{@link ReportFormat#PNG} / {@link ReportFormat#SVG}: {@code chart-ID.png} (1200 x 720 px,
 *       laid out at 800 x 480 and drawn at 1.5x for sharp text) / {@code chart-ID.svg} (960 x 576);</li>
 *   <li>{@link ReportFormat#CSV}: the files of {@link ReportCsv}.</li>
 * </ul>
 * plus {@value ReportFolder#MANIFEST} (run id, the inputs' hash, every file's size and hash).
 * The report is written whole through a {@link ReportFolder}: the folder is locked against a second
 * report, the files are written into a staging folder beside it and moved into place together, so a
 * failure or a kill leaves the previous report as it was, never a mix. The folder is created if
 * needed. Failures are {@link IOException}s whose message names the folder or file.
 */
public final class ReportWriter {

    /** PNG size in pixels and its layout scale. */
    public static final int PNG_WIDTH = 1200;
    public static final int PNG_HEIGHT = 720;
    public static final double PNG_SCALE = 1.5;

    /** SVG viewport in pixels. */
    public static final int SVG_WIDTH = 960;
    public static final int SVG_HEIGHT = 576;

    private ReportWriter() {
    }

    /** {@link #write(ReportContent, Path, Set, ChartTheme)} in the light theme (best for print). */
    public static List<Path> write(ReportContent content, Path outputDirectory, Set<ReportFormat> formats)
            throws IOException {
        return write(content, outputDirectory, formats, ChartTheme.LIGHT);
    }

    /**
     * Writes the report.
     *
     * @param content what to report
     * @param outputDirectory where to write (created with its parents if missing)
     * @param formats which outputs (at least one)
     * @param theme chart colours
     * @return the files written, in writing order
     * @throws IOException if the directory cannot be created or a file cannot be written; the
     *     message names the directory or file
     */
    public static List<Path> write(ReportContent content, Path outputDirectory, Set<ReportFormat> formats,
                                   ChartTheme theme) throws IOException {
        return write(content, outputDirectory, formats, theme, MarketLabels.EQUITY);
    }

    /**
     * Writes the report with the sample path's series named by {@code labels} (see
     * {@link ReportCharts#build(ReportContent, ChartTheme, boolean, MarketLabels)}), whole, through a
     * {@link ReportFolder}: the folder is locked, the files are staged beside it and moved into place
     * with a {@value ReportFolder#MANIFEST}; the inputs' hash is that of the parameters as listed.
     */
    public static List<Path> write(ReportContent content, Path outputDirectory, Set<ReportFormat> formats,
                                   ChartTheme theme, MarketLabels labels) throws IOException {
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        checkArguments(content, formats, theme, labels);
        try (ReportFolder folder = ReportFolder.open(outputDirectory)) {
            return folder.write(content, formats, theme, labels, null, null);
        }
    }

    private static void checkArguments(ReportContent content, Set<ReportFormat> formats, ChartTheme theme,
                                       MarketLabels labels) {
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(formats, "formats");
        Objects.requireNonNull(theme, "theme");
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("formats must not be empty");
        }
    }

    /**
     * Writes the report's files into an existing folder (the staging folder of a {@link ReportFolder}),
     * each atomically, telling {@code afterEachFile} (if not null) after each.
     *
     * @return the files written, in writing order
     */
    static List<Path> writeFiles(ReportContent content, Path dir, Set<ReportFormat> formats, ChartTheme theme,
                                 MarketLabels labels, Consumer<Path> afterEachFile) throws IOException {
        checkArguments(content, formats, theme, labels);
        Consumer<Path> told = afterEachFile == null ? f -> { } : afterEachFile;
        List<Path> written = new ArrayList<>();
        List<ReportChart> untitled = null;
        if (formats.contains(ReportFormat.HTML) || formats.contains(ReportFormat.PDF)) {
            untitled = ReportCharts.build(content, theme, false, labels);
        }
        if (formats.contains(ReportFormat.HTML)) {
            Path file = dir.resolve("report.html");
            String html = HtmlReport.build(content, untitled, labels);
            AtomicFiles.writeString(file, html);
            written.add(file);
            told.accept(file);
        }
        if (formats.contains(ReportFormat.PDF)) {
            Path file = dir.resolve("report.pdf");
            List<ReportChart> charts = untitled;
            AtomicFiles.write(file, temp -> PdfReport.write(content, charts, temp, labels));
            written.add(file);
            told.accept(file);
        }
        if (formats.contains(ReportFormat.PNG) || formats.contains(ReportFormat.SVG)) {
            // Standalone images carry their own titles.
            for (ReportChart chart : ReportCharts.build(content, theme, true, labels)) {
                if (formats.contains(ReportFormat.PNG)) {
                    Path file = dir.resolve("chart-" + chart.id() + ".png");
                    ChartExport.writePng(chart.chart(), file, PNG_WIDTH, PNG_HEIGHT, PNG_SCALE);
                    written.add(file);
                    told.accept(file);
                }
                if (formats.contains(ReportFormat.SVG)) {
                    Path file = dir.resolve("chart-" + chart.id() + ".svg");
                    ChartExport.writeSvg(chart.chart(), file, SVG_WIDTH, SVG_HEIGHT);
                    written.add(file);
                    told.accept(file);
                }
            }
        }
        if (formats.contains(ReportFormat.CSV)) {
            for (Map.Entry<String, String> csv : ReportCsv.files(content).entrySet()) {
                Path file = dir.resolve(csv.getKey());
                AtomicFiles.writeString(file, csv.getValue());
                written.add(file);
                told.accept(file);
            }
        }
        return List.copyOf(written);
    }
}
