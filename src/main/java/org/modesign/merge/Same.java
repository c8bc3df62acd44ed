package org.modesign.merge;

import java.util.List;
import java.util.Objects;
import org.modesign.model.Executive;
import org.modesign.model.Node;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Team;

/**
 * Whether two nodes are equal, as {@code equals} of the records says, by plain comparisons: the
 * diff and the merge compare every node of a design two or three times, and in a process that
 * has just started the records' own {@code equals} (method handles) costs several times as much.
 * {@code SameTest} checks that the two always agree.
 */
final class Same {

    private Same() {
    }

    static boolean nodes(Node a, Node b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Role ra) {
            return b instanceof Role rb && roles(ra, rb);
        }
        if (a instanceof Team ta) {
            return b instanceof Team tb && teams(ta, tb);
        }
        return b instanceof Executive eb && executives((Executive) a, eb);
    }

    private static boolean roles(Role a, Role b) {
        return number(a.fte(), b.fte()) && number(a.x(), b.x()) && number(a.y(), b.y()) && a.id().equals(b.id())
                && a.title().equals(b.title()) && a.archetype() == b.archetype() && a.sourcing() == b.sourcing()
                && a.staffing() == b.staffing() && Objects.equals(a.team(), b.team())
                && Objects.equals(a.region(), b.region()) && Objects.equals(a.from(), b.from())
                && Objects.equals(a.to(), b.to()) && a.person().equals(b.person()) && Objects.equals(a.cost(), b.cost())
                && letters(a.responsibilities(), b.responsibilities()) && a.alsoIn().equals(b.alsoIn())
                && a.fteChanges().equals(b.fteChanges());
    }

    private static boolean teams(Team a, Team b) {
        return number(a.x(), b.x()) && number(a.y(), b.y()) && a.id().equals(b.id()) && a.name().equals(b.name())
                && a.kind() == b.kind() && Objects.equals(a.region(), b.region()) && Objects.equals(a.from(), b.from())
                && Objects.equals(a.to(), b.to());
    }

    private static boolean executives(Executive a, Executive b) {
        return number(a.x(), b.x()) && number(a.y(), b.y()) && a.id().equals(b.id()) && a.office() == b.office()
                && a.title().equals(b.title()) && letters(a.responsibilities(), b.responsibilities())
                && a.alsoIn().equals(b.alsoIn());
    }

    private static boolean letters(List<Responsibility> a, List<Responsibility> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Responsibility x = a.get(i);
            Responsibility y = b.get(i);
            if (x.raci() != y.raci() || !x.capability().equals(y.capability()) || !Objects.equals(x.from(), y.from())
                    || !Objects.equals(x.to(), y.to())) {
                return false;
            }
        }
        return true;
    }

    /** As records compare doubles: by their bits, so that NaN equals NaN and 0 differs from -0. */
    private static boolean number(double a, double b) {
        return Double.doubleToLongBits(a) == Double.doubleToLongBits(b);
    }
}
