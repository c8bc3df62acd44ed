package org.modesign.edit;

import java.util.List;
import org.modesign.model.Executive;
import org.modesign.model.Node;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;

/**
 * The fields that roles and executives share as holders (format-v2.md §3): the letters they hold,
 * the teams they also serve on, and the phases they are active in. Teams are no holders: asking a
 * team is refused with a sentence naming it.
 */
final class Holders {

    private Holders() {
    }

    /** Whether the card holds letters and serves on teams (a role or an executive). */
    static boolean isHolder(Node node) {
        return node instanceof Role || node instanceof Executive;
    }

    /** The card, refused when it is a team. */
    static Node holder(Node node) {
        if (!isHolder(node)) {
            throw EditRejected.of(EditKey.NOT_A_HOLDER, node.label());
        }
        return node;
    }

    static List<Responsibility> letters(Node node) {
        if (node instanceof Role role) {
            return role.responsibilities();
        }
        if (node instanceof Executive executive) {
            return executive.responsibilities();
        }
        throw EditRejected.of(EditKey.NOT_A_HOLDER, node.label());
    }

    static Node withLetters(Node node, List<Responsibility> letters) {
        if (node instanceof Role role) {
            return role.withResponsibilities(letters);
        }
        return ((Executive) holder(node)).withResponsibilities(letters);
    }

    static List<String> alsoIn(Node node) {
        if (node instanceof Role role) {
            return role.alsoIn();
        }
        if (node instanceof Executive executive) {
            return executive.alsoIn();
        }
        throw EditRejected.of(EditKey.NOT_A_HOLDER, node.label());
    }

    static Node withAlsoIn(Node node, List<String> teams) {
        if (node instanceof Role role) {
            return role.withAlsoIn(teams);
        }
        return ((Executive) holder(node)).withAlsoIn(teams);
    }

    /** The holder's first phase: a role's {@code from} (the first phase by default), an executive's first. */
    static int first(PhaseOrder order, Node node) {
        return node instanceof Role role ? order.index(role.from(), 0) : 0;
    }

    /** The holder's last phase: a role's {@code to} (the last phase by default), an executive's last. */
    static int last(PhaseOrder order, Node node) {
        return node instanceof Role role ? order.index(role.to(), order.last()) : order.last();
    }
}
