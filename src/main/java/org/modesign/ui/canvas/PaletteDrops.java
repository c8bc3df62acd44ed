package org.modesign.ui.canvas;

import java.util.Set;
import org.modesign.model.NodeType;
import org.modesign.render.ChartScene;
import org.modesign.ui.palette.DropTarget;
import org.modesign.ui.palette.PaletteItem;

/** What a palette item dragged over the chart would drop onto: a role, the team it would join. */
final class PaletteDrops {

    private PaletteDrops() {
    }

    /** The card to highlight for {@code item} at world point ({@code x}, {@code y}), or -1. */
    static int target(PaletteItem item, ChartScene scene, double x, double y) {
        return item.type() == NodeType.ROLE ? DropTarget.team(scene, x, y, Set.of()) : -1;
    }
}
