package org.modesign.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.modesign.importer.ImportFile;
import org.modesign.importer.mapping.ColumnMapping;
import org.modesign.importer.mapping.Field;
import org.modesign.importer.mapping.MappingSpec;

/**
 * What {@code import-csv --print-mapping} prints: a line per column with the field it gives and how
 * that was found (its header, its values, --map, or not used), then the whole mapping as a --map
 * value to edit and pass back.
 */
final class MappingReport {

    private MappingReport() {
    }

    static String text(ImportFile file, ColumnMapping mapping) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"column", "field", "found by"});
        for (int i = 0; i < mapping.width(); i++) {
            Field field = mapping.field(i);
            String header = mapping.headers().get(i).strip();
            rows.add(new String[] {header.isEmpty() ? "(blank)" : header, field == null ? "-" : field.key(),
                how(mapping.how(i), field)});
        }
        int[] widths = new int[3];
        for (String[] row : rows) {
            for (int c = 0; c < 3; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder sb = new StringBuilder("Columns of ").append(file.source()).append(" (")
                .append(count(file.rowCount(), "row")).append("):\n");
        for (String[] row : rows) {
            String line = "  " + pad(row[0], widths[0]) + "  " + pad(row[1], widths[1]) + "  " + row[2];
            sb.append(line.stripTrailing()).append('\n');
        }
        sb.append("As --map: \"").append(MappingSpec.format(mapping.choices())).append("\"\n");
        return sb.toString();
    }

    private static String how(ColumnMapping.How how, Field field) {
        return switch (how) {
            case HEADER -> "header";
            case VALUES -> "values";
            case CHOSEN -> "--map";
            case NONE -> field == null ? "not used" : "";
        };
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private static String count(int n, String noun) {
        return String.format(Locale.ROOT, "%d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
