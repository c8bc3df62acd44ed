package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Capability;

/** Ticks or clears whether a capability's work cannot be done without a tool that serves it. */
public record SetNeedsTool(String capability, boolean needsTool) implements CapabilityCommand {

    public SetNeedsTool {
        Objects.requireNonNull(capability, "capability");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_NEEDS_TOOL);
    }

    @Override
    public Capability change(Capability c) {
        return c.withNeedsTool(needsTool);
    }
}
