package com.alvh.workbench.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import com.alvh.workbench.io.AtomicFiles;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Writes a chart to PNG, SVG or PDF at a given size in pixels (PDF: points, 1 px = 1 pt, so a
 * chart laid out for 800 x 500 px fills an 800 x 500 pt page and looks the same).
 *
 * <p>PDF is vector: the chart draws through a {@code Graphics2D} that emits PDF path and text
 * operators (de.rototor pdfbox-graphics2d), with text in the embedded Liberation Sans
 * ({@link PdfFonts}) so it stays selectable and searchable; glyphs it lacks fall back to vector outlines.
 *
 * <p>Every write goes through {@link AtomicFiles}: a temporary file beside the target, flushed, then
 * one atomic rename; a failure at any point (rendering, disk full, permissions) leaves any earlier
 * target untouched, permissions and symbolic links are kept. Failures surface as an
 * {@link IOException} whose message names the target path.
 */
public final class ChartExport {

    /** Largest accepted side in pixels; a guard against an accidental gigapixel image. */
    public static final int MAX_SIDE_PX = 16_384;

    /** Accepted layout scales (see {@link #write(JFreeChart, Format, Path, int, int, double)}). */
    public static final double MIN_SCALE = 0.25;
    public static final double MAX_SCALE = 8.0;

    /** The file formats. */
    public enum Format {
        PNG("png"),
        SVG("svg"),
        PDF("pdf");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        /** The usual file extension, without the dot. */
        public String extension() {
            return extension;
        }
    }

    private ChartExport() {
    }

    /**
     * Writes {@code chart} in {@code format} to {@code target}, replacing it atomically.
     *
     * @param chart the chart to draw
     * @param format PNG or SVG
     * @param target the file to (re)place; its directory must exist
     * @param widthPx width in pixels (1 to {@link #MAX_SIDE_PX})
     * @param heightPx height in pixels (1 to {@link #MAX_SIDE_PX})
     * @throws IOException if the file cannot be written; the message names {@code target}
     */
    public static void write(JFreeChart chart, Format format, Path target, int widthPx, int heightPx)
            throws IOException {
        write(chart, format, target, widthPx, heightPx, 1.0);
    }

    /**
     * Writes {@code chart} in {@code format} to {@code target} at {@code widthPx} x
     * {@code heightPx} pixels, laid out as if the area were {@code scale} times smaller: text,
     * lines and margins come out {@code scale} times larger, as on a high-density screen.
     *
     * @param scale layout scale (0.25 to 8); 1 lays the chart out at the pixel size itself
     * @throws IOException if the file cannot be written; the message names {@code target}
     */
    public static void write(JFreeChart chart, Format format, Path target, int widthPx, int heightPx,
                             double scale) throws IOException {
        Objects.requireNonNull(format, "format");
        switch (format) {
            case PNG -> writePng(chart, target, widthPx, heightPx, scale);
            case SVG -> writeSvg(chart, target, widthPx, heightPx, scale);
            case PDF -> writePdf(chart, target, widthPx, heightPx, scale);
            default -> throw new IllegalArgumentException("format not supported: " + format);
        }
    }

    /**
     * Writes {@code chart} as a PNG image of {@code widthPx} x {@code heightPx} pixels.
     *
     * @throws IOException if the file cannot be written; the message names {@code target}
     */
    public static void writePng(JFreeChart chart, Path target, int widthPx, int heightPx)
            throws IOException {
        writePng(chart, target, widthPx, heightPx, 1.0);
    }

