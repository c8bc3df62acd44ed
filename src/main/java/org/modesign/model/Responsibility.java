package org.modesign.model;

import java.util.Objects;

/**
 * A holder's stake (RACI letter) in one capability, by the capability's id. {@code from} and
 * {@code to} are {@code null} when the file leaves them out: the letter then holds from the
 * holder's first phase, and until its last (format-v2.md §7).
 */
public record Responsibility(String capability, Raci raci, String from, String to) {

    public Responsibility {
        Objects.requireNonNull(capability, "capability");
        Objects.requireNonNull(raci, "raci");
    }

    /** A letter over the holder's whole span (the v1 responsibility). */
    public Responsibility(String capability, Raci raci) {
        this(capability, raci, null, null);
    }

    /** Whether the letter has a span of its own. */
    public boolean hasSpan() {
        return from != null || to != null;
    }

    public Responsibility withRaci(Raci newRaci) {
        return new Responsibility(capability, newRaci, from, to);
    }

    public Responsibility withSpan(String newFrom, String newTo) {
        return new Responsibility(capability, raci, newFrom, newTo);
    }
}
