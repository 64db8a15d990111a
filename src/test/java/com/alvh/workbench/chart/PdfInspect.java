package com.alvh.workbench.chart;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** What a PDF page is made of: raster images and vector path operators, counted through forms. */
public final class PdfInspect {

    private PdfInspect() {
    }

    /** Raster images on the page, inside forms too. */
    public static int images(PDPage page) throws IOException {
        return images(page.getResources(), 0);
    }

    private static int images(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 8) {
            return 0;
        }
        int n = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject) {
                n++;
            } else if (x instanceof PDFormXObject form) {
                n += images(form.getResources(), depth + 1);
            }
        }
        return n;
    }

    /** Vector drawing operators (fills and strokes: f, f*, S, B) in the page's forms' content streams. */
    public static int vectorPaintOps(PDPage page) throws IOException {
        return paintOps(page.getResources(), 0);
    }

    private static int paintOps(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 8) {
            return 0;
        }
        int n = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                try (InputStream in = form.getContents()) {
                    String ops = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                    for (String token : ops.split("\\s+")) {
                        if (token.equals("f") || token.equals("f*") || token.equals("S") || token.equals("B")) {
                            n++;
                        }
                    }
                }
                n += paintOps(form.getResources(), depth + 1);
            }
        }
        return n;
    }

    /** Convenience: open bytes. */
    public static PDDocument load(byte[] bytes) throws IOException {
        return org.apache.pdfbox.Loader.loadPDF(bytes);
    }
}
