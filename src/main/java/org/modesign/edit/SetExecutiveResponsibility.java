package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Node;
import org.modesign.model.Raci;
import org.modesign.model.Scenario;

/**
 * Sets an executive's RACI letter on a capability of the catalogue (the CMO owns the budget), or
 * removes it ({@code raci} null), as {@link SetResponsibility} does for a role: a letter held
 * already is replaced in place and keeps its span; a new one goes to the end and holds in every
 * phase.
 */
public record SetExecutiveResponsibility(String scenario, String node, String capability, Raci raci)
        implements NodeCommand {

    public SetExecutiveResponsibility {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(capability, "capability");
    }

    @Override
    public EditText text() {
        return EditText.of(raci == null ? EditKey.REMOVE_RESPONSIBILITY : EditKey.SET_RESPONSIBILITY);
    }

    @Override
    public Node change(Design design, Scenario target, Node card) {
        Rules.capability(design, capability);
        if (!(card instanceof Executive)) {
            throw EditRejected.of(EditKey.NOT_AN_EXECUTIVE, card.label());
        }
        return Holders.withLetters(card, Letters.set(Holders.letters(card), capability, raci));
    }
}
