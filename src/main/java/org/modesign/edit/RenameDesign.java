package org.modesign.edit;

import org.modesign.model.Design;

/** Changes the design's title. Not blank. */
public record RenameDesign(String title) implements EditCommand {

    @Override
    public EditText text() {
        return EditText.of(EditKey.RENAME_DESIGN);
    }

    @Override
    public Design apply(Design design) {
        return design.withTitle(Rules.name(title));
    }
}
