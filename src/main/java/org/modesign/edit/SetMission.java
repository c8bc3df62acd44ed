package org.modesign.edit;

import org.modesign.model.Design;

/** Sets the charter's mission, the north star of the function; empty ({@code ""} or null) for none. */
public record SetMission(String mission) implements EditCommand {

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_MISSION);
    }

    @Override
    public Design apply(Design design) {
        String text = Rules.text(mission);
        return text.equals(design.charter().mission()) ? design
                : design.withCharter(design.charter().withMission(text));
    }
}
