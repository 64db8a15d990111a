package com.alvh.workbench.chart;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The fonts of every PDF the workbench writes: Liberation Sans regular and bold (SIL Open Font
 * License 1.1; metric-compatible with Helvetica and Arial, so the layout is that of the standard font),
 * shipped in the Maven artifact {@code com.github.librepdf:openpdf-fonts-extra} and embedded as
 * subsets. Nothing is looked up on the machine: the PDF looks the same everywhere and PDFBox has no
 * missing Helvetica to warn about.
 */
public final class PdfFonts {

    private static final String REGULAR = "/liberation/LiberationSans-Regular.ttf";
    private static final String BOLD = "/liberation/LiberationSans-Bold.ttf";

    /** One pair per document: each font is embedded once however many charts and pages use it. */
    private static final Map<PDDocument, PdfFonts> BY_DOCUMENT = new WeakHashMap<>();

    private final PDFont regular;
    private final PDFont bold;

    private PdfFonts(PDFont regular, PDFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** The fonts of {@code document}, loaded and registered on first use. */
    public static PdfFonts of(PDDocument document) throws IOException {
        synchronized (BY_DOCUMENT) {
            PdfFonts f = BY_DOCUMENT.get(document);
            if (f == null) {
                f = new PdfFonts(load(document, REGULAR), load(document, BOLD));
                BY_DOCUMENT.put(document, f);
            }
            return f;
        }
    }

    /** The regular weight. */
    public PDFont regular() {
        return regular;
    }

    /** The bold weight. */
    public PDFont bold() {
        return bold;
    }

    /**
     * A text drawer for charts drawn into {@code document}: every AWT font becomes Liberation Sans (bold
     * when the font is bold), so chart text stays selectable text; a character the font lacks is drawn
     * as its outline, as before.
     */
    static IPdfBoxGraphics2DFontTextDrawer textDrawer(PDDocument document) throws IOException {
        PdfFonts fonts = of(document);
        return new PdfBoxGraphics2DFontTextDrawer() {
            @Override
            protected PDFont mapFont(Font font, IFontTextDrawerEnv env) {
                return font.isBold() ? fonts.bold : fonts.regular;
            }
        };
    }

    private static PDFont load(PDDocument document, String resource) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font " + resource + " is missing from the classpath (openpdf-fonts-extra)");
            }
            return PDType0Font.load(document, in, true);
        }
    }
}
