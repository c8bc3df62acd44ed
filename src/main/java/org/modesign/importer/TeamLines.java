package org.modesign.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Role;
import org.modesign.model.Team;

/**
 * Whom a team the import makes reports to, since the file does not say: when every member of the
 * team has a manager, and those managers outside the team are one and the same card, the team gets
 * a solid line to that card (a "Data" team whose head reports to the CMO reports to the CMO).
 * Otherwise the team gets no line. Because no member relies on its team as its superior, such a
 * line cannot close a reporting cycle unless the file names a team as a manager. O(rows).
 */
final class TeamLines {

    private TeamLines() {
    }

    static List<Line> of(List<Team> newTeams, List<Role> roles, List<Line> roleLines) {
        Map<String, String> managerOf = new HashMap<>(roleLines.size() * 2);
        for (Line line : roleLines) {
            managerOf.putIfAbsent(line.from(), line.to());
        }
        Map<String, List<Role>> members = new LinkedHashMap<>();
        for (Team team : newTeams) {
            members.put(team.id(), new ArrayList<>());
        }
        for (Role role : roles) {
            List<Role> list = role.team() == null ? null : members.get(role.team());
            if (list != null) {
                list.add(role);
            }
        }
        List<Line> lines = new ArrayList<>();
        members.forEach((team, list) -> {
            String superior = commonOutsideManager(team, list, managerOf);
            if (superior != null) {
                lines.add(new Line(team, superior, LineStyle.SOLID));
            }
        });
        return lines;
    }

    /** The one card outside the team its members report to, or null. */
    private static String commonOutsideManager(String team, List<Role> members, Map<String, String> managerOf) {
        Set<String> inside = new HashSet<>();
        inside.add(team);
        members.forEach(m -> inside.add(m.id()));
        String common = null;
        for (Role member : members) {
            String manager = managerOf.get(member.id());
            if (manager == null) {
                return null;
            }
            if (!inside.contains(manager)) {
                if (common != null && !common.equals(manager)) {
                    return null;
                }
                common = manager;
            }
        }
        return common;
    }
}
