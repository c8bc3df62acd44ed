package org.modesign.report;

import java.util.List;
import org.modesign.export.ChartPicture;
import org.modesign.render.ChartLabels;

/**
 * The report as one self-contained HTML file: inline CSS (for the screen and for print: each
 * scenario and the comparison start a new page), the table of contents as links, and each chart as
 * inline SVG drawn by the exports' painter, scaled to the page's width.
 */
final class HtmlReport {

    private static final String CSS = """
            body{font-family:"Helvetica Neue",Arial,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#1f2933;\
            max-width:1100px;margin:0 auto;padding:24px 32px;line-height:1.45}
            h1{font-size:26px;margin:0 0 4px}h2{font-size:21px;border-bottom:2px solid #2d6cdf;padding-bottom:4px;\
            margin-top:40px}h3{font-size:17px;margin-top:28px;color:#2d6cdf}h4{font-size:14px;margin:18px 0 6px}
            .cover{border-bottom:1px solid #ccd3db;padding-bottom:16px;margin-bottom:16px}
            .subtitle{font-size:16px;color:#52606d}.size{color:#52606d}.mission{font-size:16px;font-style:italic}
            .note{color:#616e7c;font-size:13px}
            table{border-collapse:collapse;margin:6px 0 12px;font-size:13px}
            th{background:#eef2f7;text-align:left}th,td{border:1px solid #d5dce4;padding:3px 8px;vertical-align:top}
            td.num,th.num{text-align:right;white-space:nowrap}
            figure{margin:8px 0 16px}figure svg{max-width:100%;height:auto;border:1px solid #e4e7eb}
            figcaption{font-weight:bold;margin-bottom:4px}
            nav ol{padding-left:20px}nav li{margin:2px 0}
            @page{size:A4 landscape;margin:14mm}
            @media print{body{max-width:none;padding:0}section.level1{break-before:page}\
            table,figure{break-inside:avoid}a{color:inherit;text-decoration:none}}
            """;

    private final ChartPicture picture;
    private final StringBuilder html = new StringBuilder(64 * 1024);

    HtmlReport(ChartLabels labels) {
        picture = new ChartPicture(labels);
    }

    String write(ReportDocument doc) {
        html.append("<!DOCTYPE html>\n<html lang=\"").append(doc.words().language().tag()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(escape(doc.title())).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n");
        cover(doc);
        contents(doc);
        List<ReportSection> sections = doc.sections();
        boolean open = false;
        for (int i = 0; i < sections.size(); i++) {
            ReportSection section = sections.get(i);
            if (section.level() == 1) {
                if (open) {
                    html.append("</section>\n");
                }
                html.append("<section class=\"level1\">\n");
                open = true;
            }
            String tag = section.level() == 1 ? "h2" : "h3";
            html.append('<').append(tag).append(" id=\"s").append(i + 1).append("\">").append(escape(section.title()))
                    .append("</").append(tag).append(">\n");
            for (Block block : section.blocks()) {
                block(block);
            }
        }
        if (open) {
            html.append("</section>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private void cover(ReportDocument doc) {
        html.append("<header class=\"cover\">\n<h1>").append(escape(doc.title())).append("</h1>\n")
                .append("<p class=\"subtitle\">").append(escape(doc.subtitle())).append("</p>\n")
                .append("<p class=\"size\">").append(escape(doc.size())).append("</p>\n");
        if (!doc.mission().isEmpty()) {
            html.append("<p class=\"mission\">").append(escape(doc.mission())).append("</p>\n");
        }
        for (String line : doc.readiness()) {
            html.append("<p class=\"readiness\">").append(escape(line)).append("</p>\n");
        }
        html.append("</header>\n");
    }

    private void contents(ReportDocument doc) {
        html.append("<nav>\n<h2>").append(escape(doc.words().get(ReportText.CONTENTS))).append("</h2>\n<ol>\n");
        List<ReportSection> sections = doc.sections();
        boolean nested = false;
        for (int i = 0; i < sections.size(); i++) {
            ReportSection section = sections.get(i);
            if (section.level() == 2 && !nested) {
                html.append("<ol>\n");
                nested = true;
            } else if (section.level() == 1 && nested) {
                html.append("</ol>\n");
                nested = false;
            }
            html.append("<li><a href=\"#s").append(i + 1).append("\">").append(escape(section.title()))
                    .append("</a></li>\n");
        }
        if (nested) {
            html.append("</ol>\n");
        }
        html.append("</ol>\n</nav>\n");
    }

    private void block(Block block) {
        if (block instanceof Block.Paragraph p) {
            html.append(p.note() ? "<p class=\"note\">" : "<p>").append(escape(p.text())).append("</p>\n");
        } else if (block instanceof Block.Subheading h) {
            html.append("<h4>").append(escape(h.text())).append("</h4>\n");
        } else if (block instanceof Block.Table t) {
            table(t);
        } else if (block instanceof Block.Chart c) {
            html.append("<figure>\n<figcaption>").append(escape(c.caption())).append("</figcaption>\n");
            if (!c.note().isEmpty()) {
                html.append("<p class=\"note\">").append(escape(c.note())).append("</p>\n");
            }
            html.append(svg(c)).append("</figure>\n");
        }
    }

    private String svg(Block.Chart chart) {
        String svg = picture.svg(chart.scene());
        int start = svg.indexOf("<svg");
        return svg.substring(start < 0 ? 0 : start);
    }

    private void table(Block.Table table) {
        html.append("<table>\n<thead><tr>");
        for (int c = 0; c < table.columns().size(); c++) {
            html.append(table.numeric().get(c) ? "<th class=\"num\">" : "<th>").append(escape(table.columns().get(c)))
                    .append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : table.rows()) {
            html.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                html.append(table.numeric().get(c) ? "<td class=\"num\">" : "<td>").append(escape(row.get(c)))
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    /** Text as HTML shows it literally. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
