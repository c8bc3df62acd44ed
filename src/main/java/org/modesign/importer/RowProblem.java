package org.modesign.importer;

import java.util.Objects;

/** Why the row that starts on {@code line} of the file (1 is the first line) cannot be imported. */
public record RowProblem(int line, ImportText text) {

    public RowProblem {
        Objects.requireNonNull(text, "text");
    }

    /** "line: text" in English, e.g. {@code 7: unknown archetype "wizard"; ...}. */
    @Override
    public String toString() {
        return line + ": " + text.english();
    }
}
