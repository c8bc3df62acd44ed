package org.modesign.importer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.modesign.model.Executive;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Office;

/**
 * Hangs the rows that report to no one in the file (no manager, a manager outside the file, or
 * themselves) under one card of the scenario: the one the options name, or in a file of people the
 * CMO, else the CEO. A row whose title says it is the CMO hangs under the CMO's own superior instead,
 * so that the file's CMO does not report to the chart's. O(rows + lines).
 */
final class Roots {

    private static final Set<String> CMO_TITLES = Set.of("cmo", "chief marketing officer", "首席营销官", "首席營銷官",
            "首席市场官", "首席市場官", "首席行銷長", "行銷長", "chief marketing & communications officer");

    private final ImportTarget target;
    private final Node card;
    private final Set<Node> used = new LinkedHashSet<>();

    private Roots(ImportTarget target, Node card) {
        this.target = target;
        this.card = card;
    }

    /**
     * The card rows hang under for {@code under} ({@link ImportOptions#under}) in a file that does or
     * does not name people; none for {@link ImportOptions#NOBODY}, and none automatically in a file
     * without people.
     *
     * @throws IllegalArgumentException when {@code under} names no card, or several, of the scenario
     */
    static Roots of(ImportTarget target, String under, boolean people) {
        if (under == null) {
            return new Roots(target, people ? executive(target) : null);
        }
        if (under.equals(ImportOptions.NOBODY)) {
            return new Roots(target, null);
        }
        Node card = target.node(under);
        List<Node> named = target.named(under);
        if (card == null && named.size() != 1) {
            throw new IllegalArgumentException((named.isEmpty() ? "no card \"" : "more than one card \"") + under
                    + "\" in scenario \"" + target.scenario().id() + "\" to hang the top rows under");
        }
        return new Roots(target, card != null ? card : named.get(0));
    }

    /** The card chosen, or null. */
    Node card() {
        return card;
    }

    /** The titles of the cards rows were hung under, in order of first use: "CEO", "CMO, CEO". */
    String usedLabels() {
        return String.join(", ", used.stream().map(Node::label).toList());
    }

    /** Hangs every usable row without a manager under the card; returns how many. */
    int hang(List<Draft> drafts) {
        int count = 0;
        for (Draft draft : drafts) {
            if (draft.rejected || draft.managerRow != null || draft.managerCard != null || draft.managerTeam != null) {
                continue;
            }
            count++;
            draft.root = true;
            if (card != null) {
                draft.managerCard = isCmo(draft) ? superiorOf(card) : card;
                used.add(draft.managerCard);
            }
        }
        return count;
    }

    private boolean isCmo(Draft draft) {
        return card instanceof Executive executive && executive.office() == Office.CMO
                && CMO_TITLES.contains(Keys.name(draft.title).toLowerCase(Locale.ROOT));
    }

    /** The card {@code node} has a solid line to, else {@code node} itself. */
    private Node superiorOf(Node node) {
        for (Line line : target.scenario().lines()) {
            if (line.from().equals(node.id()) && line.style() == LineStyle.SOLID && target.node(line.to()) != null) {
                return target.node(line.to());
            }
        }
        return node;
    }

    private static Node executive(ImportTarget target) {
        Node ceo = null;
        for (Node node : target.scenario().nodes()) {
            if (node instanceof Executive executive) {
                if (executive.office() == Office.CMO) {
                    return executive;
                }
                if (executive.office() == Office.CEO && ceo == null) {
                    ceo = executive;
                }
            }
        }
        return ceo;
    }
}
