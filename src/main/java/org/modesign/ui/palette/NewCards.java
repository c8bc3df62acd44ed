package org.modesign.ui.palette;

import org.modesign.edit.AddNode;
import org.modesign.layout.Grid;
import org.modesign.model.Design;
import org.modesign.model.Role;
import org.modesign.model.Team;
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
     * the grid. A role dropped on a team joins that team.
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
            case ROLE -> joinTeam(AddNode.role(design, scenario, title, item.archetype(), left, top), x, y, scene);
        };
        if (!context.edit(add)) {
            return null;
        }
        context.selection().selectNodes(java.util.List.of(add.node().id()));
        return add.node().id();
    }

    private static AddNode joinTeam(AddNode add, double x, double y, ChartScene scene) {
        int under = scene == null ? -1 : scene.nodeAt(x, y);
        if (under >= 0 && scene.node(under) instanceof Team team) {
            return new AddNode(add.scenario(), ((Role) add.node()).withTeam(team.id()));
        }
        return add;
    }
}
