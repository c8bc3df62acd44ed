package org.modesign.edit;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.modesign.layout.Grid;
import org.modesign.layout.Nudge;
import org.modesign.layout.Point;
import org.modesign.layout.Spacing;
import org.modesign.layout.TeamColumn;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Team;

/**
 * Where a card put down with the mouse goes, as one undoable step: a new card or moved cards land
 * where they were dropped unless that covers another card (then at the nearest free spot, see
 * {@link Nudge}); a role dropped on a team joins it and goes into the team's column
 * ({@link TeamColumn}).
 */
public final class CardDrop {

    /** The size of a card and the gaps of the chart (the editor's cards). */
    static final Spacing SPACING = Spacing.CARDS;
    /** The editor's grid step. */
    static final double GRID = 10;

    private CardDrop() {
    }

    /**
     * {@code add} (a new card at its dropped place) made to cover no card; a role with
     * {@code team} non-null joins that team, in its column.
     */
    public static AddNode place(Design design, AddNode add, String team) {
        Scenario scenario = target(design, add.scenario());
        Node node = add.node();
        if (team != null && node instanceof Role role) {
            Rules.team(id -> scenario.node(id).orElse(null), team);
            Point at = TeamColumn.next(scenario, team, Set.of(), SPACING);
            return new AddNode(add.scenario(), role.withTeam(team).withPosition(at.x(), at.y()));
        }
        Point at = onGrid(Nudge.clear(scenario, Set.of(), node.x(), node.y(), SPACING), node.x(), node.y());
        return new AddNode(add.scenario(), node.withPosition(at.x(), at.y()));
    }

    /**
     * The cards of {@code ids} moved by ({@code dx}, {@code dy}), each then nudged off any card it
     * would cover: "Move n cards".
     */
    public static SetPositions move(Design design, String scenarioId, Collection<String> ids, double dx, double dy) {
        Scenario scenario = target(design, scenarioId);
        Map<String, Node> byId = scenario.nodesById();
        Map<String, Point> wanted = new LinkedHashMap<>();
        for (String id : ids) {
            Node node = byId.get(id);
            if (node == null) {
                throw new EditRejected(EditText.of(EditKey.NO_CARD, id));
            }
            wanted.put(id, new Point(node.x() + dx, node.y() + dy));
        }
        Map<String, Position> positions = new LinkedHashMap<>();
        Nudge.clear(scenario, wanted, SPACING).forEach((id, free) -> {
            Point asked = wanted.get(id);
            Point at = onGrid(free, asked.x(), asked.y());
            positions.put(id, new Position(at.x(), at.y()));
        });
        return SetPositions.move(scenarioId, positions);
    }

    /**
     * Role {@code nodeId} dragged onto team {@code teamId}: it joins the team and goes into the
     * team's column, one step named "Move “role” to team “team”".
     */
    public static EditCommand toTeam(Design design, String scenarioId, String nodeId, String teamId) {
        Scenario scenario = target(design, scenarioId);
        Node node = scenario.node(nodeId).orElseThrow(() -> new EditRejected(EditText.of(EditKey.NO_CARD, nodeId)));
        Role role = Scenarios.role(node);
        Rules.team(id -> scenario.node(id).orElse(null), teamId);
        Team team = (Team) scenario.node(teamId).orElseThrow();
        Point at = TeamColumn.next(scenario, teamId, Set.of(nodeId), SPACING);
        return CompoundCommand.of(EditText.of(EditKey.MOVE_TO_TEAM, role.title(), team.name()),
                new SetTeam(scenarioId, nodeId, teamId),
                SetPositions.move(scenarioId, Map.of(nodeId, new Position(at.x(), at.y()))));
    }

    /**
     * A spot {@link Nudge} found, on the chart's grid when it is not the place asked for (the
     * nudge steps by a card and a gap; snapping keeps most of the gap).
     */
    private static Point onGrid(Point free, double x, double y) {
        if (free.x() == x && free.y() == y) {
            return free;
        }
        return new Point(Grid.snap(free.x(), GRID), Grid.snap(free.y(), GRID));
    }

    private static Scenario target(Design design, String scenario) {
        return design.scenarios().get(Scenarios.indexOf(design, scenario));
    }
}
