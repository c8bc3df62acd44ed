package org.modesign.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Phase;
import org.modesign.model.Responsibility;
import org.modesign.model.Tool;

/**
 * Removes a capability from the catalogue. While roles or executives hold a letter on it, phases
 * require it or tools serve it ({@link References#toCapability}), it is refused with a sentence
 * naming them, unless {@code withReferences} is set: then those letters, requirements and the
 * tools' claims to serve it go too, in the same step.
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
            phases.add(phase.requires().contains(capability) ? phase.withRequires(without(phase.requires())) : phase);
        }
        List<Tool> tools = new ArrayList<>(cleared.tools().size());
        for (Tool tool : cleared.tools()) {
            tools.add(tool.serves(capability) ? tool.withCapabilities(without(tool.capabilities())) : tool);
        }
        return cleared.withPhases(phases).withTools(tools)
                .withCapabilities(Catalogue.removed(cleared.capabilities(), index));
    }

    /** The card without its letters on the capability; the card itself when it holds none. */
    private Node withoutLetter(Node node) {
        if (!Holders.isHolder(node)) {
            return node;
        }
        List<Responsibility> letters = Holders.letters(node);
        List<Responsibility> held = letters.stream().filter(r -> !r.capability().equals(capability)).toList();
        return held.size() == letters.size() ? node : Holders.withLetters(node, held);
    }

    private List<String> without(List<String> ids) {
        return ids.stream().filter(c -> !c.equals(capability)).toList();
    }
}
