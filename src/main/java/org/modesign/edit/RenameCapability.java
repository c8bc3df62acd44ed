package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Capability;

/** Changes a capability's name (its id stays). Not blank. */
public record RenameCapability(String capability, String name) implements CapabilityCommand {

    public RenameCapability {
        Objects.requireNonNull(capability, "capability");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.RENAME_CAPABILITY);
    }

    @Override
    public Capability change(Capability c) {
        return c.withName(Rules.name(name));
    }
}
