package org.modesign.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A position on the chart. {@code team}, {@code region}, {@code from} and {@code to} are
 * {@code null} when the file leaves them out (no team; the team's region or {@code global}; first
 * phase; last phase). {@code fte} and {@code sourcing} carry their defaults (1, in-house).
 */
public record Role(
        String id,
        String title,
        Archetype archetype,
        String team,
        String region,
        double fte,
        Sourcing sourcing,
        String from,
        String to,
        List<Responsibility> responsibilities,
        double x,
        double y) implements Node {

    public static final double DEFAULT_FTE = 1.0;
    public static final double MAX_FTE = 10_000.0;

    public Role {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(archetype, "archetype");
        Objects.requireNonNull(sourcing, "sourcing");
        responsibilities = List.copyOf(responsibilities);
    }

    /** A new in-house role of one FTE, with no team, region, phases or responsibilities. */
    public static Role of(String id, String title, Archetype archetype, double x, double y) {
        return new Role(id, title, archetype, null, null, DEFAULT_FTE, Sourcing.IN_HOUSE,
                null, null, List.of(), x, y);
    }

    @Override
    public NodeType type() {
        return NodeType.ROLE;
    }

    @Override
    public String label() {
        return title;
    }

    /** The letter this role holds on {@code capability}, if any. */
    public Optional<Raci> raciFor(String capability) {
        for (Responsibility r : responsibilities) {
            if (r.capability().equals(capability)) {
                return Optional.of(r.raci());
            }
        }
        return Optional.empty();
    }

    @Override
    public Role withPosition(double newX, double newY) {
        return new Role(id, title, archetype, team, region, fte, sourcing, from, to, responsibilities, newX, newY);
    }

    @Override
    public Role withId(String newId) {
        return new Role(newId, title, archetype, team, region, fte, sourcing, from, to, responsibilities, x, y);
    }

    public Role withTitle(String newTitle) {
        return new Role(id, newTitle, archetype, team, region, fte, sourcing, from, to, responsibilities, x, y);
    }

    public Role withArchetype(Archetype newArchetype) {
        return new Role(id, title, newArchetype, team, region, fte, sourcing, from, to, responsibilities, x, y);
    }

    public Role withTeam(String newTeam) {
        return new Role(id, title, archetype, newTeam, region, fte, sourcing, from, to, responsibilities, x, y);
    }

    public Role withRegion(String newRegion) {
        return new Role(id, title, archetype, team, newRegion, fte, sourcing, from, to, responsibilities, x, y);
    }

    public Role withFte(double newFte) {
        return new Role(id, title, archetype, team, region, newFte, sourcing, from, to, responsibilities, x, y);
    }

    public Role withSourcing(Sourcing newSourcing) {
        return new Role(id, title, archetype, team, region, fte, newSourcing, from, to, responsibilities, x, y);
    }

    public Role withPhases(String newFrom, String newTo) {
        return new Role(id, title, archetype, team, region, fte, sourcing, newFrom, newTo, responsibilities, x, y);
    }

    public Role withResponsibilities(List<Responsibility> newResponsibilities) {
        return new Role(id, title, archetype, team, region, fte, sourcing, from, to, newResponsibilities, x, y);
    }
}
