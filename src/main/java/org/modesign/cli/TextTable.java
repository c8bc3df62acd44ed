package org.modesign.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table: a left column of names, then right-aligned value columns. */
final class TextTable {

    private final List<String> header = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(String first, List<String> columns) {
        header.add(first);
        header.addAll(columns);
    }

    void row(String name, List<String> cells) {
        List<String> row = new ArrayList<>();
        row.add(name);
        row.addAll(cells);
        rows.add(row);
    }

    String render() {
        int[] widths = new int[header.size()];
        measure(header, widths);
        rows.forEach(r -> measure(r, widths));
        StringBuilder sb = new StringBuilder();
        append(sb, header, widths);
        for (List<String> r : rows) {
            append(sb, r, widths);
        }
        return sb.toString();
    }

    private static void measure(List<String> row, int[] widths) {
        for (int i = 0; i < row.size(); i++) {
            widths[i] = Math.max(widths[i], row.get(i).length());
        }
    }

    private static void append(StringBuilder sb, List<String> row, int[] widths) {
        StringBuilder line = new StringBuilder("  ");
        for (int i = 0; i < row.size(); i++) {
            String cell = row.get(i);
            if (i == 0) {
                line.append(cell).append(" ".repeat(widths[0] - cell.length()));
            } else {
                line.append("  ").append(" ".repeat(widths[i] - cell.length())).append(cell);
            }
        }
        sb.append(line.toString().stripTrailing()).append('\n');
    }
}
