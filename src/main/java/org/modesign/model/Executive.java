package org.modesign.model;

import java.util.Objects;

/** A fixed anchor of the chart (CEO, CMO, IT, ...). Executives are always active. */
public record Executive(String id, Office office, String title, double x, double y) implements Node {

    public Executive {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(title, "title");
    }

    @Override
    public NodeType type() {
        return NodeType.EXECUTIVE;
    }

    @Override
    public String label() {
        return title;
    }

    @Override
    public Executive withPosition(double newX, double newY) {
        return new Executive(id, office, title, newX, newY);
    }

    @Override
    public Executive withId(String newId) {
        return new Executive(newId, office, title, x, y);
    }

    public Executive withTitle(String newTitle) {
        return new Executive(id, office, newTitle, x, y);
    }

    public Executive withOffice(Office newOffice) {
        return new Executive(id, newOffice, title, x, y);
    }
}
