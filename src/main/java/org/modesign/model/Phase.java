package org.modesign.model;

import java.util.List;
import java.util.Objects;

/** One step of the plan, naming the capabilities required in it (ids, in the user's order). */
public record Phase(String id, String name, List<String> requires) {

    public Phase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        requires = List.copyOf(requires);
    }
}
