package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Tool;

/** Changes a tool's name (its id stays). Not blank. */
public record RenameTool(String tool, String name) implements ToolCommand {

    public RenameTool {
        Objects.requireNonNull(tool, "tool");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.RENAME_TOOL);
    }

    @Override
    public Tool change(Design design, Tool t) {
        return t.withName(Rules.name(name));
    }
}
