package org.modesign.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import org.modesign.edit.LineKey;
import org.modesign.model.Executive;
import org.modesign.model.Line;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Team;

/**
 * What the inspector shows: the design (nothing selected), one card of a kind, several cards, or
 * one line, with every value its fields display. Two equal subjects look the same, so the
 * inspector redraws nothing when the new subject equals the shown one; subjects with the same
 * {@link #key()} are the same thing in another state, so the shown panel is updated in place.
 */
sealed interface Subject {

    /** The scenario the subject belongs to. */
    String scenario();

    /** Names the thing shown, whatever its values: its kind, scenario and id(s). */
    List<Object> key();

    /** Nothing is selected: the design's title and description and the scenario's name. */
    record Nothing(String scenario, String title, String description, String scenarioName) implements Subject {
        @Override
        public List<Object> key() {
            return List.of(Nothing.class, scenario);
        }
    }

    /** One executive card. */
    record OneExecutive(String scenario, Executive executive, Vocabulary vocabulary) implements Subject {
        @Override
        public List<Object> key() {
            return List.of(OneExecutive.class, scenario, executive.id());
        }
    }

    /** One team card. */
    record OneTeam(String scenario, Team team, Vocabulary vocabulary) implements Subject {
        @Override
        public List<Object> key() {
            return List.of(OneTeam.class, scenario, team.id());
        }
    }

    /** One role card; {@code teamName} is its team's name, or null when it has no team. */
    record OneRole(String scenario, Role role, String teamName, Vocabulary vocabulary) implements Subject {
        @Override
        public List<Object> key() {
            return List.of(OneRole.class, scenario, role.id());
        }
    }

    /** Two or more cards, in the scenario's order. */
    record SeveralCards(String scenario, List<Node> cards, Vocabulary vocabulary) implements Subject {

        public SeveralCards {
            cards = List.copyOf(cards);
        }

        @Override
        public List<Object> key() {
            List<Object> key = new ArrayList<>(cards.size() + 2);
            key.add(SeveralCards.class);
            key.add(scenario);
            for (Node card : cards) {
                key.add(card.id());
            }
            return key;
        }
    }

    /** One reporting line, with the labels of its ends. */
    record OneLine(String scenario, Line line, String fromLabel, String toLabel) implements Subject {
        @Override
        public List<Object> key() {
            return List.of(OneLine.class, scenario, LineKey.of(line));
        }
    }
}
