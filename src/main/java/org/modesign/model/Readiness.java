package org.modesign.model;

import java.util.Objects;

/** The answer to one readiness test of the charter, with a note ({@code ""} when none). */
public record Readiness(ReadinessTest test, ReadinessAnswer answer, String note) {

    public Readiness {
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(note, "note");
    }

    /** An answer without a note. */
    public Readiness(ReadinessTest test, ReadinessAnswer answer) {
        this(test, answer, "");
    }
}
