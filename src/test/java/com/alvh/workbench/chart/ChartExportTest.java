package com.alvh.workbench.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class ChartExportTest {

    @TempDir
    Path dir;

    private static JFreeChart chart() {
        return PayoffChart.create(PayoffChartTest.tentProfile(), "Export test", ChartTheme.LIGHT);
    }

    /** A chart whose plot throws while drawing: a rendering failure half way through a write. */
    private static JFreeChart failingChart() {
        Plot plot = new Plot() {
            @Override
            public String getPlotType() {
                return "failing";
            }

            @Override
            public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState,
                             PlotRenderingInfo info) {
                throw new IllegalStateException("boom while drawing");
            }
        };
        return new JFreeChart(plot);
    }

    private List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return new ArrayList<>(files.toList());
        }
    }

    /** Parses XML strictly (well-formedness); the SVG DOCTYPE is allowed but its DTD never fetched. */
    private static Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    @Test
    void writesPngOfTheRequestedSize() throws IOException {
        Path target = dir.resolve("payoff.png");
        ChartExport.writePng(chart(), target, 800, 500);

        BufferedImage image = ImageIO.read(target.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(500);
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    void writesWellFormedSvgHoldingBothSeries() throws Exception {
        Path target = dir.resolve("payoff.svg");
        ChartExport.writeSvg(chart(), target, 900, 600);

        Document doc = parse(Files.readAllBytes(target));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(Double.parseDouble(doc.getDocumentElement().getAttribute("width"))).isEqualTo(900.0);
        assertThat(Double.parseDouble(doc.getDocumentElement().getAttribute("height"))).isEqualTo(600.0);

        List<String> texts = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        // The legend names both series; the break-even labels are there too.
        assertThat(texts).contains("P&L at expiry", "P&L at T+14 days", "Break-even 4,800.0");
        // Both curves are drawn: at least two paths beyond the background shapes.
        assertThat(doc.getElementsByTagNameNS("*", "path").getLength()).isGreaterThanOrEqualTo(2);
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    void writesVectorPdfWithSearchableTextAndNoRasterImage() throws Exception {
        Path target = dir.resolve("payoff.pdf");
        ChartExport.writePdf(chart(), target, 800, 500);

        try (org.apache.pdfbox.pdmodel.PDDocument doc = PdfInspect.load(Files.readAllBytes(target))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            org.apache.pdfbox.pdmodel.PDPage page = doc.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isEqualTo(800f);
            assertThat(page.getMediaBox().getHeight()).isEqualTo(500f);
            assertThat(PdfInspect.images(page)).isZero();
            // Grid lines, curves, markers and legend swatches: many fills and strokes.
            assertThat(PdfInspect.vectorPaintOps(page)).isGreaterThan(20);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("Export test", "P&L at expiry", "Break-even 4,800.0");
        }
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    void pdfRenderingFailureLeavesNoFile() throws IOException {
        Path target = dir.resolve("payoff.pdf");
        assertThatThrownBy(() -> ChartExport.writePdf(failingChart(), target, 400, 300))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(target.toString())
                .hasMessageContaining("boom while drawing");
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void svgElementForInliningHasPrefixedIdsAndAViewBox() throws Exception {
        String a = ChartExport.toSvgElement(chart(), 600, 400, "c1-");
        String b = ChartExport.toSvgElement(chart(), 600, 400, "c2-");
        assertThat(a).startsWith("<svg").contains("viewBox='0.0 0.0 600.0 400.0'").contains("id='c1-clip-");
        assertThat(b).contains("id='c2-clip-").doesNotContain("c1-");
        Document doc = parse(a.getBytes(StandardCharsets.UTF_8));
        assertThat(doc.getElementsByTagNameNS("*", "path").getLength()).isGreaterThan(2);
        assertThatIllegalArgumentException().isThrownBy(() -> ChartExport.toSvgElement(chart(), 10, 10, "1 bad"))
                .withMessageContaining("idPrefix");
    }

    @Test
    void scaledPngKeepsThePixelSizeAndEnlargesTheLayout() throws IOException {
        Path plain = dir.resolve("plain.png");
        Path scaled = dir.resolve("scaled.png");
        ChartExport.writePng(chart(), plain, 1200, 800);
        ChartExport.writePng(chart(), scaled, 1200, 800, 2.0);
        BufferedImage a = ImageIO.read(plain.toFile());
        BufferedImage b = ImageIO.read(scaled.toFile());
        assertThat(b.getWidth()).isEqualTo(1200);
        assertThat(b.getHeight()).isEqualTo(800);
        // At scale 2 the title's glyphs are twice as tall.
        assertThat((double) firstInkRunHeight(b)).isGreaterThan(1.6 * firstInkRunHeight(a));
    }

    /** Height in rows of the first band of rows (from the top) holding non-background pixels: the title. */
    private static int firstInkRunHeight(BufferedImage image) {
        int background = image.getRGB(0, 0);
        int run = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            boolean ink = false;
            for (int x = 0; x < image.getWidth() && !ink; x++) {
                ink = image.getRGB(x, y) != background;
            }
            if (ink) {
                run++;
            } else if (run > 0) {
                return run;
            }
        }
        return run;
    }

    @Test
    void scaledSvgKeepsTheViewport() throws Exception {
        Document doc = parse(ChartExport.toSvg(chart(), 1000, 600, 1.5).getBytes(StandardCharsets.UTF_8));
        assertThat(Double.parseDouble(doc.getDocumentElement().getAttribute("width"))).isEqualTo(1000.0);
        assertThat(Double.parseDouble(doc.getDocumentElement().getAttribute("height"))).isEqualTo(600.0);
    }

    @Test
    void exportGetsOrdinaryPermissionsNotOwnerOnlyTempPermissions() throws IOException {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX permissions");
        Path reference = Files.createFile(dir.resolve("reference.txt"));
        Path target = dir.resolve("payoff.svg");
        ChartExport.writeSvg(chart(), target, 400, 300);
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(reference));
    }

    @Test
    void writeDispatchesOnFormat() throws IOException {
        Path png = dir.resolve("a.png");
        Path svg = dir.resolve("a.svg");
        Path pdf = dir.resolve("a.pdf");
        ChartExport.write(chart(), ChartExport.Format.PNG, png, 300, 200);
        ChartExport.write(chart(), ChartExport.Format.SVG, svg, 300, 200);
        ChartExport.write(chart(), ChartExport.Format.PDF, pdf, 300, 200);
        assertThat(Files.readString(pdf, StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(300);
        assertThat(Files.readString(svg, StandardCharsets.UTF_8)).contains("<svg");
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path target = dir.resolve("payoff.png");
        Files.writeString(target, "old contents");
        ChartExport.writePng(chart(), target, 400, 300);
        assertThat(ImageIO.read(target.toFile()).getHeight()).isEqualTo(300);
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    void renderingFailureLeavesOldFileAndNoTempFile() throws IOException {
        Path target = dir.resolve("payoff.png");
        Files.writeString(target, "old contents");

        assertThatThrownBy(() -> ChartExport.writePng(failingChart(), target, 400, 300))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(target.toString())
                .hasMessageContaining("boom while drawing");
        assertThat(Files.readString(target)).isEqualTo("old contents");
        assertThat(filesIn(dir)).containsExactly(target);

        Path svg = dir.resolve("payoff.svg");
        assertThatThrownBy(() -> ChartExport.writeSvg(failingChart(), svg, 400, 300))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(svg.toString());
        assertThat(svg).doesNotExist();
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    void targetThatIsADirectoryFailsNamingThePath() throws IOException {
        Path target = Files.createDirectory(dir.resolve("chart.png"));
        assertThatThrownBy(() -> ChartExport.writePng(chart(), target, 400, 300))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(target.toString())
                .hasMessageContaining("directory");
        assertThat(target).isEmptyDirectory();
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    void missingDirectoryFailsNamingThePath() {
        Path target = dir.resolve("no-such-dir").resolve("chart.svg");
        assertThatThrownBy(() -> ChartExport.writeSvg(chart(), target, 400, 300))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(target.toString())
                .hasMessageContaining("does not exist");
        assertThat(target.getParent()).doesNotExist();
    }

    @Test
    void parentThatIsAFileFailsNamingThePath() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        Path target = file.resolve("chart.png");
        assertThatThrownBy(() -> ChartExport.writePng(chart(), target, 400, 300))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(target.toString());
        assertThat(filesIn(dir)).containsExactly(file);
    }

    @Test
    void readOnlyDirectoryFailsNamingThePathAndLeavesNothing() throws IOException {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX permissions");
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root ignores permission bits: then this case cannot be staged here.
            assumeFalse(Files.isWritable(locked), "directory is still writable (running as root?)");
            Path target = locked.resolve("chart.png");
            assertThatThrownBy(() -> ChartExport.writePng(chart(), target, 400, 300))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining(target.toString());
            assertThat(filesIn(locked)).isEmpty();
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void rejectsSillySizes() {
        Path target = dir.resolve("x.png");
        assertThatIllegalArgumentException().isThrownBy(() -> ChartExport.writePng(chart(), target, 0, 10))
                .withMessageContaining("widthPx");
        assertThatIllegalArgumentException().isThrownBy(() -> ChartExport.writeSvg(chart(), target, 10, -1))
                .withMessageContaining("heightPx");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ChartExport.writePng(chart(), target, ChartExport.MAX_SIDE_PX + 1, 10))
                .withMessageContaining("widthPx");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ChartExport.writePng(chart(), target, 10, 10, 0.0))
                .withMessageContaining("scale");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ChartExport.writeSvg(chart(), target, 10, 10, Double.NaN))
                .withMessageContaining("scale");
        assertThat(target).doesNotExist();
    }
}
