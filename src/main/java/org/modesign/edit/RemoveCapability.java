package org.modesign.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Phase;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;

/**
 * Removes a capability from the catalogue. While roles hold a letter on it or phases require it
 * ({@link References#toCapability}), it is refused with a sentence naming them, unless
 * {@code withReferences} is set: then those letters and requirements go too, in the same step.
 */
public record RemoveCapability(String capability, boolean withReferences) implements EditCommand {

    public RemoveCapability {
        Objects.requireNonNull(capability, "capability");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.REMOVE_CAPABILITY);
    }

    @Override
    public Design apply(Design design) {
        int index = Catalogue.capabilityIndex(design, capability);
        if (!withReferences) {
            References references = References.toCapability(design, capability);
            if (!references.isEmpty()) {
                throw new EditRejected(references.explanation());
            }
        }
        Design cleared = Cards.rewrite(design, this::withoutLetter);
        List<Phase> phases = new ArrayList<>(cleared.phases().size());
        for (Phase phase : cleared.phases()) {
            phases.add(phase.requires().contains(capability) ? withoutRequirement(phase) : phase);
        }
        return cleared.withPhases(phases).withCapabilities(Catalogue.removed(cleared.capabilities(), index));
    }

    /** The card without its letter on the capability; the card itself when it holds none. */
    private Node withoutLetter(Node node) {
        if (node instanceof Role role && role.raciFor(capability).isPresent()) {
            List<Responsibility> held = role.responsibilities().stream()
                    .filter(r -> !r.capability().equals(capability)).toList();
            return role.withResponsibilities(held);
        }
        return node;
    }

    private Phase withoutRequirement(Phase phase) {
        return new Phase(phase.id(), phase.name(),
                phase.requires().stream().filter(c -> !c.equals(capability)).toList());
    }
}
