package org.modesign.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Phase;

/**
 * Ticks every capability of the catalogue on a phase's checklist ({@code all}: those already
 * required keep their order, the others follow in catalogue order), or clears the checklist.
 * {@code name} is the phase's name, for the step's name.
 */
public record SetAllRequired(String phase, boolean all, String name) implements EditCommand {

    public SetAllRequired {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(name, "name");
    }

    /** The step for phase {@code phase} of {@code design}, named with the phase's name for the Edit menu. */
    public static SetAllRequired of(Design design, String phase, boolean all) {
        return new SetAllRequired(phase, all, design.phase(phase).map(Phase::name).orElse(phase));
    }

    @Override
    public EditText text() {
        return EditText.of(all ? EditKey.REQUIRE_ALL : EditKey.REQUIRE_NONE, name);
    }

    @Override
    public Design apply(Design design) {
        int index = Catalogue.phaseIndex(design, phase);
        Phase before = design.phases().get(index);
        List<String> requires = new ArrayList<>();
        if (all) {
            requires.addAll(before.requires());
            for (Capability capability : design.capabilities()) {
                if (!requires.contains(capability.id())) {
                    requires.add(capability.id());
                }
            }
        }
        if (requires.equals(before.requires())) {
            return design;
        }
        return design.withPhases(Catalogue.replaced(design.phases(), index, before.withRequires(requires)));
    }
}
