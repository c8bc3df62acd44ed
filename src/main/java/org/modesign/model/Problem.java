package org.modesign.model;

import java.util.Objects;

/**
 * One thing wrong with a design, located by its JSON path (e.g. {@code scenarios[0].lines[3].to})
 * and explained in a sentence a person understands.
 */
public record Problem(String path, String message) {

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
