package org.modesign.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.modesign.model.Archetype;
import org.modesign.model.Executive;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Office;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Strategy;
import org.modesign.model.Team;

/** Builds scenarios for layout tests, and checks placements for overlapping cards. */
final class Charts {

    private final List<Node> nodes = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();

    Charts role(String id) {
        return role(id, null);
    }

    Charts role(String id, String team) {
        nodes.add(Role.of(id, id, Archetype.MAKER, 0, 0).withTeam(team));
        return this;
    }

    Charts team(String id) {
        nodes.add(new Team(id, id, null, null, null, 0, 0));
        return this;
    }

    Charts executive(String id) {
        nodes.add(new Executive(id, Office.OTHER, id, 0, 0));
        return this;
    }

    Charts solid(String from, String to) {
        lines.add(new Line(from, to, LineStyle.SOLID));
        return this;
    }

    Charts dotted(String from, String to) {
        lines.add(new Line(from, to, LineStyle.DOTTED));
        return this;
    }

    Scenario scenario() {
        return new Scenario("s", "S", Strategy.OTHER, nodes, lines);
    }

    /**
     * Two cards of the placement that overlap, if any, found with a hash grid of card-sized cells
     * so that large placements are checked in linear time.
     */
    static Optional<String> overlap(Placement placement, double width, double height) {
        Map<Long, List<Integer>> cells = new HashMap<>();
        for (int i = 0; i < placement.size(); i++) {
            long cx = (long) Math.floor(placement.x(i) / width);
            long cy = (long) Math.floor(placement.y(i) / height);
            for (long gx = cx; gx <= cx + 1; gx++) {
                for (long gy = cy; gy <= cy + 1; gy++) {
                    List<Integer> cell = cells.computeIfAbsent(gx * 1_000_003L + gy, k -> new ArrayList<>());
                    for (int j : cell) {
                        if (overlaps(placement, i, j, width, height)) {
                            return Optional.of(placement.id(i) + " overlaps " + placement.id(j));
                        }
                    }
                    cell.add(i);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean overlaps(Placement p, int i, int j, double width, double height) {
        return Bounds.ofCard(p.x(i), p.y(i), width, height).intersects(Bounds.ofCard(p.x(j), p.y(j), width, height));
    }
}
