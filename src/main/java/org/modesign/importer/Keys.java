package org.modesign.importer;

import org.modesign.importer.mapping.Words;

/** How the import compares what people type: headers and words loosely, names by their letters. */
final class Keys {

    private Keys() {
    }

    /** {@link Words#compact}: "Reports To" and "reports_to" both give {@code reportsto}. */
    static String compact(String text) {
        return Words.compact(text);
    }

    /** {@link Words#name}: "Data  Analyst" is "data analyst". */
    static String name(String text) {
        return Words.name(text);
    }

    /** The value as a message shows it: on one line. */
    static String shown(String value) {
        return value.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }
}
