package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Tool;

/** Sets the yearly cost of one deployment of a tool: a number of at least 0. */
public record SetToolCost(String tool, double cost) implements ToolCommand {

    public SetToolCost {
        Objects.requireNonNull(tool, "tool");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_TOOL_COST);
    }

    @Override
    public Tool change(Design design, Tool t) {
        return t.withCost(Rules.cost(cost));
    }
}
