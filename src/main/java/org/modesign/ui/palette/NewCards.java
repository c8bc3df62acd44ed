package org.modesign.ui.palette;

import java.util.List;
import java.util.Set;
import org.modesign.edit.AddNode;
import org.modesign.edit.CardDrop;
import org.modesign.layout.Grid;
import org.modesign.model.Design;
import org.modesign.model.NodeType;
import org.modesign.render.ChartScene;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.i18n.I18n;

/** Adds a palette item to the chart as one undoable step, and selects the new card. */
public final class NewCards {

    private final EditorContext context;

    public NewCards(EditorContext context) {
        this.context = context;
    }

    /**
     * Adds {@code item} with its card's centre at world point ({@code x}, {@code y}), snapped to
     * the grid, or at the nearest spot where it covers no card. A role dropped on a team (or on one
     * of its members) joins that team and goes into the team's column.
     *
     * @return the new card's id, or null when the edit was refused
     */
    public String add(PaletteItem item, double x, double y, ChartScene scene) {
        Design design = context.document().design();
        String scenario = context.document().scenario().id();
        String title = I18n.tr(item.titleKey());
        double left = Grid.snap(x - 90, 10);
        double top = Grid.snap(y - 32, 10);
        AddNode add = switch (item.type()) {
            case EXECUTIVE -> AddNode.executive(design, scenario, title, item.office(), left, top);
            case TEAM -> AddNode.team(design, scenario, title, left, top);
            case ROLE -> AddNode.role(design, scenario, title, item.archetype(), left, top);
        };
        String team = item.type() == NodeType.ROLE ? DropTarget.teamId(scene, x, y, Set.of()) : null;
        AddNode placed = CardDrop.place(design, add, team);
        if (!context.edit(placed)) {
            return null;
        }
        context.selection().selectNodes(List.of(placed.node().id()));
        return placed.node().id();
    }
}
