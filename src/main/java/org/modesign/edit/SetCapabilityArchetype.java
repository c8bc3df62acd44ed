package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;

/** Sets the archetype that by default owns a capability (what {@code archetype-mismatch} compares with). */
public record SetCapabilityArchetype(String capability, Archetype archetype) implements CapabilityCommand {

    public SetCapabilityArchetype {
        Objects.requireNonNull(capability, "capability");
        Objects.requireNonNull(archetype, "archetype");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_DEFAULT_ARCHETYPE);
    }

    @Override
    public Capability change(Capability c) {
        return c.withArchetype(archetype);
    }
}
