package org.modesign.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A position on the chart. {@code team}, {@code region}, {@code from} and {@code to} are
 * {@code null} when the file leaves them out (no team; the team's region or {@code global}; first
 * phase; last phase). {@code fte} and {@code sourcing} carry their defaults (1, in-house).
 *
 * <p>Version 2 (format-v2.md §2): {@code alsoIn} (team ids served on besides one's own, empty by
 * default), {@code staffing} (filled by default), {@code person} ({@code ""} for none),
 * {@code cost} (yearly cost of one FTE; {@code null} when absent: the archetype's cost per FTE of
 * the settings applies) and {@code fteChanges} (in phase order, empty by default).
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
        double y,
        List<String> alsoIn,
        Staffing staffing,
        String person,
        Double cost,
        List<FteChange> fteChanges) implements Node {

    public static final double DEFAULT_FTE = 1.0;
    public static final double MAX_FTE = 10_000.0;
    /** Longest {@code person}, in characters (code points). */
    public static final int MAX_PERSON_CHARS = 200;

    public Role {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(archetype, "archetype");
        Objects.requireNonNull(sourcing, "sourcing");
        responsibilities = List.copyOf(responsibilities);
        alsoIn = List.copyOf(alsoIn);
        Objects.requireNonNull(staffing, "staffing");
        Objects.requireNonNull(person, "person");
        fteChanges = List.copyOf(fteChanges);
    }

    /** A filled role with no person, cost of its own, FTE changes or other teams (the v1 role). */
    public Role(String id, String title, Archetype archetype, String team, String region, double fte,
            Sourcing sourcing, String from, String to, List<Responsibility> responsibilities, double x, double y) {
        this(id, title, archetype, team, region, fte, sourcing, from, to, responsibilities, x, y,
                List.of(), Staffing.FILLED, "", null, List.of());
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

    /**
     * The letter this role holds on {@code capability}, if any: the first one listed when a
     * version 2 role names the capability more than once, for different spans.
     */
    public Optional<Raci> raciFor(String capability) {
        return firstLetter(responsibilities, capability);
    }

    static Optional<Raci> firstLetter(List<Responsibility> responsibilities, String capability) {
        for (Responsibility r : responsibilities) {
            if (r.capability().equals(capability)) {
                return Optional.of(r.raci());
            }
        }
        return Optional.empty();
    }

    @Override
    public Role withPosition(double newX, double newY) {
        return new Role(id, title, archetype, team, region, fte, sourcing, from, to, responsibilities, newX, newY,
                alsoIn, staffing, person, cost, fteChanges);
    }

    @Override
    public Role withId(String newId) {
        return new Role(newId, title, archetype, team, region, fte, sourcing, from, to, responsibilities, x, y,
                alsoIn, staffing, person, cost, fteChanges);
    }

    public Role withTitle(String newTitle) {
        return new Role(id, newTitle, archetype, team, region, fte, sourcing, from, to, responsibilities, x, y,
                alsoIn, staffing, person, cost, fteChanges);
    }

    public Role withArchetype(Archetype newArchetype) {
        return new Role(id, title, newArchetype, team, region, fte, sourcing, from, to, responsibilities, x, y,
                alsoIn, staffing, person, cost, fteChanges);
    }

    public Role withTeam(String newTeam) {
        return new Role(id, title, archetype, newTeam, region, fte, sourcing, from, to, responsibilities, x, y,
                alsoIn, staffing, person, cost, fteChanges);
    }

    public Role withRegion(String newRegion) {
        return new Role(id, title, archetype, team, newRegion, fte, sourcing, from, to, responsibilities, x, y,
                alsoIn, staffing, person, cost, fteChanges);
    }

    public Role withFte(double newFte) {
        return new Role(id, title, archetype, team, region, newFte, sourcing, from, to, responsibilities, x, y,
                alsoIn, staffing, person, cost, fteChanges);
    }

    public Role withSourcing(Sourcing newSourcing) {
        return new Role(id, title, archetype, team, region, fte, newSourcing, from, to, responsibilities, x, y,
                alsoIn, staffing, person, cost, fteChanges);
    }

    public Role withPhases(String newFrom, String newTo) {
        return new Role(id, title, archetype, team, region, fte, sourcing, newFrom, newTo, responsibilities, x, y,
                alsoIn, staffing, person, cost, fteChanges);
    }

    public Role withResponsibilities(List<Responsibility> newResponsibilities) {
        return new Role(id, title, archetype, team, region, fte, sourcing, from, to, newResponsibilities, x, y,
                alsoIn, staffing, person, cost, fteChanges);
    }

    public Role withAlsoIn(List<String> newAlsoIn) {
        return new Role(id, title, archetype, team, region, fte, sourcing, from, to, responsibilities, x, y,
                newAlsoIn, staffing, person, cost, fteChanges);
    }

    public Role withStaffing(Staffing newStaffing) {
        return new Role(id, title, archetype, team, region, fte, sourcing, from, to, responsibilities, x, y,
                alsoIn, newStaffing, person, cost, fteChanges);
    }

    public Role withPerson(String newPerson) {
        return new Role(id, title, archetype, team, region, fte, sourcing, from, to, responsibilities, x, y,
                alsoIn, staffing, newPerson, cost, fteChanges);
    }

    /** This role with a cost of its own, or with none ({@code null}: the settings' cost per FTE). */
    public Role withCost(Double newCost) {
        return new Role(id, title, archetype, team, region, fte, sourcing, from, to, responsibilities, x, y,
                alsoIn, staffing, person, newCost, fteChanges);
    }

    public Role withFteChanges(List<FteChange> newFteChanges) {
        return new Role(id, title, archetype, team, region, fte, sourcing, from, to, responsibilities, x, y,
                alsoIn, staffing, person, cost, newFteChanges);
    }
}
