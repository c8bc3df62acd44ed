package org.modesign.model;

import java.util.Objects;

/**
 * A group of roles with a region. {@code region}, {@code from} and {@code to} are {@code null}
 * when the file leaves them out: region {@code global}, first phase, last phase. {@code kind} says
 * what the team is (a department by default).
 */
public record Team(String id, String name, String region, String from, String to, double x, double y, TeamKind kind)
        implements Node {

    public Team {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** A department (the v1 team). */
    public Team(String id, String name, String region, String from, String to, double x, double y) {
        this(id, name, region, from, to, x, y, TeamKind.DEPARTMENT);
    }

    @Override
    public NodeType type() {
        return NodeType.TEAM;
    }

    @Override
    public String label() {
        return name;
    }

    /** The region with its default applied. */
    public String effectiveRegion() {
        return region == null ? Region.GLOBAL : region;
    }

    @Override
    public Team withPosition(double newX, double newY) {
        return new Team(id, name, region, from, to, newX, newY, kind);
    }

    @Override
    public Team withId(String newId) {
        return new Team(newId, name, region, from, to, x, y, kind);
    }

    public Team withName(String newName) {
        return new Team(id, newName, region, from, to, x, y, kind);
    }

    public Team withRegion(String newRegion) {
        return new Team(id, name, newRegion, from, to, x, y, kind);
    }

    public Team withPhases(String newFrom, String newTo) {
        return new Team(id, name, region, newFrom, newTo, x, y, kind);
    }

    public Team withKind(TeamKind newKind) {
        return new Team(id, name, region, from, to, x, y, newKind);
    }
}
