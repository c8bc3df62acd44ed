package org.modesign.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.modesign.model.Design;
import org.modesign.model.Line;
import org.modesign.model.Node;
import org.modesign.model.Scenario;

/**
 * Copied cards and the lines among them, as the clipboard holds them. {@link #paste} turns a clip
 * into an {@link AddNodes} for a target scenario: every card gets a fresh id and is offset, the
 * lines are re-pointed at the copies, and what the target does not know is dropped (see
 * {@link ClipAdapter}).
 */
public record Clip(List<Node> nodes, List<Line> lines) {

    public Clip {
        nodes = List.copyOf(nodes);
        lines = List.copyOf(lines);
    }

    /** The cards of {@code scenario} named in {@code ids}, in scenario order, and the lines among them. */
    public static Clip copy(Scenario scenario, Collection<String> ids) {
        Set<String> chosen = new HashSet<>(ids);
        List<Node> nodes = new ArrayList<>();
        for (Node node : scenario.nodes()) {
            if (chosen.contains(node.id())) {
                nodes.add(node);
            }
        }
        Scenarios.requireAllFound(scenario, chosen, nodes.size());
        List<Line> lines = new ArrayList<>();
        for (Line line : scenario.lines()) {
            if (chosen.contains(line.from()) && chosen.contains(line.to())) {
                lines.add(line);
            }
        }
        return new Clip(nodes, lines);
    }

    /** Duplicates cards of a scenario inside it, offset by (dx, dy): "Duplicate n cards". */
    public static AddNodes duplicate(Design design, String scenario, Collection<String> ids,
            double dx, double dy) {
        Scenario source = design.scenarios().get(Scenarios.indexOf(design, scenario));
        return copy(source, ids).adapt(design, scenario, dx, dy, EditKey.DUPLICATE_CARDS);
    }

    /** Pastes this clip into a scenario, offset by (dx, dy): "Paste n cards". */
    public AddNodes paste(Design design, String scenario, double dx, double dy) {
        return adapt(design, scenario, dx, dy, EditKey.PASTE_CARDS);
    }

    private AddNodes adapt(Design design, String scenario, double dx, double dy, EditKey key) {
        Objects.requireNonNull(design, "design");
        Rules.finite(dx);
        Rules.finite(dy);
        Scenario target = design.scenarios().get(Scenarios.indexOf(design, scenario));
        ClipAdapter adapter = new ClipAdapter(design, target, nodes);
        List<Node> copies = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            copies.add(adapter.copy(i, dx, dy));
        }
        List<Line> copiedLines = new ArrayList<>();
        Set<LineKey> pairs = new HashSet<>();
        Map<String, String> newIds = adapter.newIds();
        for (Line line : lines) {
            String from = newIds.get(line.from());
            String to = newIds.get(line.to());
            if (from != null && to != null && !from.equals(to) && pairs.add(new LineKey(from, to))) {
                copiedLines.add(new Line(from, to, line.style()));
            }
        }
        return new AddNodes(scenario, copies, copiedLines, EditText.of(key, copies.size()));
    }
}
