package org.modesign.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Phase;

/**
 * Ticks or clears one capability on a phase's checklist: {@code required} adds it at the end of
 * the phase's {@code requires} (nothing changes when it is there already); otherwise it is taken
 * off (nothing changes when it was not there).
 */
public record SetRequired(String phase, String capability, boolean required) implements EditCommand {

    public SetRequired {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(capability, "capability");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_REQUIRED);
    }

    @Override
    public Design apply(Design design) {
        int index = Catalogue.phaseIndex(design, phase);
        Rules.capability(design, capability);
        Phase before = design.phases().get(index);
        if (before.requires().contains(capability) == required) {
            return design;
        }
        List<String> requires = new ArrayList<>(before.requires());
        if (required) {
            requires.add(capability);
        } else {
            requires.remove(capability);
        }
        Phase after = before.withRequires(requires);
        return design.withPhases(Catalogue.replaced(design.phases(), index, after));
    }
}
