package org.modesign.importer;

import java.util.ArrayList;
import java.util.List;
import org.modesign.layout.Bounds;
import org.modesign.layout.Placement;
import org.modesign.layout.Spacing;
import org.modesign.layout.TreeLayout;
import org.modesign.model.Line;
import org.modesign.model.Node;
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

    /** The new cards at their places, in the same order. */
    static List<Node> place(Scenario existing, List<Node> cards, List<Line> lines) {
        Placement placement = LAYOUT.layout(new Scenario("import", "import", Strategy.OTHER, cards, lines));
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
