package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Raci;
import org.modesign.model.Scenario;

/**
 * Sets a role's RACI letter on a capability of the catalogue, or removes it ({@code raci} null).
 * A letter the role already holds is replaced in place and keeps its span of phases (a role that
 * holds the capability in several spans takes the new letter in each); a new one goes to the end
 * of its list and holds in every phase of the role. {@link SetExecutiveResponsibility} does the
 * same for an executive.
 */
public record SetResponsibility(String scenario, String node, String capability, Raci raci)
        implements NodeCommand {

    public SetResponsibility {
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
        Scenarios.role(card);
        return Holders.withLetters(card, Letters.set(Holders.letters(card), capability, raci));
    }
}
