package org.modesign.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fixed anchor of the chart (CEO, CMO, IT, ...). Executives are always active. An executive may
 * own work ({@code responsibilities}, format-v2.md §3) and serve on teams besides ({@code alsoIn},
 * team ids); both are empty by default.
 */
public record Executive(String id, Office office, String title, double x, double y,
        List<Responsibility> responsibilities, List<String> alsoIn) implements Node {

    public Executive {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(title, "title");
        responsibilities = List.copyOf(responsibilities);
        alsoIn = List.copyOf(alsoIn);
    }

    /** An executive who owns no work and serves on no team (the v1 executive). */
    public Executive(String id, Office office, String title, double x, double y) {
        this(id, office, title, x, y, List.of(), List.of());
    }

    @Override
    public NodeType type() {
        return NodeType.EXECUTIVE;
    }

    @Override
    public String label() {
        return title;
    }

    /** The first letter this executive holds on {@code capability}, if any. */
    public Optional<Raci> raciFor(String capability) {
        return Role.firstLetter(responsibilities, capability);
    }

    @Override
    public Executive withPosition(double newX, double newY) {
        return new Executive(id, office, title, newX, newY, responsibilities, alsoIn);
    }

    @Override
    public Executive withId(String newId) {
        return new Executive(newId, office, title, x, y, responsibilities, alsoIn);
    }

    public Executive withTitle(String newTitle) {
        return new Executive(id, office, newTitle, x, y, responsibilities, alsoIn);
    }

    public Executive withOffice(Office newOffice) {
        return new Executive(id, newOffice, title, x, y, responsibilities, alsoIn);
    }

    public Executive withResponsibilities(List<Responsibility> newResponsibilities) {
        return new Executive(id, office, title, x, y, newResponsibilities, alsoIn);
    }

    public Executive withAlsoIn(List<String> newAlsoIn) {
        return new Executive(id, office, title, x, y, responsibilities, newAlsoIn);
    }
}
