package org.modesign.model;

import java.util.Objects;

/**
 * A measurable step of the charter. {@code measure} and {@code target} are {@code ""} when the
 * file leaves them out; {@code phase} is {@code null} when the objective belongs to no phase.
 */
public record Objective(String id, String text, String measure, String target, String phase) {

    public Objective {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(target, "target");
    }

    /** An objective with no measure, target or phase. */
    public static Objective of(String id, String text) {
        return new Objective(id, text, "", "", null);
    }

    public Objective withText(String newText) {
        return new Objective(id, newText, measure, target, phase);
    }

    public Objective withMeasure(String newMeasure) {
        return new Objective(id, text, newMeasure, target, phase);
    }

    public Objective withTarget(String newTarget) {
        return new Objective(id, text, measure, newTarget, phase);
    }

    public Objective withPhase(String newPhase) {
        return new Objective(id, text, measure, target, newPhase);
    }
}
