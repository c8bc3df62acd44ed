package org.modesign.edit;

import org.modesign.model.Design;
import org.modesign.model.Tool;

/** An edit of one tool of the catalogue; it keeps its id and its place in the catalogue. */
public interface ToolCommand extends EditCommand {

    /** The id of the tool this command edits. */
    String tool();

    /**
     * The tool after this edit.
     *
     * @throws EditRejected when the edit is impossible
     */
    Tool change(Design design, Tool tool);

    @Override
    default Design apply(Design design) {
        int index = Catalogue.toolIndex(design, tool());
        Tool before = design.tools().get(index);
        Tool after = change(design, before);
        return after.equals(before) ? design : design.withTools(Catalogue.replaced(design.tools(), index, after));
    }
}
