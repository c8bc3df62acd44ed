package org.modesign.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.modesign.model.Design;
import org.modesign.model.Line;
import org.modesign.model.Scenario;

/** Deletes lines, named by their ends. Refused when one of them does not exist. O(lines). */
public record DeleteLines(String scenario, Set<LineKey> lines) implements ScenarioCommand {

    public DeleteLines {
        Objects.requireNonNull(scenario, "scenario");
        lines = Set.copyOf(lines);
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.DELETE_LINES, lines.size());
    }

    @Override
    public Scenario applyTo(Design design, Scenario target) {
        if (lines.isEmpty()) {
            return target;
        }
        List<Line> kept = new ArrayList<>(target.lines().size());
        for (Line line : target.lines()) {
            if (!lines.contains(LineKey.of(line))) {
                kept.add(line);
            }
        }
        if (target.lines().size() - kept.size() < lines.size()) {
            Set<LineKey> present = LineKey.setOf(target.lines());
            for (LineKey key : lines) {
                if (!present.contains(key)) {
                    throw key.missingIn(target);
                }
            }
        }
        return target.withLines(kept);
    }
}
