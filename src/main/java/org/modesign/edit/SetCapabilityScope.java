package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Capability;
import org.modesign.model.Scope;

/** Sets whether a capability needs one owner for the whole organisation or one per region. */
public record SetCapabilityScope(String capability, Scope scope) implements CapabilityCommand {

    public SetCapabilityScope {
        Objects.requireNonNull(capability, "capability");
        Objects.requireNonNull(scope, "scope");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_SCOPE);
    }

    @Override
    public Capability change(Capability c) {
        return c.withScope(scope);
    }
}
