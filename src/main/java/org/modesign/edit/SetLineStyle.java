package org.modesign.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Scenario;

/** Makes a line solid (direct report) or dotted (matrix, drawn only). */
public record SetLineStyle(String scenario, LineKey line, LineStyle style) implements ScenarioCommand {

    public SetLineStyle {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(style, "style");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_LINE_STYLE);
    }

    @Override
    public Scenario applyTo(Design design, Scenario target) {
        List<Line> lines = new ArrayList<>(target.lines());
        for (int i = 0; i < lines.size(); i++) {
            if (line.matches(lines.get(i))) {
                lines.set(i, lines.get(i).withStyle(style));
                return target.withLines(lines);
            }
        }
        throw line.missingIn(target);
    }
}
