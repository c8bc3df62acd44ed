package org.modesign.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.modesign.model.Capability;
import org.modesign.model.Design;

/**
 * Adds several capabilities at the end of the catalogue as one step, e.g. the standard MOps
 * catalogue. {@link #missing} keeps only those whose id the catalogue lacks; each id must be
 * valid and unused, each name not blank.
 */
public record AddCapabilities(List<Capability> capabilities) implements EditCommand {

    public AddCapabilities {
        capabilities = List.copyOf(capabilities);
    }

    /** Adds those of {@code candidates} whose id {@code design}'s catalogue does not have yet, in their order. */
    public static AddCapabilities missing(Design design, List<Capability> candidates) {
        Set<String> present = new HashSet<>(Catalogue.capabilityIds(design));
        return new AddCapabilities(candidates.stream().filter(c -> !present.contains(c.id())).toList());
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.ADD_CAPABILITIES, capabilities.size());
    }

    @Override
    public Design apply(Design design) {
        if (capabilities.isEmpty()) {
            return design;
        }
        List<String> taken = new ArrayList<>(Catalogue.capabilityIds(design));
        for (Capability capability : capabilities) {
            Catalogue.requireNewId(capability.id(), taken);
            Rules.name(capability.name());
            taken.add(capability.id());
        }
        List<Capability> all = new ArrayList<>(design.capabilities());
        all.addAll(capabilities);
        return design.withCapabilities(all);
    }
}