    /**
     * Writes {@code chart} as a PNG image of {@code widthPx} x {@code heightPx} pixels, laid out
     * at {@code scale} (see {@link #write(JFreeChart, Format, Path, int, int, double)}).
     *
     * @throws IOException if the file cannot be written; the message names {@code target}
     */
    public static void writePng(JFreeChart chart, Path target, int widthPx, int heightPx, double scale)
            throws IOException {
        checkArguments(chart, target, widthPx, heightPx, scale);
        AtomicFiles.write(target, file -> {
            BufferedImage image = toImage(chart, widthPx, heightPx, scale);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                ChartUtils.writeBufferedImageAsPNG(out, image);
            }
        });
    }

    /** The chart drawn into an RGB image of {@code widthPx} x {@code heightPx}, laid out at {@code scale}. */
    public static BufferedImage toImage(JFreeChart chart, int widthPx, int heightPx, double scale) {
        Objects.requireNonNull(chart, "chart");
        checkSize(widthPx, heightPx, scale);
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.scale(scale, scale);
            chart.draw(g2, new Rectangle2D.Double(0, 0, widthPx / scale, heightPx / scale));
        } finally {
            g2.dispose();
        }
        return image;
    }

    /**
     * Writes {@code chart} as an SVG document (UTF-8) with a {@code widthPx} x {@code heightPx}
     * viewport. Text stays text, so the file is searchable and scales without blur.
     *
     * @throws IOException if the file cannot be written; the message names {@code target}
     */
    public static void writeSvg(JFreeChart chart, Path target, int widthPx, int heightPx)
            throws IOException {
        writeSvg(chart, target, widthPx, heightPx, 1.0);
    }

    /**
     * Writes {@code chart} as an SVG document with a {@code widthPx} x {@code heightPx} viewport,
     * laid out at {@code scale} (see {@link #write(JFreeChart, Format, Path, int, int, double)}).
     *
     * @throws IOException if the file cannot be written; the message names {@code target}
     */
    public static void writeSvg(JFreeChart chart, Path target, int widthPx, int heightPx, double scale)
            throws IOException {
        checkArguments(chart, target, widthPx, heightPx, scale);
        AtomicFiles.write(target, file ->
                Files.writeString(file, toSvg(chart, widthPx, heightPx, scale), StandardCharsets.UTF_8));
    }

    /** The SVG document of {@code chart} drawn at {@code widthPx} x {@code heightPx}. */
    public static String toSvg(JFreeChart chart, int widthPx, int heightPx) {
        return toSvg(chart, widthPx, heightPx, 1.0);
    }

    /** The SVG document of {@code chart} in a {@code widthPx} x {@code heightPx} viewport, laid out at {@code scale}. */
    public static String toSvg(JFreeChart chart, int widthPx, int heightPx, double scale) {
        return svgGraphics(chart, widthPx, heightPx, scale, null).getSVGDocument();
    }

    /**
     * The bare {@code <svg>} element of {@code chart} (no XML prolog), for inlining in an HTML page,
     * with a {@code viewBox} so it scales to the page width. Its internal ids (clip paths,
     * gradients) start with {@code idPrefix}, so several charts inlined in one page never collide.
     *
     * @param idPrefix a prefix unique within the page, letters, digits and '-' only (e.g. "c3-")
     */
    public static String toSvgElement(JFreeChart chart, int widthPx, int heightPx, String idPrefix) {
        Objects.requireNonNull(idPrefix, "idPrefix");
        if (!idPrefix.matches("[A-Za-z][A-Za-z0-9-]*")) {
            throw new IllegalArgumentException("idPrefix must be letters, digits and '-', starting with a letter, was '"
                    + idPrefix + "'");
        }
        SVGGraphics2D g2 = svgGraphics(chart, widthPx, heightPx, 1.0, idPrefix);
        return g2.getSVGElement(idPrefix + "svg", true, new org.jfree.svg.ViewBox(0, 0, widthPx, heightPx),
                null, null);
    }

    private static SVGGraphics2D svgGraphics(JFreeChart chart, int widthPx, int heightPx, double scale,
                                             String idPrefix) {
        Objects.requireNonNull(chart, "chart");
        checkSize(widthPx, heightPx, scale);
        SVGGraphics2D g2 = new SVGGraphics2D(widthPx, heightPx);
        if (idPrefix != null) {
            g2.setDefsKeyPrefix(idPrefix);
        }
        g2.scale(scale, scale);
        chart.draw(g2, new Rectangle2D.Double(0, 0, widthPx / scale, heightPx / scale));
        return g2;
    }

    /**
     * Writes {@code chart} as a one-page vector PDF of {@code widthPt} x {@code heightPt} points.
     *
     * @throws IOException if the file cannot be written; the message names {@code target}
     */
    public static void writePdf(JFreeChart chart, Path target, int widthPt, int heightPt) throws IOException {
        writePdf(chart, target, widthPt, heightPt, 1.0);
    }

    /**
     * Writes {@code chart} as a one-page vector PDF of {@code widthPt} x {@code heightPt} points,
     * laid out at {@code scale} (see {@link #write(JFreeChart, Format, Path, int, int, double)}).
     *
     * @throws IOException if the file cannot be written; the message names {@code target}
     */
    public static void writePdf(JFreeChart chart, Path target, int widthPt, int heightPt, double scale)
            throws IOException {
        checkArguments(chart, target, widthPt, heightPt, scale);
        AtomicFiles.write(target, file -> {
            try (PDDocument document = new PDDocument()) {
                PDPage page = new PDPage(new PDRectangle(widthPt, heightPt));
                document.addPage(page);
                PDFormXObject form = toPdfForm(document, chart, widthPt, heightPt, scale);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawForm(form);
                }
                document.save(file.toFile());
            }
        });
    }

    /**
     * The chart as a vector PDF form (a reusable drawing) of {@code widthPt} x {@code heightPt}
     * points for {@code document}, to place on any page: translate the content stream to the
     * lower-left corner of the slot, then {@code drawForm}. This is how the PDF report embeds charts.
     *
     * @param document the document the form will belong to
     * @param widthPt width in points (1 to {@link #MAX_SIDE_PX})
     * @param heightPt height in points (1 to {@link #MAX_SIDE_PX})
     * @param scale layout scale (0.25 to 8): 1 lays the chart out as if the slot were pixels
     * @throws IOException if PDFBox fails to build the form
     */
    public static PDFormXObject toPdfForm(PDDocument document, JFreeChart chart, float widthPt, float heightPt,
                                          double scale) throws IOException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(chart, "chart");
        checkSize((int) Math.ceil(widthPt), (int) Math.ceil(heightPt), scale);
        PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(document, widthPt, heightPt);
        try {
            // Embedded Liberation Sans: text stays text; characters the font lacks are drawn as outlines.
            g2.setFontTextDrawer(PdfFonts.textDrawer(document));
            g2.scale(scale, scale);
            chart.draw(g2, new Rectangle2D.Double(0, 0, widthPt / scale, heightPt / scale));
        } finally {
            g2.dispose();
        }
        return g2.getXFormObject();
    }

    private static void checkArguments(JFreeChart chart, Path target, int widthPx, int heightPx,
                                       double scale) {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(target, "target");
        checkSize(widthPx, heightPx, scale);
    }

    private static void checkSize(int widthPx, int heightPx, double scale) {
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("scale must be in " + MIN_SCALE + ".." + MAX_SCALE + ", was " + scale);
        }
        if (widthPx < 1 || widthPx > MAX_SIDE_PX) {
            throw new IllegalArgumentException("widthPx must be in 1.." + MAX_SIDE_PX + ", was " + widthPx);
        }
        if (heightPx < 1 || heightPx > MAX_SIDE_PX) {
            throw new IllegalArgumentException("heightPx must be in 1.." + MAX_SIDE_PX + ", was " + heightPx);
        }
    }

}
