package org.modesign.edit;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.modesign.model.Line;
import org.modesign.model.Node;
import org.modesign.model.Scenario;

/** Names a line by its ends; a scenario holds at most one line per {@code from}→{@code to} pair. */
public record LineKey(String from, String to) {

    public LineKey {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    public static LineKey of(Line line) {
        return new LineKey(line.from(), line.to());
    }

    /** Whether {@code line} runs between these ends. */
    public boolean matches(Line line) {
        return from.equals(line.from()) && to.equals(line.to());
    }

    /** The refusal for this line when {@code scenario} lacks it, naming its ends by their labels. */
    EditRejected missingIn(Scenario scenario) {
        return EditRejected.of(EditKey.NO_LINE, label(scenario, from), label(scenario, to));
    }

    private static String label(Scenario scenario, String id) {
        return scenario.node(id).map(Node::label).orElse(id);
    }

    /** The keys of these lines, in a new mutable set. */
    static Set<LineKey> setOf(List<Line> lines) {
        Set<LineKey> keys = new HashSet<>(lines.size() * 2);
        for (Line line : lines) {
            keys.add(of(line));
        }
        return keys;
    }
}
