package org.modesign.ui.canvas;

import java.util.List;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.analysis.TeamStrength;
import org.modesign.analysis.ToolOwners;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.render.TeamFigures;

/**
 * The team cards' members and FTE and the tools each card owns in the phase shown: the core's
 * {@link TeamStrength} and {@link ToolOwners} as the painter reads them.
 */
final class TeamCounts {

    private TeamCounts() {
    }

    /** The team cards' members and FTE and the tools each card owns, in phase {@code p}. */
    static TeamFigures of(ScenarioIndex index, int p) {
        return of(TeamStrength.of(index, p), ToolOwners.inPhase(index.stack(), p));
    }

    static TeamFigures of(TeamStrength strength, int[] tools) {
        return new TeamFigures() {
            @Override
            public int tools(int index) {
                return index < tools.length ? tools[index] : 0;
            }

            @Override
            public int members(int index) {
                return strength.members(index);
            }

            @Override
            public double fte(int index) {
                return strength.fte(index);
            }
        };
    }

    /**
     * Whether an edit from {@code before} to {@code after} may change what the cards count (a
     * role's FTE, FTE changes, team or other teams; the stack): O(cards) identity checks.
     */
    static boolean changed(Scenario before, Scenario after) {
        if (before == null || before.stack() != after.stack()) {
            return true;
        }
        List<Node> a = before.nodes();
        List<Node> b = after.nodes();
        if (a.size() != b.size()) {
            return true;
        }
        for (int i = 0; i < a.size(); i++) {
            Node x = a.get(i);
            Node y = b.get(i);
            if (x != y && (x instanceof Role r && y instanceof Role s
                    ? r.fte() != s.fte() || !r.fteChanges().equals(s.fteChanges())
                            || !java.util.Objects.equals(r.team(), s.team()) || !r.alsoIn().equals(s.alsoIn())
                    : !x.withPosition(y.x(), y.y()).equals(y))) {
                return true;
            }
        }
        return false;
    }
}
