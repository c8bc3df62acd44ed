package org.modesign.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which value of a row holds which {@link Column}, read from the header row. Headers the import does
 * not understand, and second names of a column already named, are not used (and listed in a note).
 */
final class HeaderColumns {

    private final int[] index = new int[Column.values().length];
    private final int width;
    private final List<String> unused = new ArrayList<>();

    private HeaderColumns(List<String> names) {
        Arrays.fill(index, -1);
        width = names.size();
        for (int i = 0; i < names.size(); i++) {
            Column column = Column.of(names.get(i));
            if (column == null) {
                continue;
            }
            int before = index[column.ordinal()];
            if (before < 0 || Column.rank(names.get(i)) < Column.rank(names.get(before))) {
                index[column.ordinal()] = i;
            }
        }
        for (int i = 0; i < names.size(); i++) {
            if (!isUsed(i) && !names.get(i).isBlank()) {
                unused.add(names.get(i).strip());
            }
        }
    }

    /** The header of {@code names}; refused when no column holds the titles. */
    static HeaderColumns of(List<String> names) throws UnusableCsv {
        HeaderColumns header = new HeaderColumns(names);
        if (!header.has(Column.TITLE)) {
            List<String> shown = names.stream().map(n -> "\"" + Keys.shown(n.strip()) + "\"").toList();
            throw UnusableCsv.of(ImportMessage.NO_TITLE_COLUMN, shown.isEmpty() ? "no columns" : String.join(", ", shown));
        }
        return header;
    }

    boolean has(Column column) {
        return index[column.ordinal()] >= 0;
    }

    /** The number of columns the header names. */
    int width() {
        return width;
    }

    /** The headers not used, in file order. */
    List<String> unused() {
        return List.copyOf(unused);
    }

    /** The stripped value of {@code column} in {@code values}: empty when the column or the value is missing. */
    String value(List<String> values, Column column) {
        int at = index[column.ordinal()];
        return at < 0 || at >= values.size() ? "" : values.get(at).strip();
    }

    private boolean isUsed(int position) {
        for (int at : index) {
            if (at == position) {
                return true;
            }
        }
        return false;
    }
}
