package org.modesign.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.modesign.model.Design;
import org.modesign.model.Tool;
import org.modesign.model.ToolCategory;

/**
 * Adds a tool at the end of the martech catalogue. Its id must be valid and unused among the
 * tools, its name not blank, its cost a number of at least 0, and the capabilities it serves
 * capabilities of the catalogue, each once; {@link #named} makes the id from the name.
 */
public record AddTool(Tool tool) implements EditCommand {

    public AddTool {
        Objects.requireNonNull(tool, "tool");
    }

    /** A new tool of {@code category} (layer platform, cost 0, serving nothing yet) with a fresh id made from its name. */
    public static AddTool named(Design design, String name, ToolCategory category) {
        return new AddTool(Tool.of(Catalogue.freshId(Catalogue.toolIds(design), name), name, category));
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.ADD_TOOL);
    }

    @Override
    public Design apply(Design design) {
        Catalogue.requireNewId(tool.id(), Catalogue.toolIds(design));
        Rules.name(tool.name());
        Rules.cost(tool.cost());
        Set<String> served = new HashSet<>();
        for (String capability : tool.capabilities()) {
            Rules.capability(design, capability);
            if (!served.add(capability)) {
                throw EditRejected.of(EditKey.CAPABILITY_LISTED_TWICE, tool.name(), capability);
            }
        }
        List<Tool> tools = new ArrayList<>(design.tools());
        tools.add(tool);
        return design.withTools(tools);
    }
}
