package org.modesign.analysis;

import java.util.List;
import java.util.Objects;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Team;

/**
 * Whether two versions of a scenario (with the same phases) have the same nodes, in the same
 * order, active in the same phases: what a node's active span depends on is its own from/to and,
 * for a role, its team's (format.md §2). Nodes left untouched by an edit are the same objects, so
 * the check costs little more than a pass over two lists.
 */
public final class SameActivity {

    private SameActivity() {
    }

    public static boolean between(Scenario a, Scenario b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        List<Node> before = a.nodes();
        List<Node> after = b.nodes();
        if (before.size() != after.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i) != after.get(i) && !sameSpan(before.get(i), after.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameSpan(Node x, Node y) {
        if (!x.id().equals(y.id()) || x.getClass() != y.getClass()) {
            return false;
        }
        if (x instanceof Role r && y instanceof Role s) {
            return Objects.equals(r.from(), s.from()) && Objects.equals(r.to(), s.to())
                    && Objects.equals(r.team(), s.team());
        }
        if (x instanceof Team t && y instanceof Team u) {
            return Objects.equals(t.from(), u.from()) && Objects.equals(t.to(), u.to());
        }
        return true;
    }
}
