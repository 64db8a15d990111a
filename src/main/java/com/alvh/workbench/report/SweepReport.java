package com.alvh.workbench.report;

import com.alvh.workbench.chart.ChartExport;
import com.alvh.workbench.io.AtomicFiles;
import com.alvh.workbench.chart.ChartTheme;
import com.alvh.workbench.chart.FrontierChart;
import com.alvh.workbench.chart.PdfFonts;
import com.alvh.workbench.scenario.SoftwareVersion;
import com.alvh.workbench.scenario.SweepAxis;
import com.alvh.workbench.scenario.SweepObjective;
import com.alvh.workbench.sweep.PolicyMetrics;
import com.alvh.workbench.sweep.SweepResult;
import com.alvh.workbench.sweep.SweepRow;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.chart.JFreeChart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The report of a policy sweep: {@code sweep.csv} (one row per policy with its axis values and
 * figures), {@code frontier.csv} (the frontier's rows by ascending cost), {@code out-of-sample.csv}
 * (when the sweep has an out-of-sample market), the frontier chart as PNG and SVG, and
 * {@code report.html} / {@code report.pdf} with the chart and the frontier table. CSV conventions
 * are {@link ReportCsv}'s. The folder is written whole through {@link ReportFolder} (staging folder,
 * {@value ReportFolder#MANIFEST} with every file's hash, then put in place), like a scenario's report;
 * the PDF uses the same embedded fonts ({@link PdfFonts}).
 */
public final class SweepReport {

    private static final String METRIC_HEADER = "mean_pnl_usd,se_pnl_usd,net_cost_usd,se_net_cost_usd,hedge_cost_usd,"
            + "var95_usd,var99_usd,cvar95_usd,cvar99_usd,mean_max_drawdown_usd,max_drawdown95_usd,ruin_share,loss_share";

    private SweepReport() {
    }

    /**
     * Writes the report whole into a locked report folder (staging folder, manifest with every file's
     * hash, then put in place; see {@link ReportFolder}).
     *
     * @param result the sweep
     * @param folder the locked target folder
     * @param formats which outputs
     * @param inputs the sweep as run, as text (hashed into the manifest)
     * @param afterEachFile told of each file written (for progress), or null
     * @return the files in their final place, the manifest last
     * @throws IOException naming the file that could not be written; the previous report is then untouched
     */
    public static List<Path> write(SweepResult result, ReportFolder folder, Set<ReportFormat> formats, String inputs,
                                   Consumer<Path> afterEachFile) throws IOException {
        Objects.requireNonNull(result, "result");
        ReportFolder.Run run = new ReportFolder.Run(result.spec().name(), SoftwareVersion.current(),
                result.spec().base().simulation().seed(), result.paths(), result.steps());
        return folder.write(run, inputs, dir -> writeFiles(result, dir, formats, afterEachFile), afterEachFile);
    }

    /**
     * Writes the report's files into an existing folder, each atomically.
     *
     * @param result the sweep
     * @param out the folder (must exist)
     * @param formats which outputs
     * @param afterEachFile told of each file written, or null
     * @return the files written, in writing order
     * @throws IOException naming the file that could not be written
     */
    static List<Path> writeFiles(SweepResult result, Path out, Set<ReportFormat> formats, Consumer<Path> afterEachFile)
            throws IOException {
        Objects.requireNonNull(result, "result");
        Consumer<Path> told = afterEachFile == null ? f -> { } : afterEachFile;
        List<Path> files = new ArrayList<>();
        Consumer<Path> add = f -> {
            files.add(f);
            told.accept(f);
        };
        if (formats.contains(ReportFormat.CSV)) {
            add.accept(write(out.resolve("sweep.csv"), sweepCsv(result)));
            add.accept(write(out.resolve("frontier.csv"), frontierCsv(result)));
            if (result.outOfSample() != null) {
                add.accept(write(out.resolve("out-of-sample.csv"), outOfSampleCsv(result)));
            }
        }
        JFreeChart chart = FrontierChart.create(result, result.spec().name(), ChartTheme.LIGHT);
        JFreeChart oos = result.outOfSample() == null ? null
                : FrontierChart.outOfSample(result, "Out of sample: " + result.outOfSample().name(), ChartTheme.LIGHT);
        if (formats.contains(ReportFormat.PNG)) {
            Path f = out.resolve("chart-frontier.png");
            ChartExport.writePng(chart, f, ReportWriter.PNG_WIDTH, ReportWriter.PNG_HEIGHT, ReportWriter.PNG_SCALE);
            add.accept(f);
            if (oos != null) {
                Path g = out.resolve("chart-out-of-sample.png");
                ChartExport.writePng(oos, g, ReportWriter.PNG_WIDTH, ReportWriter.PNG_HEIGHT, ReportWriter.PNG_SCALE);
                add.accept(g);
            }
        }
        if (formats.contains(ReportFormat.SVG)) {
            Path f = out.resolve("chart-frontier.svg");
            ChartExport.writeSvg(chart, f, ReportWriter.SVG_WIDTH, ReportWriter.SVG_HEIGHT);
            add.accept(f);
            if (oos != null) {
                Path g = out.resolve("chart-out-of-sample.svg");
                ChartExport.writeSvg(oos, g, ReportWriter.SVG_WIDTH, ReportWriter.SVG_HEIGHT);
                add.accept(g);
            }
        }
        if (formats.contains(ReportFormat.HTML)) {
            add.accept(write(out.resolve("report.html"), html(result, chart, oos)));
        }
        if (formats.contains(ReportFormat.PDF)) {
            Path f = out.resolve("report.pdf");
            AtomicFiles.write(f, file -> pdf(result, chart, oos, file));
            add.accept(f);
        }
        return List.copyOf(files);
    }

    private static Path write(Path file, String text) throws IOException {
        AtomicFiles.writeString(file, text);
        return file;
    }

    // ---------------------------------------------------------------- CSV

    private static String axisHeader(SweepResult r) {
        StringBuilder sb = new StringBuilder();
        for (SweepAxis a : r.spec().axes()) {
            sb.append(',').append(ReportCsv.field(a.path()));
        }
        return sb.toString();
    }

    private static void axisValues(StringBuilder sb, SweepRow row) {
        for (double v : row.axisValues()) {
            sb.append(',').append(ReportCsv.number(v, 6));
        }
    }

    private static void metrics(StringBuilder sb, PolicyMetrics m) {
        sb.append(',').append(ReportCsv.usd(m.meanPnl())).append(',').append(ReportCsv.usd(m.pnlStandardError()))
                .append(',').append(ReportCsv.usd(m.netCost())).append(',').append(ReportCsv.usd(m.netCostStandardError()))
                .append(',').append(ReportCsv.usd(m.meanHedgeCost())).append(',').append(ReportCsv.usd(m.valueAtRisk95()))
                .append(',').append(ReportCsv.usd(m.valueAtRisk99())).append(',').append(ReportCsv.usd(m.expectedShortfall95()))
                .append(',').append(ReportCsv.usd(m.expectedShortfall99())).append(',').append(ReportCsv.usd(m.meanMaxDrawdown()))
                .append(',').append(ReportCsv.usd(m.maxDrawdown95())).append(',').append(ReportCsv.share(m.probabilityOfRuin()))
                .append(',').append(ReportCsv.share(m.probabilityOfLoss()));
    }

    private static void row(StringBuilder sb, SweepResult r, SweepRow row) {
        sb.append(row.index()).append(',').append(row.label()).append(',').append(row.role().name().toLowerCase(Locale.ROOT));
        axisValues(sb, row);
        metrics(sb, row.metrics());
        sb.append(',').append(ReportCsv.number(row.cost(), 2)).append(',')
                .append(ReportCsv.number(row.tail(), r.spec().objective().tail() == SweepObjective.Tail.RUIN ? 6 : 2))
                .append(',').append(row.onFrontier()).append(',').append(r.best() == r.rows().indexOf(row)).append('\n');
    }

    private static String header(SweepResult r) {
        SweepObjective o = r.spec().objective();
        return "index,label,role" + axisHeader(r) + "," + METRIC_HEADER + ",cost_" + o.cost().id() + "_usd,tail_"
                + o.tail().id() + (o.tail() == SweepObjective.Tail.RUIN ? "_share" : "_usd") + ",on_frontier,best\n";
    }

    /** Every policy: its index, label, role, axis values (columns named by their paths) and figures. */
    public static String sweepCsv(SweepResult r) {
        StringBuilder sb = new StringBuilder(header(r));
        for (SweepRow row : r.rows()) {
            row(sb, r, row);
        }
        return sb.toString();
    }

    /** The frontier's policies, by ascending cost. */
    public static String frontierCsv(SweepResult r) {
        StringBuilder sb = new StringBuilder(header(r));
        for (int i : r.frontier()) {
            row(sb, r, r.rows().get(i));
        }
        return sb.toString();
    }

    /** The out-of-sample evaluation: in-sample cost and tail beside the figures on the other market. */
    public static String outOfSampleCsv(SweepResult r) {
        SweepObjective o = r.spec().objective();
        StringBuilder sb = new StringBuilder("index,label,role" + axisHeader(r) + ",on_frontier,in_sample_cost_"
                + o.cost().id() + "_usd,in_sample_tail_" + o.tail().id() + "," + METRIC_HEADER + ",tail_"
                + r.outOfSample().tail().id() + "\n");
        for (SweepRow row : r.outOfSample().rows()) {
            SweepRow in = r.rows().stream().filter(x -> x.index() == row.index()).findFirst().orElseThrow();
            sb.append(row.index()).append(',').append(row.label()).append(',')
                    .append(row.role().name().toLowerCase(Locale.ROOT));
            axisValues(sb, row);
            sb.append(',').append(row.onFrontier()).append(',').append(ReportCsv.number(in.cost(), 2)).append(',')
                    .append(ReportCsv.number(in.tail(), o.tail() == SweepObjective.Tail.RUIN ? 6 : 2));
            metrics(sb, row.metrics());
            sb.append(',').append(ReportCsv.number(row.tail(),
                    r.outOfSample().tail() == SweepObjective.Tail.RUIN ? 6 : 2)).append('\n');
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- tables

    /** The frontier table for HTML and PDF: unhedged, base, best, then the frontier by cost. */
    static ReportTables.Table frontierTable(SweepResult r) {
        List<String> header = new ArrayList<>(List.of("Policy"));
        List<Boolean> numeric = new ArrayList<>(List.of(false));
        for (SweepAxis a : r.spec().axes()) {
            header.add(a.name());
            numeric.add(true);
        }
        header.addAll(List.of("Mean P&L", "Net cost", "+- SE", "Premium", "VaR 95", "CVaR 95", "CVaR 99", "Max DD 95",
                "P(ruin)"));
        for (int k = 0; k < 9; k++) {
            numeric.add(true);
        }
        List<Integer> shown = new ArrayList<>(List.of(0, 1));
        if (r.best() >= 0 && !shown.contains(r.best())) {
            shown.add(r.best());
        }
        for (int i : r.frontier()) {
            if (!shown.contains(i)) {
                shown.add(i);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i : shown) {
            SweepRow row = r.rows().get(i);
            List<String> cells = new ArrayList<>();
            String tag = (row.onFrontier() ? " (frontier)" : "") + (i == r.best() ? " (best)" : "");
            cells.add(row.label() + tag);
            for (double v : row.axisValues()) {
                cells.add(Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4g", v));
            }
            PolicyMetrics m = row.metrics();
            cells.addAll(List.of(ReportTables.usd(m.meanPnl()), ReportTables.usd(m.netCost()),
                    ReportTables.usd(m.netCostStandardError()), ReportTables.usd(m.meanHedgeCost()),
                    ReportTables.usd(m.valueAtRisk95()), ReportTables.usd(m.expectedShortfall95()),
                    ReportTables.usd(m.expectedShortfall99()), ReportTables.usd(m.maxDrawdown95()),
                    ReportTables.percent(m.probabilityOfRuin())));
            rows.add(cells);
        }
        return new ReportTables.Table("Unhedged, base, best and the frontier (USD per path and campaign)", header, rows,
                numeric);
    }

    /** In sample beside out of sample, for the frontier's policies. */
    static ReportTables.Table outOfSampleTable(SweepResult r) {
        SweepResult.OutOfSample oos = r.outOfSample();
        SweepObjective.Tail inTail = r.spec().objective().tail();
        boolean onePath = oos.paths() == 1;
        List<String> header = List.of("Policy", "In: mean P&L", "In: net cost", "In: " + inTail.id(),
                "Out: mean P&L", "Out: net cost", "Out: " + oos.tail().id() + (onePath ? " (the path's)" : ""),
                onePath ? "Out: max DD" : "Out: max DD 95");
        List<List<String>> rows = new ArrayList<>();
        boolean ruinIn = inTail == SweepObjective.Tail.RUIN;
        boolean ruinOut = oos.tail() == SweepObjective.Tail.RUIN;
        for (SweepRow o : oos.rows()) {
            SweepRow in = r.rows().stream().filter(x -> x.index() == o.index()).findFirst().orElseThrow();
            rows.add(List.of(o.label() + (o.onFrontier() ? " (frontier)" : ""), ReportTables.usd(in.metrics().meanPnl()),
                    ReportTables.usd(in.cost()), ruinIn ? ReportTables.percent(in.tail()) : ReportTables.usd(in.tail()),
                    ReportTables.usd(o.metrics().meanPnl()), ReportTables.usd(o.cost()),
                    ruinOut ? ReportTables.percent(o.tail()) : ReportTables.usd(o.tail()),
                    ReportTables.usd(o.metrics().maxDrawdown95())));
        }
        return new ReportTables.Table("In sample and out of sample: " + oos.name() + " (" + oos.modelDescription() + ")",
                header, rows, List.of(false, true, true, true, true, true, true, true));
    }

    private static String meta(SweepResult r) {
        return String.format(Locale.ROOT, "%s; %d policies, %,d paths x %d days each, %s; %s; %.1f s on %s",
                r.spec().objective().describe(), r.rows().size(), r.paths(), r.steps(), r.modelDescription(),
                r.spec().sampling().getClass().getSimpleName(), r.elapsedSeconds(), r.executor());
    }

    // ---------------------------------------------------------------- HTML

    static String html(SweepResult r, JFreeChart chart, JFreeChart oos) {
        StringBuilder sb = new StringBuilder(1 << 18);
        String title = r.spec().name();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(HtmlReport.escape(title)).append("</title>\n<style>\n")
                .append("body{font-family:-apple-system,\"Segoe UI\",Helvetica,Arial,sans-serif;color:#1f2328;max-width:1100px;")
                .append("margin:0 auto;padding:24px 32px 48px;line-height:1.45}h1{font-size:26px}h2{font-size:19px;")
                .append("border-bottom:1px solid #d0d7de}.meta{color:#57606a}table{border-collapse:collapse;font-size:13px}")
                .append("th,td{border:1px solid #d0d7de;padding:3px 8px}th{background:#f6f8fa}td.num{text-align:right;")
                .append("white-space:nowrap}figure svg{width:100%;height:auto;border:1px solid #d0d7de}\n</style>\n</head>\n<body>\n");
        sb.append("<h1>").append(HtmlReport.escape(title)).append("</h1>\n<p class=\"meta\">")
                .append(HtmlReport.escape(meta(r))).append("</p>\n");
        if (!r.spec().description().isBlank()) {
            sb.append("<p>").append(HtmlReport.escape(r.spec().description())).append("</p>\n");
        }
        sb.append("<h2>Frontier</h2>\n<figure>")
                .append(HtmlReport.inlineSvg(ChartExport.toSvgElement(chart, HtmlReport.CHART_WIDTH, HtmlReport.CHART_HEIGHT, "f-")))
                .append("</figure>\n");
        table(sb, frontierTable(r));
        if (oos != null) {
            sb.append("<h2>Out of sample</h2>\n<figure>")
                    .append(HtmlReport.inlineSvg(ChartExport.toSvgElement(oos, HtmlReport.CHART_WIDTH, HtmlReport.CHART_HEIGHT, "o-")))
                    .append("</figure>\n");
            table(sb, outOfSampleTable(r));
        }
        sb.append("<p class=\"meta\">Every policy ran on the same market paths as the unhedged condor (common random"
                + " numbers). Net cost is the unhedged mean P&amp;L minus the policy's, with its standard error on those"
                + " paths. sweep.csv holds every policy.</p>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static void table(StringBuilder sb, ReportTables.Table t) {
        sb.append("<h3>").append(HtmlReport.escape(t.title())).append("</h3>\n<table>\n<tr>");
        for (String h : t.header()) {
            sb.append("<th>").append(HtmlReport.escape(h)).append("</th>");
        }
        sb.append("</tr>\n");
        for (List<String> row : t.rows()) {
            sb.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                sb.append(t.numeric().get(i) ? "<td class=\"num\">" : "<td>").append(HtmlReport.escape(row.get(i))).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</table>\n");
    }

    // ---------------------------------------------------------------- PDF

    private static void pdf(SweepResult r, JFreeChart chart, JFreeChart oos, Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(r.spec().name());
            info.setCreator("ALVH Workbench " + SoftwareVersion.current());
            info.setProducer("ALVH Workbench " + SoftwareVersion.current());
            PDRectangle a4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()); // landscape
            // The embedded fonts every report uses: no Standard 14 font, nothing looked up on the machine.
            PdfFonts fonts = PdfFonts.of(doc);
            PDFont bold = fonts.bold();
            PDFont regular = fonts.regular();
            chartPage(doc, a4, chart, r.spec().name(), meta(r), bold, regular);
            textTable(doc, a4, frontierTable(r), regular, bold);
            if (oos != null) {
                chartPage(doc, a4, oos, "Out of sample", r.outOfSample().modelDescription(), bold, regular);
                textTable(doc, a4, outOfSampleTable(r), regular, bold);
            }
            doc.save(file.toFile());
        }
    }

    private static void chartPage(PDDocument doc, PDRectangle size, JFreeChart chart, String title, String meta,
                                  PDFont bold, PDFont regular) throws IOException {
        PDPage page = new PDPage(size);
        doc.addPage(page);
        float w = size.getWidth() - 80;
        float h = size.getHeight() - 120;
        PDFormXObject form = ChartExport.toPdfForm(doc, chart, w, h, 1.0);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            line(cs, bold, 14, 40, size.getHeight() - 40, fit(title, bold, 14, w));
            line(cs, regular, 8, 40, size.getHeight() - 56, fit(meta, regular, 8, w));
            cs.saveGraphicsState();
            cs.transform(org.apache.pdfbox.util.Matrix.getTranslateInstance(40, 30));
            cs.drawForm(form);
            cs.restoreGraphicsState();
        }
    }

    /**
     * A table in a proportional font: each column as wide as its widest cell, numbers right-aligned, the
     * font shrunk (down to 5 pt) until the table fits the page's width; the header repeats on each page.
     */
    private static void textTable(PDDocument doc, PDRectangle size, ReportTables.Table t, PDFont regular, PDFont bold)
            throws IOException {
        float usable = size.getWidth() - 80;
        int columns = t.header().size();
        float[] natural = new float[columns]; // at 1 pt
        for (int c = 0; c < columns; c++) {
            natural[c] = width(t.header().get(c), bold, 1);
            for (List<String> row : t.rows()) {
                natural[c] = Math.max(natural[c], width(row.get(c), regular, 1));
            }
        }
        float gap = 0.8f; // between columns, in units of the font size
        float total = gap * (columns - 1);
        for (float n : natural) {
            total += n;
        }
        float fontSize = Math.max(5f, Math.min(8f, usable / Math.max(total, 1f)));
        float leading = fontSize * 1.45f;
        float top = size.getHeight() - 64;
        int perPage = Math.max(1, (int) ((top - 40) / leading) - 1);
        for (int start = 0; start == 0 || start < t.rows().size(); start += perPage) {
            PDPage page = new PDPage(size);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                line(cs, bold, 11, 40, size.getHeight() - 40, fit(t.title(), bold, 11, usable));
                float y = top;
                rowLine(cs, t.header(), t.numeric(), natural, gap, fontSize, bold, y);
                y -= leading;
                for (int k = start; k < Math.min(t.rows().size(), start + perPage); k++) {
                    rowLine(cs, t.rows().get(k), t.numeric(), natural, gap, fontSize, regular, y);
                    y -= leading;
                }
            }
        }
    }

    private static void rowLine(PDPageContentStream cs, List<String> cells, List<Boolean> numeric, float[] natural,
                                float gap, float fontSize, PDFont font, float y) throws IOException {
        float x = 40;
        for (int c = 0; c < cells.size(); c++) {
            float colWidth = natural[c] * fontSize;
            String s = cells.get(c);
            float w = width(s, font, fontSize);
            line(cs, font, fontSize, numeric.get(c) ? x + colWidth - w : x, y, s);
            x += colWidth + gap * fontSize;
        }
    }

    private static float width(String s, PDFont font, float size) throws IOException {
        return font.getStringWidth(PdfReport.safe(s, font)) / 1000f * size;
    }

    /** {@code s} cut with an ellipsis to fit {@code max} points. */
    private static String fit(String s, PDFont font, float size, float max) throws IOException {
        if (width(s, font, size) <= max) {
            return s;
        }
        String t = s;
        while (!t.isEmpty() && width(t + "...", font, size) > max) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "...";
    }

    private static void line(PDPageContentStream cs, PDFont font, float size, float x, float y, String text)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(PdfReport.safe(text, font));
        cs.endText();
    }
}
