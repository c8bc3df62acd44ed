package org.modesign.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Team;

/**
 * The fields of teams and roles that name regions and phases, read and rewritten alike for both
 * kinds, and the rewriting of cards in every scenario of a design at once (for the clean-up of a
 * removed region or phase). Executives have none of these fields: they read as null.
 */
final class Cards {

    private Cards() {
    }

    /** The region a team or role names itself (null when it names none). */
    static String region(Node node) {
        if (node instanceof Team team) {
            return team.region();
        }
        return node instanceof Role role ? role.region() : null;
    }

    static String from(Node node) {
        if (node instanceof Team team) {
            return team.from();
        }
        return node instanceof Role role ? role.from() : null;
    }

    static String to(Node node) {
        if (node instanceof Team team) {
            return team.to();
        }
        return node instanceof Role role ? role.to() : null;
    }

    /** A team or role with another region of its own. */
    static Node withRegion(Node node, String region) {
        if (node instanceof Team team) {
            return team.withRegion(region);
        }
        return ((Role) node).withRegion(region);
    }

    /** A team or role with other phases. */
    static Node withPhases(Node node, String from, String to) {
        if (node instanceof Team team) {
            return team.withPhases(from, to);
        }
        return ((Role) node).withPhases(from, to);
    }

    /**
     * The design with every card of every scenario replaced by {@code change} of it. {@code change}
     * returns the card itself when it stays as it is; scenarios with no changed card are kept as
     * they are. O(cards).
     */
    static Design rewrite(Design design, UnaryOperator<Node> change) {
        List<Scenario> scenarios = new ArrayList<>(design.scenarios().size());
        boolean changed = false;
        for (Scenario scenario : design.scenarios()) {
            Scenario after = rewrite(scenario, change);
            changed |= after != scenario;
            scenarios.add(after);
        }
        return changed ? design.withScenarios(scenarios) : design;
    }

    private static Scenario rewrite(Scenario scenario, UnaryOperator<Node> change) {
        List<Node> nodes = null;
        for (int i = 0; i < scenario.nodes().size(); i++) {
            Node before = scenario.nodes().get(i);
            Node after = change.apply(before);
            if (after != before) {
                if (nodes == null) {
                    nodes = new ArrayList<>(scenario.nodes());
                }
                nodes.set(i, after);
            }
        }
        return nodes == null ? scenario : scenario.withNodes(nodes);
    }
}
