package org.modesign.edit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Team;

/**
 * "Move … under …": one undoable step that gives a card a new place in the reporting tree, made of
 * the commands that already change reporting lines and teams. A role put under a team becomes its
 * member ({@link SetTeam}) and loses its solid lines, so that it hangs under the team; any other card
 * put under a card loses its solid lines (and a dotted line to the new superior) and reports to it by
 * a solid line ({@link DeleteLines}, {@link Connect}).
 */
public final class MoveUnder {

    private MoveUnder() {
    }

    /** The step that puts card {@code node} of {@code scenario} under card {@code target}. */
    public static EditCommand of(Scenario scenario, String node, String target) {
        Node card = scenario.node(node).orElseThrow(() -> EditRejected.of(EditKey.NO_CARD, node));
        Node superior = scenario.node(target).orElseThrow(() -> EditRejected.of(EditKey.NO_CARD, target));
        boolean joinsTeam = card instanceof Role && superior instanceof Team;
        Set<LineKey> dropped = new LinkedHashSet<>();
        for (Line line : scenario.lines()) {
            if (line.from().equals(node) && (line.style() == LineStyle.SOLID || line.to().equals(target))) {
                dropped.add(LineKey.of(line));
            }
        }
        List<EditCommand> steps = new ArrayList<>();
        if (!dropped.isEmpty()) {
            steps.add(new DeleteLines(scenario.id(), dropped));
        }
        steps.add(joinsTeam ? new SetTeam(scenario.id(), node, target)
                : new Connect(scenario.id(), node, target, LineStyle.SOLID));
        return new CompoundCommand(EditText.of(EditKey.MOVE_UNDER, card.label(), superior.label()), steps);
    }
}
