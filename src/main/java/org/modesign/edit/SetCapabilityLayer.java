package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Capability;
import org.modesign.model.Layer;

/** Sets the layer of a capability: platform, expression or governance. */
public record SetCapabilityLayer(String capability, Layer layer) implements CapabilityCommand {

    public SetCapabilityLayer {
        Objects.requireNonNull(capability, "capability");
        Objects.requireNonNull(layer, "layer");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_LAYER);
    }

    @Override
    public Capability change(Capability c) {
        return c.withLayer(layer);
    }
}
