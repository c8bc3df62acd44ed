package org.modesign.importer;

import java.util.ArrayList;
import java.util.List;
import org.modesign.importer.mapping.Field;
import org.modesign.model.Node;

/** The notes of one import on what it assumed, in a fixed order: rows, archetypes, columns, managers. */
final class ImportNotes {

    /** Most names listed in one note. */
    static final int NAMES_LISTED = 8;

    private ImportNotes() {
    }

    static List<ImportText> of(HeaderColumns header, RowParser parser, boolean noRows, int roots, Node rootCard,
            List<String> outside) {
        List<ImportText> notes = new ArrayList<>();
        if (noRows) {
            notes.add(ImportText.of(ImportMessage.NO_ROWS));
        }
        if (!header.has(Field.ARCHETYPE)) {
            notes.add(ImportText.of(ImportMessage.NO_ARCHETYPE_COLUMN));
        } else if (parser.emptyArchetypes() > 0) {
            notes.add(ImportText.of(ImportMessage.EMPTY_ARCHETYPES, parser.emptyArchetypes()));
        }
        for (int column : header.guessed()) {
            notes.add(ImportText.of(ImportMessage.GUESSED_COLUMN, header.mapping().headers().get(column).strip(),
                    header.mapping().field(column)));
        }
        if (!header.unused().isEmpty()) {
            notes.add(ImportText.of(ImportMessage.IGNORED_COLUMNS, String.join(", ", header.unused())));
        }
        if (roots > 0) {
            notes.add(rootCard == null ? ImportText.of(ImportMessage.ROOTS_FREE, roots)
                    : ImportText.of(ImportMessage.ROOTS_UNDER, roots, rootCard.label()));
        }
        if (!outside.isEmpty()) {
            notes.add(ImportText.of(ImportMessage.OUTSIDE_MANAGERS, outside.size(), listed(outside)));
        }
        return notes;
    }

    /** The first {@link #NAMES_LISTED} names, "…" after them when there are more. */
    static String listed(List<String> names) {
        String shown = String.join(", ", names.subList(0, Math.min(NAMES_LISTED, names.size())));
        return names.size() > NAMES_LISTED ? shown + ", \u2026" : shown;
    }
}
