package org.modesign.model;

import java.util.Objects;

/** Something in the charter's way, and the strategy against it ({@code ""} when none is given). */
public record Obstacle(String id, ObstacleKind kind, String text, String strategy) {

    public Obstacle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(strategy, "strategy");
    }

    public Obstacle withKind(ObstacleKind newKind) {
        return new Obstacle(id, newKind, text, strategy);
    }

    public Obstacle withText(String newText) {
        return new Obstacle(id, kind, newText, strategy);
    }

    public Obstacle withStrategy(String newStrategy) {
        return new Obstacle(id, kind, text, newStrategy);
    }
}
