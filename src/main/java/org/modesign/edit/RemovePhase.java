package org.modesign.edit;

import java.util.List;
import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Phase;

/**
 * Removes a phase from the plan; the last one cannot go (a design needs a phase). While teams or
 * roles start or end in it ({@link References#toPhase}), it is refused with a sentence naming them,
 * unless {@code withReferences} is set: then, in the same step, those cards move to the
 * neighbouring phase so that they stay active around the gap — a card starting in the removed
 * phase starts in the next one (the previous one when it was last), a card ending in it ends in
 * the previous one (the next one when it was first), and a card active only in the removed phase
 * becomes active only in the phase it now starts in.
 */
public record RemovePhase(String phase, boolean withReferences) implements EditCommand {

    public RemovePhase {
        Objects.requireNonNull(phase, "phase");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.REMOVE_PHASE);
    }

    @Override
    public Design apply(Design design) {
        int index = Catalogue.phaseIndex(design, phase);
        if (design.phases().size() == 1) {
            throw EditRejected.of(EditKey.LAST_PHASE);
        }
        if (!withReferences) {
            References references = References.toPhase(design, phase);
            if (!references.isEmpty()) {
                throw new EditRejected(references.explanation());
            }
        }
        List<Phase> phases = design.phases();
        String next = index + 1 < phases.size() ? phases.get(index + 1).id() : null;
        String previous = index > 0 ? phases.get(index - 1).id() : null;
        String startInstead = next != null ? next : previous;
        String endInstead = previous != null ? previous : next;
        Design moved = Cards.rewrite(design, node -> moveOff(node, startInstead, endInstead));
        return moved.withPhases(Catalogue.removed(phases, index));
    }

    private Node moveOff(Node node, String startInstead, String endInstead) {
        boolean starts = phase.equals(Cards.from(node));
        boolean ends = phase.equals(Cards.to(node));
        if (!starts && !ends) {
            return node;
        }
        String from = starts ? startInstead : Cards.from(node);
        String to = starts && ends ? from : ends ? endInstead : Cards.to(node);
        return Cards.withPhases(node, from, to);
    }
}
