package com.alvh.workbench.report;

import com.alvh.workbench.chart.ChartExport;
import com.alvh.workbench.chart.PdfFonts;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Builds {@code report.pdf} (A4 portrait): a title block, the run and parameter tables, the
 * hedged-vs-unhedged comparison and the per-layer table as text, then the charts two to a page as
 * vector drawings (PDF path and text operators, no raster images), and a footer with the version
 * and page number on every page.
 *
 * <p>Text uses Liberation Sans, embedded as subsets ({@link PdfFonts}; metric-compatible with
 * Helvetica); a character it lacks is replaced by a close ASCII equivalent or '?'.
 */
final class PdfReport {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 50f;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float TOP = PAGE.getHeight() - MARGIN;
    private static final float BOTTOM = MARGIN + 20f; // room for the footer

    /** Charts are laid out as if 800 px wide, then scaled into the slot (fonts about 7 to 11 pt). */
    private static final float CHART_LAYOUT_WIDTH = 800f;
    private static final float CHART_HEIGHT = 300f;

    private static final Color TEXT = new Color(0x1F2328);
    private static final Color MUTED = new Color(0x57606A);
    private static final Color RULE = new Color(0xD0D7DE);
    private static final Color HEADER_FILL = new Color(0xF6F8FA);

    private final PDDocument doc;
    private final PDFont regular;
    private final PDFont bold;
    private PDPageContentStream cs;
    private float y;

    private PdfReport(PDDocument doc) throws IOException {
        this.doc = doc;
        PdfFonts fonts = PdfFonts.of(doc);
        this.regular = fonts.regular();
        this.bold = fonts.bold();
    }

