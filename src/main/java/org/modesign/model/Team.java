package org.modesign.model;

import java.util.Objects;

/**
 * A group of roles with a region. {@code region}, {@code from} and {@code to} are {@code null}
 * when the file leaves them out: region {@code global}, first phase, last phase.
 */
public record Team(String id, String name, String region, String from, String to, double x, double y)
        implements Node {

    public Team {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
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
        return new Team(id, name, region, from, to, newX, newY);
    }

    @Override
    public Team withId(String newId) {
        return new Team(newId, name, region, from, to, x, y);
    }

    public Team withName(String newName) {
        return new Team(id, newName, region, from, to, x, y);
    }

    public Team withRegion(String newRegion) {
        return new Team(id, name, newRegion, from, to, x, y);
    }

    public Team withPhases(String newFrom, String newTo) {
        return new Team(id, name, region, newFrom, newTo, x, y);
    }
}
