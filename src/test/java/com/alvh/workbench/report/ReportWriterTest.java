package com.alvh.workbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import com.alvh.workbench.chart.PdfInspect;
import com.alvh.workbench.chart.ResultsFixture;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ReportWriterTest {

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path full;
    private static List<Path> written;
    private static final List<String> CHART_IDS = List.of("payoff", "pnl-distribution", "pnl-primary", "equity-fan",
            "underwater", "max-drawdown", "vix-path", "policy-comparison", "layer-cost-benefit");

    /** One full report (every format) shared by the tests that only read it. */
    @BeforeAll
    static void writeFullReport() throws IOException {
        full = shared.resolve("out").resolve("nested"); // does not exist yet: the writer creates it
        written = ReportWriter.write(ReportFixture.standard(), full, ReportFormat.all());
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> s = Files.list(directory)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesEveryFileAndNoTemporaryLeftovers() throws IOException {
        List<String> expected = new ArrayList<>(List.of("report.html", "report.pdf", "parameters.csv", "summary.csv",
                "layers.csv", "equity-fan.csv", "pnl-by-path.csv", "max-drawdown-by-path.csv", "trades.csv", "manifest.json"));
        for (String id : CHART_IDS) {
            expected.add("chart-" + id + ".png");
            expected.add("chart-" + id + ".svg");
        }
        assertThat(names(full)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(written).hasSize(expected.size()).allMatch(Files::isRegularFile);
    }

    @Test
    void pngsDecodeAtTheirSizeAndSvgsParseWithPathsAndText() throws Exception {
        for (String id : CHART_IDS) {
            BufferedImage image = ImageIO.read(full.resolve("chart-" + id + ".png").toFile());
            assertThat(image).as(id).isNotNull();
            assertThat(image.getWidth()).isEqualTo(ReportWriter.PNG_WIDTH);
            assertThat(image.getHeight()).isEqualTo(ReportWriter.PNG_HEIGHT);

            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document svg = f.newDocumentBuilder().parse(full.resolve("chart-" + id + ".svg").toFile());
            assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
            assertThat(svg.getElementsByTagNameNS("*", "path").getLength()).as(id).isGreaterThan(3);
            assertThat(svg.getElementsByTagNameNS("*", "text").getLength()).as(id).isGreaterThan(3);
        }
    }

    /**
     * Every font in the PDF, on the pages and inside the chart forms, is the embedded Liberation Sans:
     * no standard font that PDFBox would have to find on the machine (and warn about when it cannot).
     */
    @Test
    void pdfEmbedsItsFontsAndUsesNoStandardFont() throws IOException {
        try (PDDocument doc = PdfInspect.load(Files.readAllBytes(full.resolve("report.pdf")))) {
            java.util.Set<String> fonts = new java.util.TreeSet<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                collectFonts(doc.getPage(i).getResources(), fonts, 0);
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f).matches("embedded [A-Z]{6}\\+LiberationSans(-Bold)?"));
            assertThat(fonts).anyMatch(f -> f.endsWith("LiberationSans-Bold")).anyMatch(f -> f.endsWith("+LiberationSans"));
        }
    }

    private static void collectFonts(org.apache.pdfbox.pdmodel.PDResources r, java.util.Set<String> out, int depth)
            throws IOException {
        if (r == null || depth > 8) {
            return;
        }
        for (org.apache.pdfbox.cos.COSName n : r.getFontNames()) {
            org.apache.pdfbox.pdmodel.font.PDFont f = r.getFont(n);
            out.add((f.isEmbedded() ? "embedded " : "NOT embedded ") + f.getName());
        }
        for (org.apache.pdfbox.cos.COSName n : r.getXObjectNames()) {
            if (r.getXObject(n) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                collectFonts(form.getResources(), out, depth + 1);
            }
        }
    }

    @Test
    void pdfHasTheTablesAsTextAndEveryChartAsVectors() throws IOException {
        ReportContent c = ReportFixture.standard();
        try (PDDocument doc = PdfInspect.load(Files.readAllBytes(full.resolve("report.pdf")))) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(c.title(), "ALVH Workbench " + ReportFixture.VERSION, "Scenario parameters",
                    "Hedged vs unhedged", "Per-layer cost and benefit", "seed " + c.seed(),
                    "Heston (QE scheme)", "1,000,000 USD", "Steward (hedged)", "Unhedged (unhedged)",
                    "Base call spread", ReportTables.usd(c.primary().summary().valueAtRisk95()));
            int pagesWithCharts = 0;
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                assertThat(PdfInspect.images(doc.getPage(i))).as("raster images on page %d", i + 1).isZero();
                if (PdfInspect.vectorPaintOps(doc.getPage(i)) > 20) {
                    pagesWithCharts++;
                }
            }
            // Nine charts, two to a page.
            assertThat(pagesWithCharts).isEqualTo((CHART_IDS.size() + 1) / 2);
            assertThat(text).contains("Page 1 of " + doc.getNumberOfPages());
        }
    }

    @Test
    void htmlIsSelfContainedWithOneInlineSvgPerChartAndUniqueIds() throws IOException {
        String html = Files.readString(full.resolve("report.html"), StandardCharsets.UTF_8);
        String lower = html.toLowerCase(Locale.ROOT);
        // No network (or any outside) reference of any kind.
        for (String banned : List.of("http:", "https:", "ftp:", "//www", "src=", "href=", "<script", "<link",
                "<img", "<iframe", "@import", "xlink:")) {
            assertThat(lower).as("contains %s", banned).doesNotContain(banned);
        }
        Matcher urls = Pattern.compile("url\\(([^)]*)\\)").matcher(html);
        while (urls.find()) {
            assertThat(urls.group(1)).as("url() reference").startsWith("#");
        }
        assertThat(count(html, "<svg")).isEqualTo(CHART_IDS.size());
        Set<String> ids = new HashSet<>();
        Matcher m = Pattern.compile(" id=['\"]([^'\"]+)['\"]").matcher(html);
        while (m.find()) {
            assertThat(ids.add(m.group(1))).as("id %s is unique", m.group(1)).isTrue();
        }
        // Every url(#id) points at an id of the page.
        Matcher refs = Pattern.compile("url\\(#([^)]+)\\)").matcher(html);
        while (refs.find()) {
            assertThat(ids).contains(refs.group(1));
        }
        ReportContent c = ReportFixture.standard();
        assertThat(html).contains("<title>" + HtmlReport.escape(c.title()) + "</title>", ReportFixture.VERSION,
                "Random seed", Long.toString(c.seed()), "CNDR (20/5 delta)",
                "Hedged minus unhedged", "Promoter", "<style>");
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void csvMeansMatchTheSummaryAndIgnoreTheDefaultLocale() throws IOException {
        ReportContent c = ReportFixture.standard();
        List<String> lines = Files.readAllLines(full.resolve("pnl-by-path.csv"));
        assertThat(lines).hasSize(c.paths() + 1);
        assertThat(lines.get(0)).isEqualTo("path,Unhedged pnl_usd,Steward pnl_usd,Promoter pnl_usd");
        double sum = 0;
        for (String line : lines.subList(1, lines.size())) {
            sum += Double.parseDouble(line.split(",")[2]);
        }
        // Each value is rounded to the cent: the mean is within half a cent of the exact mean.
        assertThat(sum / c.paths()).isCloseTo(c.primary().summary().pnl().mean(), offset(0.005));

        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY); // decimal comma, '.' grouping
            assertThat(ReportCsv.files(c)).isEqualTo(withRootLocale(c));
            assertThat(ReportCsv.summary(c)).contains(ReportCsv.usd(c.primary().summary().valueAtRisk95()))
                    .doesNotContain(String.format(Locale.GERMANY, "%.2f", c.primary().summary().valueAtRisk95()));
        } finally {
            Locale.setDefault(before);
        }
    }

    private static java.util.Map<String, String> withRootLocale(ReportContent c) {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ROOT);
            return ReportCsv.files(c);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void csvFieldsAndNumbersFollowTheDocumentedFormat() {
        assertThat(ReportCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(ReportCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ReportCsv.field("plain")).isEqualTo("plain");
        assertThat(ReportCsv.usd(-0.001)).isEqualTo("0.00");
        assertThat(ReportCsv.usd(1234567.891)).isEqualTo("1234567.89");
        assertThat(ReportCsv.share(Double.NaN)).isEmpty();
        assertThat(ReportCsv.share(0.1234564)).isEqualTo("0.123456");
    }

    @Test
    void onlyTheChosenFormatsAreWritten() throws IOException {
        List<Path> files = ReportWriter.write(ReportFixture.standard(), dir, EnumSet.of(ReportFormat.CSV));
        assertThat(names(dir)).containsExactlyInAnyOrder("parameters.csv", "summary.csv", "layers.csv",
                "equity-fan.csv", "pnl-by-path.csv", "max-drawdown-by-path.csv", "trades.csv", "manifest.json");
        assertThat(files).hasSize(8);
    }

    /** A report replaces its folder whole: a folder holding anything a report does not write is refused, untouched. */
    @Test
    void aFolderHoldingOtherThingsIsRefusedAndLeftAsItWas() throws IOException {
        Files.createDirectory(dir.resolve("report.pdf")); // a folder where the PDF would go
        Files.writeString(dir.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> ReportWriter.write(ReportFixture.standard(), dir,
                EnumSet.of(ReportFormat.HTML, ReportFormat.PDF)))
                .isInstanceOf(ReportFolder.ReportFolderException.class)
                .hasMessageContaining(dir.toString()).hasMessageContaining("which a report does not write");
        assertThat(names(dir)).containsExactlyInAnyOrder("notes.txt", "report.pdf");
        assertThat(dir.resolve("report.pdf")).isEmptyDirectory();
        assertThat(names(dir.getParent())).noneMatch(n -> n.contains(".staging-"));
    }

    @Test
    void anOutputDirectoryThatIsAFileIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        assertThatThrownBy(() -> ReportWriter.write(ReportFixture.standard(), file, ReportFormat.all()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString());
        assertThat(names(dir)).containsExactly("not-a-dir");
    }

    @Test
    void formatListsParseAndBadOnesAreNamed() {
        assertThat(ReportFormat.parse("html, PDF,csv")).containsExactlyInAnyOrder(ReportFormat.HTML,
                ReportFormat.PDF, ReportFormat.CSV);
        assertThatIllegalArgumentException().isThrownBy(() -> ReportFormat.parse("html,docx"))
                .withMessageContaining("'docx'");
        assertThatIllegalArgumentException().isThrownBy(() -> ReportFormat.parse(" , "))
                .withMessageContaining("empty");
    }

    @Test
    void contentValidatesRolesAndSizes() {
        var entries = ResultsFixture.comparison();
        assertThatIllegalArgumentException().isThrownBy(() -> new ReportContent("t", "v", List.of(), "m", 1,
                ResultsFixture.PATHS, ResultsFixture.STEPS, entries, 1, 1, null)).withMessageContaining("baselineIndex");
        assertThatIllegalArgumentException().isThrownBy(() -> new ReportContent("t", "v", List.of(), "m", 1,
                ResultsFixture.PATHS + 1, ResultsFixture.STEPS, entries, 1, 0, null))
                .withMessageContaining("entries[0]");
        assertThatIllegalArgumentException().isThrownBy(() -> new ReportContent(" ", "v", List.of(), "m", 1,
                ResultsFixture.PATHS, ResultsFixture.STEPS, entries, 1, 0, null)).withMessageContaining("title");
        ReportContent noBaseline = new ReportContent("t", "v", List.of(), "m", 1, ResultsFixture.PATHS,
                ResultsFixture.STEPS, entries, 2, -1, null);
        assertThat(noBaseline.hasBaseline()).isFalse();
        assertThat(ReportTables.comparison(noBaseline).header()).doesNotContain("Hedged minus unhedged");
        assertThat(ReportCharts.build(noBaseline, com.alvh.workbench.chart.ChartTheme.LIGHT, true))
                .extracting(ReportChart::id).doesNotContain("payoff").contains("equity-fan");
    }

    @Test
    void chartImagesAreNotBlank() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                Files.readAllBytes(full.resolve("chart-vix-path.png"))));
        int background = image.getRGB(5, 5);
        int ink = 0;
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                if (image.getRGB(x, y) != background) {
                    ink++;
                }
            }
        }
        assertThat(ink).isGreaterThan(5_000);
    }
}
