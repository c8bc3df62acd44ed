package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;

/**
 * Moves a capability to another place in the catalogue: {@code index} is its position afterwards,
 * brought into the catalogue's range (so moving the first one up changes nothing).
 */
public record MoveCapability(String capability, int index) implements EditCommand {

    public MoveCapability {
        Objects.requireNonNull(capability, "capability");
    }

    /** Moves the capability {@code delta} places down (negative: up) from where it is in {@code design}. */
    public static MoveCapability by(Design design, String capability, int delta) {
        return new MoveCapability(capability, Catalogue.capabilityIndex(design, capability) + delta);
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.MOVE_CAPABILITY);
    }

    @Override
    public Design apply(Design design) {
        int from = Catalogue.capabilityIndex(design, capability);
        int to = Catalogue.clamp(index, design.capabilities().size());
        return from == to ? design : design.withCapabilities(Catalogue.moved(design.capabilities(), from, to));
    }
}
