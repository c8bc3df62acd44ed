package org.modesign.model;

import java.util.Objects;

/** A responsibility that must be owned, with its layer, scope and default archetype. */
public record Capability(String id, String name, Layer layer, Scope scope, Archetype archetype) {

    public Capability {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(archetype, "archetype");
    }
}
