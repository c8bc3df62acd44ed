package org.modesign.export;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modesign.model.Design;
import org.modesign.model.Line;
import org.modesign.model.Node;
import org.modesign.model.Phase;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Team;

/**
 * The roles table: one row per role in scenario order (at a phase, the roles active in it), with
 * the columns of {@link #HEADER}. The CSV import reads the same header, so a table exported here
 * can be imported again.
 *
 * <ul>
 *   <li>{@code archetype}, {@code sourcing}: the file's codes ({@code maker}, {@code in-house});
 *   <li>{@code team}: the team's name (empty when none);
 *   <li>{@code region}: the role's own region id (empty when it takes its team's or global);
 *   <li>{@code fte}: a plain number ({@code 1}, {@code 0.5});
 *   <li>{@code from}, {@code to}: phase ids, empty when the file leaves them out;
 *   <li>{@code manager}: the id of the node the role's first solid line goes to, or the team's name
 *       when it goes to a team (empty when none).
 * </ul>
 */
public final class RolesCsv {

    /** The header row, exactly. */
    public static final List<String> HEADER = List.of("id", "title", "archetype", "team", "region", "fte",
            "sourcing", "from", "to", "manager");

    private RolesCsv() {
    }

    static CsvWriter table(Design design, Scenario scenario, Phase phase) {
        Map<String, String> managers = firstSolidLines(scenario);
        Map<String, Node> byId = scenario.nodesById();
        boolean[] active = ActiveNodes.of(design, scenario, phase);
        CsvWriter table = new CsvWriter(HEADER);
        List<Node> nodes = scenario.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            if (active[i] && nodes.get(i) instanceof Role role) {
                table.row(Arrays.asList(role.id(), role.title(), role.archetype().code(), teamName(byId, role),
                        role.region(), Decimals.text(role.fte()), role.sourcing().code(), role.from(), role.to(),
                        manager(byId, managers.get(role.id()))));
            }
        }
        return table;
    }

    /** Per subordinate id, the superior of its first solid line in file order. */
    private static Map<String, String> firstSolidLines(Scenario scenario) {
        Map<String, String> managers = new HashMap<>();
        for (Line line : scenario.lines()) {
            if (line.solid()) {
                managers.putIfAbsent(line.from(), line.to());
            }
        }
        return managers;
    }

    /** A manager by id, or by name when it is a team (team ids are not in the file, team names are). */
    private static String manager(Map<String, Node> byId, String id) {
        return id != null && byId.get(id) instanceof Team team ? team.name() : id;
    }

    private static String teamName(Map<String, Node> byId, Role role) {
        return role.team() != null && byId.get(role.team()) instanceof Team team ? team.name() : null;
    }
}
