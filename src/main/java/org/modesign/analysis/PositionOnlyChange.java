package org.modesign.analysis;

import java.util.List;
import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Scenario;

/**
 * Whether two versions of a design differ only in where cards sit. Positions matter to no rule
 * and no metric (format.md §2–4), so findings and metrics of the one hold for the other: the
 * editor need not analyse a design again after a card was dragged or the chart arranged.
 * Linear in the number of nodes; versions made by an edit share unchanged parts, which compare by
 * identity.
 */
public final class PositionOnlyChange {

    private PositionOnlyChange() {
    }

    /**
     * True when {@code a} and {@code b} are equal once every node's {@code x} and {@code y} are
     * ignored (the plan of format v2 included: tools, charter, each scenario's stack).
     */
    public static boolean between(Design a, Design b) {
        if (a == b) {
            return true;
        }
        if (!a.title().equals(b.title()) || !a.description().equals(b.description())
                || !a.settings().equals(b.settings()) || !a.regions().equals(b.regions())
                || !a.capabilities().equals(b.capabilities()) || !a.phases().equals(b.phases())
                || !a.tools().equals(b.tools()) || !a.charter().equals(b.charter())
                || a.scenarios().size() != b.scenarios().size()) {
            return false;
        }
        for (int s = 0; s < a.scenarios().size(); s++) {
            if (!sameBut(a.scenarios().get(s), b.scenarios().get(s))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameBut(Scenario a, Scenario b) {
        if (a == b) {
            return true;
        }
        if (!a.id().equals(b.id()) || !a.name().equals(b.name()) || a.strategy() != b.strategy()
                || !a.lines().equals(b.lines()) || !a.stack().equals(b.stack())
                || a.nodes().size() != b.nodes().size()) {
            return false;
        }
        List<Node> na = a.nodes();
        List<Node> nb = b.nodes();
        for (int i = 0; i < na.size(); i++) {
            Node x = na.get(i);
            Node y = nb.get(i);
            if (x != y && !Objects.equals(x.withPosition(y.x(), y.y()), y)) {
                return false;
            }
        }
        return true;
    }
}
