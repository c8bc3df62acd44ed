package org.modesign.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Raci;
import org.modesign.model.Responsibility;
import org.modesign.model.Scenario;

/**
 * Adds a letter that holds only in some phases to a role or executive, at the end of its list, so
 * that its duties can change from phase to phase (R on a capability until phase 2, C from phase 3).
 * {@code from} and {@code to} are phase ids or null (the holder's first and last phase); the letter
 * must hold in at least one phase and may not share a phase with another letter of the capability.
 */
public record AddLetter(String scenario, String node, String capability, Raci raci, String from, String to)
        implements NodeCommand {

    public AddLetter {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(capability, "capability");
        Objects.requireNonNull(raci, "raci");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.ADD_LETTER);
    }

    @Override
    public Node change(Design design, Scenario target, Node card) {
        Rules.capability(design, capability);
        List<Responsibility> letters = new ArrayList<>(Holders.letters(card));
        letters.add(new Responsibility(capability, raci, from, to));
        Letters.check(PhaseOrder.of(design), card, letters);
        return Holders.withLetters(card, letters);
    }
}
