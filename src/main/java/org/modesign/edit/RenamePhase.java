package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Phase;

/** Changes a phase's name (its id stays). Not blank. */
public record RenamePhase(String phase, String name) implements EditCommand {

    public RenamePhase {
        Objects.requireNonNull(phase, "phase");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.RENAME_PHASE);
    }

    @Override
    public Design apply(Design design) {
        int index = Catalogue.phaseIndex(design, phase);
        Phase before = design.phases().get(index);
        Phase after = before.withName(Rules.name(name));
        return after.equals(before) ? design : design.withPhases(Catalogue.replaced(design.phases(), index, after));
    }
}
