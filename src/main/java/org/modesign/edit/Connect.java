package org.modesign.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Scenario;

/**
 * Draws a reporting line from a subordinate ({@code from}) to its superior ({@code to}). Refused
 * when an end is missing, for a line from a card to itself, and when the pair already has a line.
 * A line that closes a reporting cycle or gives a card a second manager is allowed: the validator
 * reports those, so the user can see and mend them.
 */
public record Connect(String scenario, String from, String to, LineStyle style) implements ScenarioCommand {

    public Connect {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(style, "style");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.CONNECT);
    }

    @Override
    public Scenario applyTo(Design design, Scenario target) {
        Line line = new Line(from, to, style);
        Map<String, Node> cards = target.nodesById();
        Rules.line(cards::get, LineKey.setOf(target.lines()), line);
        List<Line> lines = new ArrayList<>(target.lines().size() + 1);
        lines.addAll(target.lines());
        lines.add(line);
        return target.withLines(lines);
    }
}
