package org.modesign.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modesign.edit.FreshIds;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Region;
import org.modesign.model.Role;
import org.modesign.model.Team;

/**
 * Turns the rows that can be imported into cards: a role per row, with a solid line to its manager;
 * a team for each team name the scenario does not have (by id or name), and a region for each region
 * the design does not have (named by the row, or found from its location), each made once however
 * many rows name it. Cards are at (0, 0) until
 * {@link ImportPlacement} places them. O(rows).
 */
final class Assembly {

    private final ImportTarget target;
    private final LocationRegions locations;
    private final FreshIds nodeIds;
    private final FreshIds regionIds;
    private final Map<String, Team> newTeams = new LinkedHashMap<>();
    private final Map<String, Team> teamsByText = new HashMap<>();
    private final Map<Team, Boolean> newTeamSet = new IdentityHashMap<>();
    private final Map<String, Region> newRegions = new LinkedHashMap<>();
    private final Map<String, String> regionNames = new HashMap<>();
    private final List<Role> roles = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private final List<PreviewRow> rows = new ArrayList<>();

    Assembly(ImportTarget target, LocationRegions locations, FreshIds nodeIds) {
        this.target = target;
        this.locations = locations;
        this.nodeIds = nodeIds;
        List<String> taken = new ArrayList<>();
        taken.add(Region.GLOBAL);
        for (Region region : target.design().regions()) {
            taken.add(region.id());
            regionNames.put(region.id(), region.name());
        }
        this.regionIds = new FreshIds(taken);
    }

    void add(Draft draft) {
        Team team = draft.team.isEmpty() ? null : team(draft.team);
        String regionText = draft.region.isEmpty() ? locations.of(draft.location) : draft.region;
        String region = regionText == null ? null : region(regionText);
        Role role = new Role(draft.id, draft.title, draft.archetype, team == null ? null : team.id(), region,
                draft.fte, draft.sourcing, draft.from, draft.to, List.of(), 0, 0)
                .withStaffing(draft.staffing).withCost(draft.cost).withPerson(draft.person);
        roles.add(role);
        String manager = null;
        String managerName = null;
        if (draft.managerRow != null) {
            manager = draft.managerRow.id;
            managerName = draft.managerRow.title;
        } else if (draft.managerCard != null) {
            manager = draft.managerCard.id();
            managerName = draft.managerCard.label();
        } else if (draft.managerTeam != null) {
            Team managerTeam = team(draft.managerTeam);
            manager = managerTeam.id();
            managerName = managerTeam.name();
        }
        if (manager != null) {
            lines.add(new Line(role.id(), manager, LineStyle.SOLID));
        }
        rows.add(new PreviewRow(draft.line, role, team == null ? null : team.name(), team != null && isNew(team),
                region == null ? null : regionName(region),
                regionText != null && newRegions.containsKey(Keys.name(regionText)),
                managerName, draft.managerRow == null ? 0 : draft.managerRow.line,
                draft.managerRow == null ? "" : draft.managerRow.person, draft.suggested));
    }

    List<Team> newTeams() {
        return List.copyOf(newTeams.values());
    }

    List<Region> newRegions() {
        return List.copyOf(newRegions.values());
    }

    List<Role> roles() {
        return roles;
    }

    /** The roles' lines to their managers, in row order. */
    List<Line> roleLines() {
        return lines;
    }

    List<PreviewRow> rows() {
        return rows;
    }

    /** The team a row names, memoised by the text as written (most rows repeat a few teams). */
    private Team team(String text) {
        return teamsByText.computeIfAbsent(text, this::findOrMakeTeam);
    }

    private Team findOrMakeTeam(String text) {
        Team existing = target.team(text);
        if (existing != null) {
            return existing;
        }
        return newTeams.computeIfAbsent(Keys.name(text),
                k -> new Team(nodeIds.nextKeepingNumber(IdAssigner.stem(text, "team")), text, null, null, null, 0, 0));
    }

    private boolean isNew(Team team) {
        return newTeamSet.computeIfAbsent(team, t -> newTeams.get(Keys.name(t.name())) == t);
    }

    private String region(String text) {
        String existing = target.region(text);
        if (existing != null) {
            return existing;
        }
        return newRegions.computeIfAbsent(Keys.name(text), k -> {
            Region region = new Region(regionIds.nextKeepingNumber(IdAssigner.stem(text, "region")), text);
            regionNames.put(region.id(), region.name());
            return region;
        }).id();
    }

    /** The region's name; {@code global} for the implicit region. */
    private String regionName(String id) {
        return regionNames.getOrDefault(id, id);
    }
}
