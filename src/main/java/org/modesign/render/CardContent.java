package org.modesign.render;

import java.util.Objects;
import org.modesign.model.Executive;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Team;

/**
 * What of a node its card and its lines show: for a role its id, title, archetype, team, region,
 * FTE, sourcing, staffing and the teams it also serves on (counted on their cards), not its
 * responsibilities, phases or description; for a team its id, name, region and kind; for an executive everything but its position.
 */
final class CardContent {

    private CardContent() {
    }

    /** Whether {@code a} and {@code b} make the same card, wherever each sits. */
    static boolean same(Node a, Node b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Role r && b instanceof Role s) {
            return r.id().equals(s.id()) && r.title().equals(s.title()) && r.archetype() == s.archetype()
                    && Objects.equals(r.team(), s.team()) && Objects.equals(r.region(), s.region())
                    && r.fte() == s.fte() && r.sourcing() == s.sourcing() && r.staffing() == s.staffing()
                    && r.alsoIn().equals(s.alsoIn());
        }
        if (a instanceof Team t && b instanceof Team u) {
            return t.id().equals(u.id()) && t.name().equals(u.name()) && Objects.equals(t.region(), u.region())
                    && t.kind() == u.kind();
        }
        if (a instanceof Executive e && b instanceof Executive f) {
            return e.withPosition(f.x(), f.y()).equals(f);
        }
        return false;
    }
}
