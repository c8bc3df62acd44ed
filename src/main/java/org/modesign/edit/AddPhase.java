package org.modesign.edit;

import java.util.List;
import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Phase;

/**
 * Adds a phase that requires nothing yet at position {@code index} of the plan (brought into
 * 0 .. number of phases). Its id must be valid and unused; {@link #after} makes one from the name.
 * Cards keep their {@code from}/{@code to}, so a card active on both sides of the new phase is
 * active in it too, and a card without a {@code to} stays active until the end.
 */
public record AddPhase(String id, String name, int index) implements EditCommand {

    public AddPhase {
        Objects.requireNonNull(id, "id");
    }

    /**
     * A new phase right after phase {@code previous}, or at the end of the plan when
     * {@code previous} is null, with a fresh id made from its name.
     *
     * @throws EditRejected when there is no phase {@code previous}
     */
    public static AddPhase after(Design design, String previous, String name) {
        int index = previous == null ? design.phases().size() : Catalogue.phaseIndex(design, previous) + 1;
        return new AddPhase(Catalogue.freshId(Catalogue.phaseIds(design), name), name, index);
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.ADD_PHASE);
    }

    @Override
    public Design apply(Design design) {
        Catalogue.requireNewId(id, Catalogue.phaseIds(design));
        Phase phase = new Phase(id, Rules.name(name), List.of());
        int at = Catalogue.clamp(index, design.phases().size() + 1);
        return design.withPhases(Catalogue.inserted(design.phases(), at, phase));
    }
}