    static void write(ReportContent c, List<ReportChart> charts, Path file, com.alvh.workbench.chart.MarketLabels labels)
            throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(c.title());
            info.setCreator("ALVH Workbench " + c.softwareVersion());
            info.setProducer("ALVH Workbench " + c.softwareVersion());
            PdfReport r = new PdfReport(doc);
            try {
                r.body(c, charts, labels);
            } finally {
                r.closePage();
            }
            r.footers(c);
            doc.save(file.toFile());
        }
    }

    private void body(ReportContent c, List<ReportChart> charts, com.alvh.workbench.chart.MarketLabels labels) throws IOException {
        newPage();
        // A long title wraps instead of running off the page.
        for (String line : wrap(c.title(), bold, 20, WIDTH)) {
            text(line, bold, 20, MARGIN, y - 20, TEXT);
            y -= 26;
        }
        y -= 4;
        paragraph("ALVH Workbench " + c.softwareVersion() + "  |  seed " + c.seed() + "  |  "
                + Counts.of(c.paths(), "path") + " per policy x " + ReportTables.integer(c.steps())
                + " " + labels.stepsNoun(), regular, 10, MUTED);
        y -= 6;
        if (!c.answer().isEmpty()) {
            heading("Answer", 12);
            for (String p : c.answer()) {
                paragraph(p, regular, 10, TEXT);
                y -= 4;
            }
            y -= 6;
        }
        table(ReportTables.run(c, labels));
        table(ReportTables.parameters(c));
        table(ReportTables.comparison(c));
        ReportTables.Table layers = ReportTables.layers(c);
        if (!layers.rows().isEmpty()) {
            table(layers);
        }
        for (ReportTables.Table year : ReportTables.years(c)) {
            table(year);
        }
        // Charts: two per page, each with its heading above and caption below.
        newPage();
        int onPage = 0;
        for (ReportChart chart : charts) {
            if (onPage == 2) {
                newPage();
                onPage = 0;
            }
            heading(chart.title(), 12);
            float scale = WIDTH / CHART_LAYOUT_WIDTH;
            PDFormXObject form = ChartExport.toPdfForm(doc, chart.chart(), WIDTH, CHART_HEIGHT, scale);
            cs.saveGraphicsState();
            cs.transform(new org.apache.pdfbox.util.Matrix(1, 0, 0, 1, MARGIN, y - CHART_HEIGHT));
            cs.drawForm(form);
            cs.restoreGraphicsState();
            y -= CHART_HEIGHT + 4;
            paragraph(chart.caption(), regular, 8.5f, MUTED);
            y -= 14;
            onPage++;
        }
    }

    private void newPage() throws IOException {
        closePage();
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = TOP;
    }

    private void closePage() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }

    private void footers(ReportContent c) throws IOException {
        int n = doc.getNumberOfPages();
        for (int i = 0; i < n; i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream f = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                String left = safe("ALVH Workbench " + c.softwareVersion() + "  |  " + c.title(), regular);
                String right = "Page " + (i + 1) + " of " + n;
                float size = 8;
                f.setNonStrokingColor(MUTED);
                f.beginText();
                f.setFont(regular, size);
                f.newLineAtOffset(MARGIN, MARGIN - 10);
                f.showText(fit(left, regular, size, WIDTH - 80));
                f.endText();
                f.beginText();
                f.newLineAtOffset(MARGIN + WIDTH - width(right, regular, size), MARGIN - 10);
                f.showText(right);
                f.endText();
            }
        }
    }

    private void heading(String s, float size) throws IOException {
        ensure(size + 8);
        text(s, bold, size, MARGIN, y - size, TEXT);
        y -= size + 8;
    }

    /** Wrapped text at the left margin over the full width. */
    private void paragraph(String s, PDFont font, float size, Color color) throws IOException {
        for (String line : wrap(safe(s, font), font, size, WIDTH)) {
            ensure(size * 1.35f);
            text(line, font, size, MARGIN, y - size, color);
            y -= size * 1.35f;
        }
    }

    /**
     * A table across the page width: column widths from the natural widths of their contents,
     * shrunk in proportion when they do not fit; cells wrap; a row never splits across pages and
     * the header repeats after a page break.
     */
    private void table(ReportTables.Table t) throws IOException {
        heading(t.title(), 12);
        float size = 8.5f;
        float pad = 4f;
        int cols = t.header().size();
        float[] natural = new float[cols];
        for (int i = 0; i < cols; i++) {
            natural[i] = width(safe(t.header().get(i), bold), bold, size) + 2 * pad;
            for (List<String> row : t.rows()) {
                natural[i] = Math.max(natural[i], width(safe(row.get(i), regular), regular, size) + 2 * pad);
            }
        }
        float total = 0;
        for (float w : natural) {
            total += w;
        }
        float[] widths = natural.clone();
        if (total > WIDTH) {
            // Give each column its natural width up to a fair share, then spread the rest.
            float fair = WIDTH / cols;
            float fixed = 0;
            float flexible = 0;
            for (float w : natural) {
                if (w <= fair) {
                    fixed += w;
                } else {
                    flexible += w;
                }
            }
            for (int i = 0; i < cols; i++) {
                widths[i] = natural[i] <= fair ? natural[i] : natural[i] / flexible * (WIDTH - fixed);
            }
        }
        drawRow(t.header(), widths, t.numeric(), bold, size, pad, true);
        for (List<String> row : t.rows()) {
            if (drawRow(row, widths, t.numeric(), regular, size, pad, false)) {
                drawRow(t.header(), widths, t.numeric(), bold, size, pad, true);
                drawRow(row, widths, t.numeric(), regular, size, pad, false);
            }
        }
        y -= 12;
    }

    /** Draws one row; returns true (drawing nothing) if it had to start a new page first. */
    private boolean drawRow(List<String> cells, float[] widths, List<Boolean> numeric, PDFont font, float size,
                            float pad, boolean header) throws IOException {
        float leading = size * 1.3f;
        List<List<String>> lines = new ArrayList<>();
        int maxLines = 1;
        for (int i = 0; i < cells.size(); i++) {
            List<String> l = wrap(safe(cells.get(i), font), font, size, widths[i] - 2 * pad);
            lines.add(l);
            maxLines = Math.max(maxLines, l.size());
        }
        float h = maxLines * leading + 2 * pad - (leading - size);
        if (y - h < BOTTOM) {
            newPage();
            if (!header) {
                return true;
            }
        }
        float x = MARGIN;
        float tableWidth = 0;
        for (float w : widths) {
            tableWidth += w;
        }
        if (header) {
            cs.setNonStrokingColor(HEADER_FILL);
            cs.addRect(MARGIN, y - h, tableWidth, h);
            cs.fill();
        }
        cs.setStrokingColor(RULE);
        cs.setLineWidth(0.6f);
        for (int i = 0; i < cells.size(); i++) {
            cs.addRect(x, y - h, widths[i], h);
            cs.stroke();
            float ty = y - pad - size;
            for (String line : lines.get(i)) {
                float tx = numeric.get(i) ? x + widths[i] - pad - width(line, font, size) : x + pad;
                text(line, font, size, tx, ty, TEXT);
                ty -= leading;
            }
            x += widths[i];
        }
        y -= h;
        return false;
    }

    private void ensure(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    private void text(String s, PDFont font, float size, float x, float baseline, Color color) throws IOException {
        cs.setNonStrokingColor(color);
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, baseline);
        cs.showText(safe(s, font));
        cs.endText();
    }

    private static float width(String s, PDFont font, float size) throws IOException {
        return font.getStringWidth(safe(s, font)) / 1000f * size;
    }

    /** Greedy word wrap to {@code max} points; a word longer than a line is cut. */
    private static List<String> wrap(String s, PDFont font, float size, float max) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, font, size) <= max || line.length() == 0 && width(word, font, size) <= max) {
                line.setLength(0);
                line.append(candidate);
            } else if (line.length() > 0 && width(word, font, size) <= max) {
                out.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                // A single word wider than the line: cut it.
                if (line.length() > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, font, size) > max && rest.length() > 1) {
                    int k = rest.length() - 1;
                    while (k > 1 && width(rest.substring(0, k), font, size) > max) {
                        k--;
                    }
                    out.add(rest.substring(0, k));
                    rest = rest.substring(k);
                }
                line.append(rest);
            }
        }
        out.add(line.toString());
        return out;
    }

    /** {@code s} cut with "..." to fit {@code max} points. */
    private static String fit(String s, PDFont font, float size, float max) throws IOException {
        if (width(s, font, size) <= max) {
            return s;
        }
        String t = s;
        while (t.length() > 1 && width(t + "...", font, size) > max) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "...";
    }

    /**
     * {@code s} restricted to what the font can encode: a few common symbols become ASCII, anything
     * else the font lacks becomes '?'.
     */
    static String safe(String s, PDFont font) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            String r = switch (ch) {
                case '\u2212' -> "-";
                case '\u2192' -> "->";
                case '\u2264' -> "<=";
                case '\u2265' -> ">=";
                case '\u00A0', '\u2009', '\u202F' -> " ";
                case '\n', '\r', '\t' -> " ";
                default -> String.valueOf(ch);
            };
            try {
                font.encode(r);
                out.append(r);
            } catch (IllegalArgumentException | IOException e) {
                out.append('?');
            }
        }
        return out.toString();
    }
}
