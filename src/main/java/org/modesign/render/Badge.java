package org.modesign.render;

import java.util.Objects;

/** The finding badge of one node: its worst severity and how many findings name the node. */
public record Badge(BadgeSeverity severity, int count) {

    public Badge {
        Objects.requireNonNull(severity, "severity");
        if (count < 1) {
            throw new IllegalArgumentException("a badge counts at least one finding, not " + count);
        }
    }
}
