package org.modesign.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modesign.model.Node;
import org.modesign.model.Scenario;

/**
 * Room for one more card near a wanted place, clear of every card of a scenario (each taken as a
 * card of the spacing's size, kept a gap apart). The places tried are the wanted one, then those
 * one card step below or beside it, then two steps, and so on: a new card lands under or next to
 * the card it belongs with. The cards are put into a grid once (O(cards)); each place tried costs
 * O(1) for a chart without piles of cards on one spot.
 */
public final class FreeSpot {

    /** How many card steps away from the wanted place the search goes before giving up there. */
    private static final int MAX_STEPS = 64;

    private final Spacing spacing;
    private final double stepX;
    private final double stepY;
    private final Map<Long, List<Node>> cells = new HashMap<>();
    private final Bounds bounds;

    FreeSpot(Scenario scenario, Spacing spacing) {
        this.spacing = spacing;
        this.stepX = spacing.cardWidth() + spacing.horizontalGap();
        this.stepY = spacing.cardHeight() + spacing.stackGap();
        this.bounds = Bounds.of(scenario, spacing.cardWidth(), spacing.cardHeight());
        for (Node node : scenario.nodes()) {
            add(node);
        }
    }

    /** Counts {@code node} (at its position) as taken from now on. */
    void add(Node node) {
        long col = (long) Math.floor(node.x() / stepX);
        long row = (long) Math.floor(node.y() / stepY);
        cells.computeIfAbsent(key(col, row), k -> new ArrayList<>(2)).add(node);
    }

    /**
     * The top-left corner nearest to ({@code x}, {@code y}) in the search order where a card fits
     * without touching another card of {@code scenario}; below all cards when there is no room
     * within {@value #MAX_STEPS} steps.
     */
    public static Point near(Scenario scenario, double x, double y, Spacing spacing) {
        return new FreeSpot(scenario, spacing).find(x, y);
    }

    Point find(double x, double y) {
        for (int ring = 0; ring <= MAX_STEPS; ring++) {
            for (int down = 0; down <= ring; down++) {
                for (int k = 0; k <= 2 * ring; k++) {
                    int across = k % 2 == 1 ? (k + 1) / 2 : -k / 2;
                    if (Math.max(down, Math.abs(across)) == ring && isFree(x + across * stepX, y + down * stepY)) {
                        return new Point(x + across * stepX, y + down * stepY);
                    }
                }
            }
        }
        return new Point(x, bounds.isEmpty() ? y : Math.max(y, bounds.maxY() + spacing.verticalGap()));
    }

    /** Whether a card at (x, y) keeps a gap from every card (cards of any cell it may reach). */
    private boolean isFree(double x, double y) {
        long col = (long) Math.floor(x / stepX);
        long row = (long) Math.floor(y / stepY);
        for (long c = col - 1; c <= col + 1; c++) {
            for (long r = row - 1; r <= row + 1; r++) {
                for (Node node : cells.getOrDefault(key(c, r), List.of())) {
                    if (Math.abs(node.x() - x) < stepX && Math.abs(node.y() - y) < stepY) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static long key(long col, long row) {
        return col * 0x1_0000_0000L + row;
    }
}
