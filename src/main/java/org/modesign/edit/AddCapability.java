package org.modesign.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Layer;
import org.modesign.model.Scope;

/**
 * Adds a capability at the end of the catalogue. Its id must be valid and unused, its name not
 * blank; {@link #named} makes the id from the name.
 */
public record AddCapability(Capability capability) implements EditCommand {

    public AddCapability {
        Objects.requireNonNull(capability, "capability");
    }

    /** A new capability with a fresh id made from its name: "Run campaigns" gives {@code run-campaigns}. */
    public static AddCapability named(Design design, String name, Layer layer, Scope scope, Archetype archetype) {
        String id = Catalogue.freshId(Catalogue.capabilityIds(design), name);
        return new AddCapability(new Capability(id, name, layer, scope, archetype));
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.ADD_CAPABILITY);
    }

    @Override
    public Design apply(Design design) {
        Catalogue.requireNewId(capability.id(), Catalogue.capabilityIds(design));
        Rules.name(capability.name());
        List<Capability> capabilities = new ArrayList<>(design.capabilities());
        capabilities.add(capability);
        return design.withCapabilities(capabilities);
    }
}
