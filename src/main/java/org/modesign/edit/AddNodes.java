package org.modesign.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.modesign.model.Design;
import org.modesign.model.Line;
import org.modesign.model.Node;
import org.modesign.model.Scenario;

/**
 * Adds cards and lines to a scenario as one step: the general form of paste, duplicate and import.
 * The new cards must have valid, unused ids and sound properties; the new lines may join new and
 * existing cards. {@link Clip} prepares the cards of a paste or duplicate with fresh ids.
 */
public record AddNodes(String scenario, List<Node> nodes, List<Line> lines, EditText text)
        implements ScenarioCommand {

    public AddNodes {
        Objects.requireNonNull(scenario, "scenario");
        nodes = List.copyOf(nodes);
        lines = List.copyOf(lines);
        Objects.requireNonNull(text, "text");
    }

    /** Adds cards and lines under the name "Add n cards". */
    public static AddNodes of(String scenario, List<Node> nodes, List<Line> lines) {
        return new AddNodes(scenario, nodes, lines, EditText.of(EditKey.ADD_CARDS, nodes.size()));
    }

    @Override
    public Scenario applyTo(Design design, Scenario target) {
        if (nodes.isEmpty() && lines.isEmpty()) {
            return target;
        }
        Rules.room(design, nodes.size());
        Map<String, Node> cards = target.nodesById();
        for (Node node : nodes) {
            Rules.id(node.id());
            if (cards.putIfAbsent(node.id(), node) != null) {
                throw EditRejected.of(EditKey.DUPLICATE_ID, node.id());
            }
        }
        for (Node node : nodes) {
            Rules.node(design, cards::get, node);
        }
        if (!lines.isEmpty()) {
            Set<LineKey> pairs = LineKey.setOf(target.lines());
            for (Line line : lines) {
                Rules.line(cards::get, pairs, line);
            }
        }
        return target.withNodes(concat(target.nodes(), nodes)).withLines(concat(target.lines(), lines));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a.size() + b.size());
        all.addAll(a);
        all.addAll(b);
        return all;
    }
}
