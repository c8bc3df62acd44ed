package org.modesign.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modesign.edit.FreshIds;
import org.modesign.model.Node;

/**
 * Gives every row its role id. A given id must be free: a row whose id an earlier row has, or a
 * card of the scenario, is refused (the first row keeps it). A row without an id gets one made from
 * its title ({@code role} for a title without Latin letters or digits), unlike any card's or row's.
 * The same {@link FreshIds} then names the teams the import makes. O(rows).
 */
final class IdAssigner {

    private final ImportTarget target;
    private final Problems problems;

    IdAssigner(ImportTarget target, Problems problems) {
        this.target = target;
        this.problems = problems;
    }

    /** Checks the given ids, makes the missing ones; returns the ids to name further cards with. */
    FreshIds assign(List<Draft> drafts) {
        Map<String, Draft> firstById = new HashMap<>();
        List<String> taken = new ArrayList<>(target.scenario().nodes().size() + drafts.size());
        for (Node node : target.scenario().nodes()) {
            taken.add(node.id());
        }
        for (Draft draft : drafts) {
            if (draft.givenId.isEmpty()) {
                continue;
            }
            taken.add(draft.givenId);
            check(draft, firstById);
        }
        FreshIds fresh = new FreshIds(taken);
        for (Draft draft : drafts) {
            draft.id = draft.givenId.isEmpty() ? fresh.nextKeepingNumber(stem(draft.title, "role")) : draft.givenId;
        }
        return fresh;
    }

    private void check(Draft draft, Map<String, Draft> firstById) {
        Node card = target.node(draft.givenId);
        if (card != null) {
            problems.add(draft, ImportMessage.ID_TAKEN, draft.givenId, Keys.shown(card.label()));
            return;
        }
        Draft first = firstById.putIfAbsent(draft.givenId, draft);
        if (first != null) {
            problems.add(draft, ImportMessage.DUPLICATE_ID, draft.givenId, first.line);
        }
    }

    /** {@code text} when it has a Latin letter or digit to make an id of, else {@code fallback}. */
    static String stem(String text, String fallback) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                return text;
            }
        }
        return fallback;
    }
}
