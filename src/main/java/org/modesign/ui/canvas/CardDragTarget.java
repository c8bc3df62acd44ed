package org.modesign.ui.canvas;

import java.util.List;
import java.util.Set;
import org.modesign.edit.CardDrop;
import org.modesign.edit.EditCommand;
import org.modesign.edit.EditRejected;
import org.modesign.edit.MoveNodes;
import org.modesign.model.Design;
import org.modesign.model.Role;
import org.modesign.render.ChartScene;
import org.modesign.ui.palette.DropTarget;

/**
 * Where cards dragged on the chart go: a single role dragged onto a team (or one of its members)
 * other than its own joins it, the team highlighted while the pointer is over it; otherwise the
 * cards move, each nudged off any card it would cover (see {@link CardDrop}).
 */
final class CardDragTarget {

    private final ChartView view;
    private String team;

    CardDragTarget(ChartView view) {
        this.view = view;
    }

    /** While cards {@code moving} (indices of {@code base}, the scene before the drag) follow the pointer at screen ({@code sx}, {@code sy}). */
    void update(ChartScene base, int[] moving, double sx, double sy) {
        team = null;
        int target = -1;
        if (moving.length == 1 && base.node(moving[0]) instanceof Role role) {
            int t = DropTarget.team(base, view.toWorldX(sx), view.toWorldY(sy), Set.of(role.id()));
            if (t >= 0 && !base.node(t).id().equals(role.team())) {
                target = t;
                team = base.node(t).id();
            }
        }
        view.showDropTarget(target);
    }

    /** The edit of the drop of cards {@code ids}, moved by ({@code dx}, {@code dy}). */
    EditCommand drop(Design design, String scenario, List<String> ids, double dx, double dy) {
        view.showDropTarget(-1);
        String joining = team;
        team = null;
        try {
            if (joining != null && ids.size() == 1) {
                return CardDrop.toTeam(design, scenario, ids.get(0), joining);
            }
            return CardDrop.move(design, scenario, ids, dx, dy);
        } catch (EditRejected e) {
            return MoveNodes.by(scenario, ids, dx, dy);
        }
    }
}
