package org.modesign.model;

import java.util.List;
import java.util.Objects;

/**
 * One step of the plan, naming the capabilities required in it (ids, in the user's order), and
 * what it is for ({@code goal}, {@code ""} when the file leaves it out).
 */
public record Phase(String id, String name, List<String> requires, String goal) {

    public Phase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        requires = List.copyOf(requires);
        Objects.requireNonNull(goal, "goal");
    }

    /** A phase without a goal (the v1 phase). */
    public Phase(String id, String name, List<String> requires) {
        this(id, name, requires, "");
    }

    public Phase withName(String newName) {
        return new Phase(id, newName, requires, goal);
    }

    public Phase withRequires(List<String> newRequires) {
        return new Phase(id, name, newRequires, goal);
    }

    public Phase withGoal(String newGoal) {
        return new Phase(id, name, requires, newGoal);
    }
}
