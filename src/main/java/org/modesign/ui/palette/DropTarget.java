package org.modesign.ui.palette;

import java.util.Set;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Team;
import org.modesign.render.ChartScene;
import org.modesign.render.Rect;

/**
 * The team a role dropped at a point of the chart joins: the team card under the point, or the
 * team of the member card under it; cards being dragged do not count. Also the card to highlight
 * while dragging.
 */
public final class DropTarget {

    private DropTarget() {
    }

    /** The index of the team card a role dropped at world point ({@code x}, {@code y}) joins, or -1. */
    public static int team(ChartScene scene, double x, double y, Set<String> dragged) {
        if (scene == null) {
            return -1;
        }
        int[] under = scene.nodesIn(new Rect(x, y, 0, 0));
        for (int k = under.length - 1; k >= 0; k--) {
            int i = under[k];
            Node node = scene.node(i);
            if (dragged.contains(node.id()) || !scene.card(i).contains(x, y)) {
                continue;
            }
            if (node instanceof Team) {
                return i;
            }
            if (node instanceof Role role && role.team() != null) {
                return scene.indexOf(role.team());
            }
            return -1;
        }
        return -1;
    }

    /** The id of the team a role dropped there joins, or null. */
    public static String teamId(ChartScene scene, double x, double y, Set<String> dragged) {
        int i = team(scene, x, y, dragged);
        return i < 0 ? null : scene.node(i).id();
    }
}
