package org.modesign.importer;

import java.util.ArrayList;
import java.util.List;
import org.modesign.importer.mapping.Field;

/**
 * The notes of one import on what it assumed, gathered from its steps and listed in a fixed order:
 * the file (no rows, its encoding), archetypes, columns, managers, locations.
 */
final class ImportNotes {

    /** Most names listed in one note. */
    static final int NAMES_LISTED = 8;

    private final HeaderColumns header;
    private String encoding = Encodings.UTF8;
    private boolean noRows;
    private RowParser parser;
    private int roots;
    private String rootCards = "";
    private List<String> outside = List.of();
    private List<String> unknownLocations = List.of();

    ImportNotes(HeaderColumns header) {
        this.header = header;
    }

    ImportNotes file(String fileEncoding, boolean withoutRows) {
        this.encoding = fileEncoding;
        this.noRows = withoutRows;
        return this;
    }

    ImportNotes rows(RowParser rowParser) {
        this.parser = rowParser;
        return this;
    }

    ImportNotes managers(int rootCount, String cards, List<String> outsideManagers) {
        this.roots = rootCount;
        this.rootCards = cards;
        this.outside = outsideManagers;
        return this;
    }

    ImportNotes locations(List<String> unknown) {
        this.unknownLocations = unknown;
        return this;
    }

    List<ImportText> list() {
        List<ImportText> notes = new ArrayList<>();
        if (noRows) {
            notes.add(ImportText.of(ImportMessage.NO_ROWS));
        }
        if (!encoding.startsWith("UTF")) {
            notes.add(ImportText.of(ImportMessage.READ_AS, encoding));
        }
        if (parser.suggests()) {
            if (parser.suggested() > 0) {
                notes.add(ImportText.of(ImportMessage.SUGGESTED, parser.suggested()));
            }
            if (parser.emptyArchetypes() > 0) {
                notes.add(ImportText.of(ImportMessage.UNSUGGESTED, parser.emptyArchetypes()));
            }
        } else if (!header.has(Field.ARCHETYPE)) {
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
            notes.add(rootCards.isEmpty() ? ImportText.of(ImportMessage.ROOTS_FREE, roots)
                    : ImportText.of(ImportMessage.ROOTS_UNDER, roots, rootCards));
        }
        if (!outside.isEmpty()) {
            notes.add(ImportText.of(ImportMessage.OUTSIDE_MANAGERS, outside.size(), listed(outside)));
        }
        if (!unknownLocations.isEmpty()) {
            notes.add(ImportText.of(ImportMessage.UNKNOWN_LOCATIONS, unknownLocations.size(), listed(unknownLocations)));
        }
        return notes;
    }

    /** The first {@link #NAMES_LISTED} names, "…" after them when there are more. */
    static String listed(List<String> names) {
        String shown = String.join(", ", names.subList(0, Math.min(NAMES_LISTED, names.size())));
        return names.size() > NAMES_LISTED ? shown + ", \u2026" : shown;
    }
}
