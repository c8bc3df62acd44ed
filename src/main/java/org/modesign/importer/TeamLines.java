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
 * Whom a team the import makes reports to, since the file does not say: its head. When every
 * member of the team has a manager and exactly one member's manager is outside the team (the head
 * of data reports to the CMO, the analysts to the head of data), the team gets a solid line to that
 * member: the team hangs under the person who leads it and reaches the CEO through them, and no
 * manager above counts the team as a direct report beside its head. Otherwise the team gets no
 * line. Because no member relies on its team as its superior, such a line cannot close a reporting
 * cycle unless the file names a team as a manager. O(rows).
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
            String head = head(team, list, managerOf);
            if (head != null) {
                lines.add(new Line(team, head, LineStyle.SOLID));
            }
        });
        return lines;
    }

    /** The one member whose manager is outside the team, when every member has a manager; else null. */
    private static String head(String team, List<Role> members, Map<String, String> managerOf) {
        Set<String> inside = new HashSet<>();
        inside.add(team);
        members.forEach(m -> inside.add(m.id()));
        String head = null;
        for (Role member : members) {
            String manager = managerOf.get(member.id());
            if (manager == null) {
                return null;
            }
            if (!inside.contains(manager)) {
                if (head != null) {
                    return null;
                }
                head = member.id();
            }
        }
        return head;
    }
}
