package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Tool;
import org.modesign.model.ToolCategory;

/** Sets which of Brinker's six landscape categories a tool is in. */
public record SetToolCategory(String tool, ToolCategory category) implements ToolCommand {

    public SetToolCategory {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(category, "category");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_TOOL_CATEGORY);
    }

    @Override
    public Tool change(Design design, Tool t) {
        return t.withCategory(category);
    }
}
