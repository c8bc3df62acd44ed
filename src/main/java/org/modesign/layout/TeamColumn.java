package org.modesign.layout;

import java.util.Set;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;

/**
 * Where one more member of a team goes, as the layout stacks members: in the column under the team
 * card (indented by the spacing's stack indent), below the lowest member already there, or just
 * under the team card when the column is empty; then at the nearest spot clear of every other card
 * ({@link FreeSpot}). Cards named in {@code moving} (the card being placed) count as absent. O(cards).
 */
public final class TeamColumn {

    private TeamColumn() {
    }

    /**
     * The top-left corner for a new member of team {@code teamId} of {@code scenario}.
     *
     * @throws IllegalArgumentException when the scenario has no card {@code teamId}
     */
    public static Point next(Scenario scenario, String teamId, Set<String> moving, Spacing spacing) {
        Node team = scenario.node(teamId).orElseThrow(() -> new IllegalArgumentException("no card " + teamId));
        double x = team.x() + spacing.stackIndent();
        double y = team.y() + spacing.cardHeight() + spacing.verticalGap();
        double reach = spacing.cardWidth() / 2 + spacing.stackIndent();
        for (Node node : scenario.nodes()) {
            if (node instanceof Role role && teamId.equals(role.team()) && !moving.contains(role.id())
                    && Math.abs(role.x() - x) <= reach && role.y() > team.y()) {
                y = Math.max(y, role.y() + spacing.cardHeight() + spacing.stackGap());
            }
        }
        return Nudge.clear(scenario, moving, x, y, spacing);
    }
}
