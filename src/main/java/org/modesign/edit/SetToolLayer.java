package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Layer;
import org.modesign.model.Tool;

/** Sets the layer of a tool: platform, expression or governance. */
public record SetToolLayer(String tool, Layer layer) implements ToolCommand {

    public SetToolLayer {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(layer, "layer");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_TOOL_LAYER);
    }

    @Override
    public Tool change(Design design, Tool t) {
        return t.withLayer(layer);
    }
}
