package org.modesign.model;

import java.util.Objects;

/**
 * A responsibility that must be owned, with its layer, scope and default archetype.
 * {@code needsTool}: the work cannot be done without a tool that serves it (default false).
 */
public record Capability(String id, String name, Layer layer, Scope scope, Archetype archetype, boolean needsTool) {

    public Capability {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(archetype, "archetype");
    }

    /** A capability that needs no tool (the v1 capability). */
    public Capability(String id, String name, Layer layer, Scope scope, Archetype archetype) {
        this(id, name, layer, scope, archetype, false);
    }

    public Capability withName(String newName) {
        return new Capability(id, newName, layer, scope, archetype, needsTool);
    }

    public Capability withLayer(Layer newLayer) {
        return new Capability(id, name, newLayer, scope, archetype, needsTool);
    }

    public Capability withScope(Scope newScope) {
        return new Capability(id, name, layer, newScope, archetype, needsTool);
    }

    public Capability withArchetype(Archetype newArchetype) {
        return new Capability(id, name, layer, scope, newArchetype, needsTool);
    }

    public Capability withNeedsTool(boolean newNeedsTool) {
        return new Capability(id, name, layer, scope, archetype, newNeedsTool);
    }
}
