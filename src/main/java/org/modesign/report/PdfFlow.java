package org.modesign.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.modesign.export.ChartPicture;
import org.modesign.render.Dash;
import org.modesign.render.FontSpec;
import org.modesign.render.Rect;
import org.modesign.render.Rgb;
import org.modesign.render.Surface;
import org.modesign.render.TextAlign;
import org.modesign.render.TextWrap;

/**
 * Lays the report's sections out on pages, top to bottom: each page a list of drawing steps, kept
 * until the page count is known, so that the contents and the page numbers can be drawn first. A
 * level-1 section starts a page; a heading keeps with what follows it; a table breaks between rows
 * and repeats its heading row on the next page; a chart takes the rest of a page (a page of its
 * own unless the page is still empty), its legend on its right.
 */
final class PdfFlow {

    /** Room a heading needs below it, so it is not left alone at the foot of a page. */
    private static final double KEEP = 70;
    private static final double PAD = 3.5;
    /** The most lines a table cell shows. */
    private static final int CELL_LINES = 12;
    /** The most lines a paragraph shows. */
    private static final int MAX_LINES = 200;

    private final Surface measure;
    private final ChartPicture picture;
    private final List<List<Consumer<Surface>>> pages = new ArrayList<>();
    private final List<Integer> sectionPages = new ArrayList<>();
    private List<Consumer<Surface>> page;
    private double y;

    PdfFlow(Surface measure, ChartPicture picture) {
        this.measure = measure;
        this.picture = picture;
    }

