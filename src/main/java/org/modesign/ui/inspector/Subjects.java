package org.modesign.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.modesign.edit.LineKey;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Line;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Team;

/**
 * Finds the {@link Subject} for a selection in a design: one pass over the scenario's cards (or
 * lines) at most, so it stays cheap enough to run after every edit of a 50,000-card design.
 */
final class Subjects {

    private Subjects() {
    }

    static Subject find(Design design, Scenario scenario, Set<String> cards, LineKey line) {
        if (line != null) {
            return findLine(design, scenario, line);
        }
        if (cards.size() == 1) {
            return scenario.node(cards.iterator().next())
                    .map(card -> one(design, scenario, card))
                    .orElseGet(() -> nothing(design, scenario));
        }
        List<Node> found = new ArrayList<>(Math.min(cards.size(), scenario.nodes().size()));
        if (!cards.isEmpty()) {
            for (Node node : scenario.nodes()) {
                if (cards.contains(node.id())) {
                    found.add(node);
                }
            }
        }
        if (found.isEmpty()) {
            return nothing(design, scenario);
        }
        return found.size() == 1 ? one(design, scenario, found.get(0))
                : new Subject.SeveralCards(scenario.id(), found, Vocabulary.of(design));
    }

    private static Subject one(Design design, Scenario scenario, Node card) {
        if (card instanceof Executive executive) {
            return new Subject.OneExecutive(scenario.id(), executive, Vocabulary.of(design));
        }
        if (card instanceof Team team) {
            return new Subject.OneTeam(scenario.id(), team, Vocabulary.of(design));
        }
        Role role = (Role) card;
        String teamName = role.team() == null ? null : label(scenario, role.team());
        return new Subject.OneRole(scenario.id(), role, teamName, Vocabulary.of(design));
    }

    private static Subject findLine(Design design, Scenario scenario, LineKey key) {
        for (Line line : scenario.lines()) {
            if (key.matches(line)) {
                return new Subject.OneLine(scenario.id(), line, label(scenario, line.from()), label(scenario, line.to()));
            }
        }
        return nothing(design, scenario);
    }

    private static Subject nothing(Design design, Scenario scenario) {
        return new Subject.Nothing(scenario.id(), design.title(), design.description(), scenario.name());
    }

    private static String label(Scenario scenario, String id) {
        return scenario.node(id).map(Node::label).orElse(id);
    }
}
