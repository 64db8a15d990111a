package com.alvh.workbench.report;

import com.alvh.workbench.chart.ChartExport;
import java.util.List;

/**
 * Builds {@code report.html}: one self-contained page (CSS inline, charts inlined as SVG), with no
 * reference to anything outside the file (no scripts, fonts, style sheets, images or links), so it
 * opens the same offline, from an e-mail or an archive.
 */
final class HtmlReport {

    /** Layout size of an inlined chart (CSS scales it to the page width). */
    static final int CHART_WIDTH = 960;
    static final int CHART_HEIGHT = 560;

    private static final String CSS = """
            :root { color-scheme: light; }
            body { font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2328;
                   background: #ffffff; margin: 0 auto; max-width: 1040px; padding: 24px 32px 48px; line-height: 1.45; }
            h1 { font-size: 26px; margin: 0 0 4px; }
            h2 { font-size: 19px; margin: 32px 0 8px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; }
            h3 { font-size: 16px; margin: 24px 0 6px; }
            .meta { color: #57606a; margin: 0 0 16px; }
            table { border-collapse: collapse; margin: 8px 0 16px; font-size: 14px; }
            th, td { border: 1px solid #d0d7de; padding: 4px 10px; vertical-align: top; }
            th { background: #f6f8fa; text-align: left; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            figure { margin: 16px 0 28px; page-break-inside: avoid; }
            figure svg { width: 100%; height: auto; display: block; border: 1px solid #d0d7de; }
            figcaption { color: #57606a; font-size: 14px; margin-top: 6px; }
            footer { color: #57606a; font-size: 13px; margin-top: 40px; }
            """;

    private HtmlReport() {
    }

    static String build(ReportContent c, List<ReportChart> charts, com.alvh.workbench.chart.MarketLabels labels) {
        StringBuilder sb = new StringBuilder(1 << 20);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"ALVH Workbench ").append(escape(c.softwareVersion()))
                .append("\">\n<title>").append(escape(c.title())).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n");
        sb.append("<h1>").append(escape(c.title())).append("</h1>\n");
        sb.append("<p class=\"meta\">ALVH Workbench ").append(escape(c.softwareVersion())).append(" &middot; seed ")
                .append(c.seed()).append(" &middot; ").append(Counts.of(c.paths(), "path"))
                .append(" per policy &times; ").append(ReportTables.integer(c.steps()))
                .append(" ").append(escape(labels.stepsNoun())).append(" &middot; ").append(escape(c.modelDescription())).append("</p>\n");

        if (!c.answer().isEmpty()) {
            sb.append("<h2>Answer</h2>\n");
            for (String paragraph : c.answer()) {
                sb.append("<p>").append(escape(paragraph)).append("</p>\n");
            }
        }
        sb.append("<h2>Run and scenario</h2>\n");
        table(sb, ReportTables.run(c, labels));
        table(sb, ReportTables.parameters(c));
        sb.append("<h2>Results</h2>\n");
        table(sb, ReportTables.comparison(c));
        ReportTables.Table layers = ReportTables.layers(c);
        if (!layers.rows().isEmpty()) {
            table(sb, layers);
        }
        for (ReportTables.Table year : ReportTables.years(c)) {
            table(sb, year);
        }
        sb.append("<h2>Charts</h2>\n");
        for (int i = 0; i < charts.size(); i++) {
            ReportChart chart = charts.get(i);
            sb.append("<figure id=\"").append(chart.id()).append("\">\n<h3>").append(escape(chart.title()))
                    .append("</h3>\n");
            sb.append(inlineSvg(ChartExport.toSvgElement(chart.chart(), CHART_WIDTH, CHART_HEIGHT, "c" + i + "-")));
            sb.append("\n<figcaption>").append(escape(chart.caption())).append("</figcaption>\n</figure>\n");
        }
        sb.append("<footer>Produced by ALVH Workbench ").append(escape(c.softwareVersion()))
                .append(". Same seed, same scenario and same version give the same figures.</footer>\n");
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    /**
     * The SVG element for inlining: the namespace declarations go (inside HTML the parser puts
     * {@code <svg>} in the SVG namespace by itself), which leaves the page without a single URL.
     */
    static String inlineSvg(String svgElement) {
        return svgElement.replaceFirst(" xmlns='http://www.w3.org/2000/svg'", "")
                .replaceFirst(" xmlns:xlink='http://www.w3.org/1999/xlink'", "")
                .replaceFirst(" xmlns:jfreesvg='http://www.jfree.org/jfreesvg/svg'", "");
    }

    private static void table(StringBuilder sb, ReportTables.Table t) {
        sb.append("<h3>").append(escape(t.title())).append("</h3>\n<table>\n<thead><tr>");
        for (int i = 0; i < t.header().size(); i++) {
            sb.append(t.numeric().get(i) ? "<th class=\"num\">" : "<th>").append(escape(t.header().get(i)))
                    .append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : t.rows()) {
            sb.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                sb.append(t.numeric().get(i) ? "<td class=\"num\">" : "<td>").append(escape(row.get(i)))
                        .append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
