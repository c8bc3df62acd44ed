package org.modesign.analysis;

import java.util.Objects;

/**
 * The {@code roles} and {@code fte} metrics of format.md §4 for one scenario in one phase: what
 * the editor's status bar shows after every edit, without the cost of the other metrics.
 */
public record Headcount(String phase, int roles, double fte) {

    public Headcount {
        Objects.requireNonNull(phase, "phase");
    }
}
