package org.modesign.model;

import java.util.Objects;

/** From {@code phase} on, a role's FTE is {@code fte} (until its next change). */
public record FteChange(String phase, double fte) {

    public FteChange {
        Objects.requireNonNull(phase, "phase");
    }
}