    /** Lays out the sections, from a new page. */
    void layout(List<ReportSection> sections) {
        for (ReportSection section : sections) {
            if (page == null || section.level() == 1 || y + KEEP > ReportPage.BODY_BOTTOM) {
                newPage();
            }
            sectionPages.add(pages.size() - 1);
            heading(section);
            List<Block> blocks = section.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                if (blocks.get(i) instanceof Block.Subheading && i + 1 < blocks.size()) {
                    ensure(KEEP / 2 + start(blocks.get(i + 1)));
                }
                block(blocks.get(i));
            }
        }
    }

    /** The pages, each as its drawing steps. */
    List<List<Consumer<Surface>>> pages() {
        return pages;
    }

    /** The page (from 0, in this flow) on which each section starts. */
    List<Integer> sectionPages() {
        return sectionPages;
    }

    private void newPage() {
        page = new ArrayList<>();
        pages.add(page);
        y = ReportPage.BODY_TOP;
    }

    private boolean pageEmpty() {
        return y == ReportPage.BODY_TOP;
    }

    private void ensure(double height) {
        if (y + height > ReportPage.BODY_BOTTOM && !pageEmpty()) {
            newPage();
        }
    }

    private void heading(ReportSection section) {
        FontSpec font = section.level() == 1 ? PdfStyle.HEADING_1 : PdfStyle.HEADING_2;
        if (!pageEmpty()) {
            y += 10;
        }
        lines(section.title(), font, section.level() == 1 ? PdfStyle.TEXT : PdfStyle.ACCENT, ReportPage.BODY_WIDTH);
        if (section.level() == 1) {
            double rule = y;
            page.add(s -> rule(s, rule, PdfStyle.ACCENT, 1.5));
            y += 6;
        }
        y += 4;
    }

    /** The height of what must come on the same page as a heading before {@code block}: its start. */
    private double start(Block block) {
        if (block instanceof Block.Table t) {
            TableRows rows = tableRows(t);
            return rows.keepTogether() ? rows.whole() : rows.headHeight() + rows.firstRow();
        }
        return block instanceof Block.Chart ? 0 : KEEP / 2;
    }

    private void block(Block block) {
        if (block instanceof Block.Paragraph p) {
            lines(p.text(), p.note() ? PdfStyle.NOTE : PdfStyle.BODY, p.note() ? PdfStyle.MUTED : PdfStyle.TEXT,
                    ReportPage.BODY_WIDTH * 0.8);
            y += 4;
        } else if (block instanceof Block.Subheading h) {
            ensure(KEEP);
            y += 6;
            lines(h.text(), PdfStyle.SUBHEADING, PdfStyle.TEXT, ReportPage.BODY_WIDTH);
            y += 2;
        } else if (block instanceof Block.Table t) {
            table(t);
        } else if (block instanceof Block.Chart c) {
            chart(c);
        }
    }

    /** {@code text} wrapped to {@code width}, line after line. */
    private void lines(String text, FontSpec font, Rgb colour, double width) {
        double leading = PdfStyle.leading(font);
        for (String line : TextWrap.wrap(text, font, width, MAX_LINES, measure::textWidth)) {
            ensure(leading);
            double baseline = y + font.size();
            page.add(s -> {
                s.setFill(colour);
                s.text(line, ReportPage.MARGIN, baseline, font, TextAlign.LEFT);
            });
            y += leading;
        }
    }

    private void chart(Block.Chart chart) {
        if (!pageEmpty()) {
            newPage();
        }
        double top = y;
        page.add(s -> {
            s.setFill(PdfStyle.TEXT);
            s.text(chart.caption(), ReportPage.MARGIN, top + PdfStyle.SUBHEADING.size(), PdfStyle.SUBHEADING,
                    TextAlign.LEFT);
            s.setFill(PdfStyle.MUTED);
            s.text(chart.note(), ReportPage.MARGIN, top + PdfStyle.SUBHEADING.size() + 4 + PdfStyle.leading(PdfStyle.NOTE),
                    PdfStyle.NOTE, TextAlign.LEFT);
        });
        Rect area = new Rect(ReportPage.MARGIN, top + ReportPage.CAPTION, ReportPage.CHART_WIDTH,
                ReportPage.BODY_BOTTOM - top - ReportPage.CAPTION);
        Rect legend = picture.legendSize(measure);
        double scale = Math.min(0.75, ReportPage.LEGEND / legend.width());
        double legendX = ReportPage.WIDTH - ReportPage.MARGIN - legend.width() * scale;
        page.add(s -> {
            s.setStroke(PdfStyle.RULE);
            s.setLineWidth(0.5);
            s.setDash(Dash.SOLID);
            s.strokeRect(area.x(), area.y(), area.width(), area.height());
            picture.paint(s, area, chart.scene());
            picture.legend(s, legendX, area.y(), scale);
        });
        y = ReportPage.BODY_BOTTOM;
    }

    /** A table's cells wrapped to its columns, and the heights that decide where it may break. */
    private record TableRows(double[] widths, String[][] head, List<String[][]> rows, double headHeight,
            double firstRow, double whole) {

        boolean keepTogether() {
            return whole <= (ReportPage.BODY_BOTTOM - ReportPage.BODY_TOP) / 2;
        }
    }

    private TableRows tableRows(Block.Table table) {
        double[] widths = new PdfColumns(measure, table).widths(ReportPage.BODY_WIDTH);
        String[][] head = cells(table.columns(), widths, PdfStyle.CELL_HEAD);
        List<String[][]> rows = new ArrayList<>(table.rows().size());
        double headHeight = height(head, PdfStyle.CELL_HEAD);
        double whole = headHeight;
        for (List<String> row : table.rows()) {
            String[][] cells = cells(row, widths, PdfStyle.CELL);
            rows.add(cells);
            whole += height(cells, PdfStyle.CELL);
        }
        double firstRow = rows.isEmpty() ? 0 : height(rows.get(0), PdfStyle.CELL);
        return new TableRows(widths, head, rows, headHeight, firstRow, whole);
    }

    private void table(Block.Table table) {
        TableRows laid = tableRows(table);
        double[] widths = laid.widths();
        String[][] head = laid.head();
        List<String[][]> rows = laid.rows();
        ensure(laid.keepTogether() ? laid.whole() : laid.headHeight() + laid.firstRow());
        header(head, widths, table);
        for (int r = 0; r < table.rows().size(); r++) {
            String[][] row = rows.get(r);
            double height = height(row, PdfStyle.CELL);
            if (y + height > ReportPage.BODY_BOTTOM && !pageEmpty()) {
                newPage();
                header(head, widths, table);
            }
            double top = y;
            boolean last = r == table.rows().size() - 1;
            page.add(s -> {
                drawRow(s, row, widths, table, top, PdfStyle.CELL, PdfStyle.TEXT);
                rule(s, top + height, PdfStyle.RULE, last ? 0.8 : 0.4, total(widths));
            });
            y += height;
        }
        y += 10;
    }

    private void header(String[][] head, double[] widths, Block.Table table) {
        double top = y;
        double height = height(head, PdfStyle.CELL_HEAD);
        page.add(s -> {
            s.setFill(PdfStyle.HEADER_FILL);
            s.fillRect(ReportPage.MARGIN, top, total(widths), height);
            drawRow(s, head, widths, table, top, PdfStyle.CELL_HEAD, PdfStyle.TEXT);
        });
        y += height;
    }

    private static void drawRow(Surface s, String[][] cells, double[] widths, Block.Table table, double top,
            FontSpec font, Rgb colour) {
        s.setFill(colour);
        double x = ReportPage.MARGIN;
        for (int c = 0; c < cells.length; c++) {
            boolean right = table.numeric().get(c);
            for (int l = 0; l < cells[c].length; l++) {
                double baseline = top + PAD + font.size() + l * PdfStyle.leading(font);
                s.text(cells[c][l], right ? x + widths[c] - PAD : x + PAD, baseline, font,
                        right ? TextAlign.RIGHT : TextAlign.LEFT);
            }
            x += widths[c];
        }
    }

    private String[][] cells(List<String> texts, double[] widths, FontSpec font) {
        String[][] cells = new String[texts.size()][];
        for (int c = 0; c < texts.size(); c++) {
            cells[c] = TextWrap.wrap(texts.get(c), font, widths[c] - 2 * PAD, CELL_LINES, measure::textWidth);
        }
        return cells;
    }

    private static double height(String[][] cells, FontSpec font) {
        int lines = 1;
        for (String[] cell : cells) {
            lines = Math.max(lines, cell.length);
        }
        return 2 * PAD + font.size() + (lines - 1) * PdfStyle.leading(font) + 1;
    }

    private static double total(double[] widths) {
        double sum = 0;
        for (double w : widths) {
            sum += w;
        }
        return sum;
    }

    private static void rule(Surface s, double at, Rgb colour, double width) {
        rule(s, at, colour, width, ReportPage.BODY_WIDTH);
    }

    private static void rule(Surface s, double at, Rgb colour, double width, double length) {
        s.setStroke(colour);
        s.setLineWidth(width);
        s.setDash(Dash.SOLID);
        s.strokeLine(ReportPage.MARGIN, at, ReportPage.MARGIN + length, at);
    }
}
