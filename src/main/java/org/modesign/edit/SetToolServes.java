package org.modesign.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Tool;

/**
 * Ticks or clears one capability of the catalogue on the list of those a tool serves:
 * {@code serves} adds it at the end (nothing changes when it is there already); otherwise it is
 * taken off (nothing changes when it was not there).
 */
public record SetToolServes(String tool, String capability, boolean serves) implements ToolCommand {

    public SetToolServes {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(capability, "capability");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_TOOL_CAPABILITIES);
    }

    @Override
    public Tool change(Design design, Tool t) {
        Rules.capability(design, capability);
        if (t.serves(capability) == serves) {
            return t;
        }
        List<String> served = new ArrayList<>(t.capabilities());
        if (serves) {
            served.add(capability);
        } else {
            served.remove(capability);
        }
        return t.withCapabilities(served);
    }
}
