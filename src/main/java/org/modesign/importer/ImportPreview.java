package org.modesign.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.modesign.edit.CompoundCommand;
import org.modesign.edit.EditCommand;
import org.modesign.importer.mapping.ColumnMapping;
import org.modesign.model.Archetype;
import org.modesign.model.Line;
import org.modesign.model.Node;
import org.modesign.model.Region;
import org.modesign.model.Role;
import org.modesign.model.Team;

/**
 * What importing a CSV file into a scenario would do, before anything changes: how each usable row
 * becomes a role (with its team, region and manager), the teams, regions and lines the import makes,
 * the rows that cannot be used and why, and notes on what was assumed. {@link #command()} applies it
 * all as one undoable step. Immutable.
 *
 * @param source    the file's name, for messages
 * @param scenario  the id of the scenario the roles go into
 * @param rowsRead  the rows below the header that are not blank
 * @param rows      one per usable row, in file order
 * @param problems  why rows cannot be used, by line (a row may have several)
 * @param newTeams  the teams the import makes, in order of first mention
 * @param newRegions the regions the import makes, in order of first mention
 * @param lines     every line the import makes: each role's to its manager, then each new team's
 * @param notes     what the import assumed (defaults, columns not used)
 * @param mapping   which column gave which field
 * @param locations each location the rows name, in order of first mention, with its region
 * @param setup     the edit that makes the scenario the roles go into (a new scenario), or null
 * @param command   the edit that makes it all
 */
public record ImportPreview(String source, String scenario, int rowsRead, List<PreviewRow> rows,
        List<RowProblem> problems, List<Team> newTeams, List<Region> newRegions, List<Line> lines,
        List<ImportText> notes, ColumnMapping mapping, List<LocationMatch> locations, EditCommand setup,
        ImportRoles command) {

    public ImportPreview {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(scenario, "scenario");
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        newTeams = List.copyOf(newTeams);
        newRegions = List.copyOf(newRegions);
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
        Objects.requireNonNull(mapping, "mapping");
        locations = List.copyOf(locations);
        Objects.requireNonNull(command, "command");
    }

    /** The whole import as one step: the new scenario first when there is one, then {@link #command()}. */
    public EditCommand edit() {
        return setup == null ? command : CompoundCommand.of(command.text(), setup, command);
    }

    /** Whether the roles go into a new scenario that the import makes. */
    public boolean intoNewScenario() {
        return setup != null;
    }

    /** Whether there is anything to import: at least one usable row. */
    public boolean usable() {
        return !rows.isEmpty();
    }

    /** How many rows have the archetype their title suggests, not yet reviewed. */
    public int suggested() {
        int n = 0;
        for (PreviewRow row : rows) {
            n += row.suggested() ? 1 : 0;
        }
        return n;
    }

    /**
     * The same import with the roles of these rows (by line) of these archetypes, as the user chose:
     * those rows are no longer suggestions. Lines that are not usable rows are ignored.
     */
    public ImportPreview withArchetypes(Map<Integer, Archetype> byLine) {
        Map<String, Role> changed = new HashMap<>();
        List<PreviewRow> newRows = new ArrayList<>(rows.size());
        for (PreviewRow row : rows) {
            Archetype archetype = byLine.get(row.line());
            PreviewRow newRow = archetype == null ? row : row.withArchetype(archetype);
            newRows.add(newRow);
            if (archetype != null) {
                changed.put(row.role().id(), newRow.role());
            }
        }
        List<Node> nodes = new ArrayList<>(command.nodes().size());
        for (Node node : command.nodes()) {
            Role role = node instanceof Role ? changed.get(node.id()) : null;
            nodes.add(role == null ? node : role);
        }
        return new ImportPreview(source, scenario, rowsRead, newRows, problems, newTeams, newRegions, lines, notes,
                mapping, locations, setup, new ImportRoles(command.scenario(), command.regions(), nodes, command.lines()));
    }

    /** The same import with every suggested archetype accepted as it is. */
    public ImportPreview acceptingSuggestions() {
        Map<Integer, Archetype> all = new HashMap<>();
        for (PreviewRow row : rows) {
            if (row.suggested()) {
                all.put(row.line(), row.role().archetype());
            }
        }
        return withArchetypes(all);
    }

    /** How many rows cannot be used (each counted once, whatever its number of problems). */
    public int rejectedRows() {
        Set<Integer> lines = new HashSet<>();
        for (RowProblem problem : problems) {
            lines.add(problem.line());
        }
        return lines.size();
    }
}
