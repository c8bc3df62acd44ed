package org.modesign.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.modesign.importer.mapping.ColumnMapping;
import org.modesign.importer.mapping.Field;

/**
 * Which value of a row holds which {@link Field}, as the {@link ColumnMapping} says. Columns
 * without a field (headers the import does not understand, second names of a field already named,
 * columns the user left out) are not used, and listed in a note.
 */
final class HeaderColumns {

    private final ColumnMapping mapping;
    private final int[] index = new int[Field.values().length];
    private final List<String> unused = new ArrayList<>();

    private HeaderColumns(ColumnMapping mapping) {
        this.mapping = mapping;
        Arrays.fill(index, -1);
        for (int i = 0; i < mapping.width(); i++) {
            Field field = mapping.field(i);
            if (field != null) {
                index[field.ordinal()] = i;
            } else if (!mapping.headers().get(i).isBlank()) {
                unused.add(mapping.headers().get(i).strip());
            }
        }
    }

    /** The columns of {@code mapping}; refused when no column holds the titles. */
    static HeaderColumns of(ColumnMapping mapping) throws UnusableCsv {
        HeaderColumns header = new HeaderColumns(mapping);
        if (!header.has(Field.TITLE)) {
            List<String> shown = mapping.headers().stream().map(n -> "\"" + Keys.shown(n.strip()) + "\"").toList();
            throw UnusableCsv.of(ImportMessage.NO_TITLE_COLUMN, shown.isEmpty() ? "no columns" : String.join(", ", shown));
        }
        return header;
    }

    ColumnMapping mapping() {
        return mapping;
    }

    boolean has(Field field) {
        return index[field.ordinal()] >= 0;
    }

    /** The number of columns the header names. */
    int width() {
        return mapping.width();
    }

    /** The headers not used, in file order. */
    List<String> unused() {
        return List.copyOf(unused);
    }

    /** The headers whose field was guessed from their values, with the field, in file order. */
    List<Integer> guessed() {
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < mapping.width(); i++) {
            if (mapping.field(i) != null && mapping.how(i) == ColumnMapping.How.VALUES) {
                columns.add(i);
            }
        }
        return columns;
    }

    /** The stripped value of {@code field} in {@code values}: empty when the column or the value is missing. */
    String value(List<String> values, Field field) {
        int at = index[field.ordinal()];
        return at < 0 || at >= values.size() ? "" : values.get(at).strip();
    }
}
