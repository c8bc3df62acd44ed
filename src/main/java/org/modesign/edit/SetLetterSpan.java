package org.modesign.edit;

import java.util.List;
import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Responsibility;
import org.modesign.model.Scenario;

/**
 * Sets the phases in which one letter of a role or executive holds: the {@code occurrence}-th
 * letter (0 for the first) it holds on {@code capability}. {@code from} and {@code to} are phase ids
 * or null (the holder's first and last phase); the letter must hold in at least one phase, and may
 * not share a phase with another letter of the capability.
 */
public record SetLetterSpan(String scenario, String node, String capability, int occurrence, String from, String to)
        implements NodeCommand {

    public SetLetterSpan {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(capability, "capability");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_LETTER_SPAN);
    }

    @Override
    public Node change(Design design, Scenario target, Node card) {
        List<Responsibility> letters = Holders.letters(card);
        int at = Letters.position(card, letters, capability, occurrence);
        List<Responsibility> after = Catalogue.replaced(letters, at, letters.get(at).withSpan(from, to));
        Letters.check(PhaseOrder.of(design), card, after);
        return Holders.withLetters(card, after);
    }
}
