package org.modesign.report;

import java.util.List;
import org.modesign.render.Surface;

/**
 * The widths of a table's columns in the PDF: each as wide as its widest cell when the table fits
 * the page so; else the columns of numbers keep their width and the columns of text share the rest
 * by their natural widths, each at least {@link #MIN_TEXT} wide (their cells then wrap).
 */
final class PdfColumns {

    static final double MIN_TEXT = 60;
    /** The most rows measured: a longer table's columns are judged by its first rows. */
    private static final int MEASURED_ROWS = 200;
    private static final double PAD = 8;

    private final Surface measure;
    private final Block.Table table;

    PdfColumns(Surface measure, Block.Table table) {
        this.measure = measure;
        this.table = table;
    }

    double[] widths(double available) {
        int n = table.columns().size();
        double[] natural = new double[n];
        for (int c = 0; c < n; c++) {
            natural[c] = measure.textWidth(table.columns().get(c), PdfStyle.CELL_HEAD) + PAD;
        }
        List<List<String>> rows = table.rows();
        for (int r = 0; r < Math.min(MEASURED_ROWS, rows.size()); r++) {
            for (int c = 0; c < n; c++) {
                natural[c] = Math.max(natural[c], measure.textWidth(rows.get(r).get(c), PdfStyle.CELL) + PAD);
            }
        }
        double sum = 0;
        double numbers = 0;
        double text = 0;
        for (int c = 0; c < n; c++) {
            sum += natural[c];
            if (table.numeric().get(c)) {
                numbers += natural[c];
            } else {
                text += natural[c];
            }
        }
        if (sum <= available || text == 0) {
            return natural;
        }
        double[] widths = natural.clone();
        double room = Math.max(available - numbers, MIN_TEXT);
        for (int c = 0; c < n; c++) {
            if (!table.numeric().get(c)) {
                widths[c] = Math.max(MIN_TEXT, room * natural[c] / text);
            }
        }
        return widths;
    }
}
