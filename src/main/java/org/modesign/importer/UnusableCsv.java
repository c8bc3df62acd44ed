package org.modesign.importer;

import java.util.Objects;

/**
 * The CSV file cannot be used at all (unreadable, too large, not UTF-8, no title column, broken
 * quotes); {@link #text()} says why in one sentence. Nothing has been imported.
 */
public final class UnusableCsv extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ImportText text;

    public UnusableCsv(ImportText text) {
        super(text.english(), null, false, false);
        this.text = Objects.requireNonNull(text, "text");
    }

    static UnusableCsv of(ImportMessage message, Object... args) {
        return new UnusableCsv(ImportText.of(message, args));
    }

    /** Why the file cannot be used, for translation; {@link #getMessage()} is its English text. */
    public ImportText text() {
        return text;
    }
}
