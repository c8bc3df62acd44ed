package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;

/**
 * Moves a tool to another place in the catalogue: {@code index} is its position afterwards,
 * brought into the catalogue's range (so moving the first one up changes nothing).
 */
public record MoveTool(String tool, int index) implements EditCommand {

    public MoveTool {
        Objects.requireNonNull(tool, "tool");
    }

    /** Moves the tool {@code delta} places down (negative: up) from where it is in {@code design}. */
    public static MoveTool by(Design design, String tool, int delta) {
        return new MoveTool(tool, Catalogue.toolIndex(design, tool) + delta);
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.MOVE_TOOL);
    }

    @Override
    public Design apply(Design design) {
        int from = Catalogue.toolIndex(design, tool);
        int to = Catalogue.clamp(index, design.tools().size());
        return from == to ? design : design.withTools(Catalogue.moved(design.tools(), from, to));
    }
}
