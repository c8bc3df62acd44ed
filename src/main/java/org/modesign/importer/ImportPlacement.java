package org.modesign.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.modesign.layout.Bounds;
import org.modesign.layout.Placement;
import org.modesign.layout.Spacing;
import org.modesign.layout.TreeLayout;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Strategy;

/**
 * Where the imported cards go: laid out among themselves as a tidy tree (as Arrange does), the block
 * then set below the scenario's chart, left-aligned with it, so that nothing already drawn moves or
 * is covered. Lines to cards of the scenario make their imported ends roots of the block. O(cards).
 */
final class ImportPlacement {

    private static final TreeLayout LAYOUT = new TreeLayout(Spacing.CARDS, true);

    private ImportPlacement() {
    }

    /**
     * The cards as the block is laid out: a role whose manager is outside the block (a card of the
     * scenario) is a root of the block, not a card under its own team, which hangs under it.
     */
    private static List<Node> forLayout(List<Node> cards, List<Line> lines) {
        Set<String> ids = new HashSet<>();
        cards.forEach(c -> ids.add(c.id()));
        Set<String> reportOutside = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (Line line : lines) {
            if (line.style() == LineStyle.SOLID && seen.add(line.from()) && !ids.contains(line.to())) {
                reportOutside.add(line.from());
            }
        }
        List<Node> laid = new ArrayList<>(cards.size());
        for (Node card : cards) {
            laid.add(card instanceof Role role && role.team() != null && reportOutside.contains(role.id())
                    ? role.withTeam(null) : card);
        }
        return laid;
    }

    /** The new cards at their places, in the same order. */
    static List<Node> place(Scenario existing, List<Node> cards, List<Line> lines) {
        Placement placement = LAYOUT.layout(new Scenario("import", "import", Strategy.OTHER, forLayout(cards, lines),
                lines));
        Spacing spacing = LAYOUT.spacing();
        Bounds chart = Bounds.of(existing, spacing.cardWidth(), spacing.cardHeight());
        double dx = chart.isEmpty() ? 0 : chart.minX();
        double dy = chart.isEmpty() ? 0 : chart.maxY() + 2 * spacing.verticalGap();
        List<Node> placed = new ArrayList<>(cards.size());
        for (int i = 0; i < cards.size(); i++) {
            placed.add(cards.get(i).withPosition(placement.x(i) + dx, placement.y(i) + dy));
        }
        return placed;
    }
}
