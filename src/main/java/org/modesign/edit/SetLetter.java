package org.modesign.edit;

import java.util.List;
import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Raci;
import org.modesign.model.Responsibility;
import org.modesign.model.Scenario;

/**
 * Changes one letter of a role or executive, the {@code occurrence}-th (0 for the first) it holds on
 * {@code capability}, keeping its span, or removes just that letter ({@code raci} null); the
 * holder's other letters on the capability stay. {@link SetResponsibility} sets them all at once.
 */
public record SetLetter(String scenario, String node, String capability, int occurrence, Raci raci)
        implements NodeCommand {

    public SetLetter {
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
        List<Responsibility> letters = Holders.letters(card);
        int at = Letters.position(card, letters, capability, occurrence);
        return Holders.withLetters(card, raci == null ? Catalogue.removed(letters, at)
                : Catalogue.replaced(letters, at, letters.get(at).withRaci(raci)));
    }
}
