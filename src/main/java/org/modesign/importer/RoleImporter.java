package org.modesign.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.modesign.edit.AddNodes;
import org.modesign.edit.AddScenario;
import org.modesign.edit.CompoundCommand;
import org.modesign.edit.EditCommand;
import org.modesign.edit.EditKey;
import org.modesign.edit.EditText;
import org.modesign.edit.FreshIds;
import org.modesign.importer.mapping.ColumnMapping;
import org.modesign.importer.mapping.Field;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Line;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Team;

/**
 * Imports roles from a CSV file as a spreadsheet or an HR system writes it: one role per row, with
 * columns found by their header in English, Chinese, German, French or Spanish, or by their values
 * ({@link ColumnMapping}; only a title column is required). {@link #preview} reads the file and works out everything without changing the design;
 * the preview's command then makes it one undoable step. The whole import is linear in rows plus
 * cards.
 */
public final class RoleImporter {

    private RoleImporter() {
    }

    /**
     * What importing {@code csv} into scenario {@code scenarioId} of {@code design} would do, taking
     * archetypes only from the file ({@link ImportOptions#PLAIN}).
     *
     * @throws UnusableCsv when the file cannot be used at all (its rows may still have problems
     *                     without this: they are in the preview)
     * @throws IllegalArgumentException when the design has no such scenario
     */
    public static ImportPreview preview(Path csv, Design design, String scenarioId) throws UnusableCsv {
        return preview(ImportFile.read(csv), design, scenarioId, ImportOptions.PLAIN);
    }

    /** As {@link #preview(Path, Design, String)}, from the bytes of a file called {@code source}. */
    public static ImportPreview preview(String source, byte[] csv, Design design, String scenarioId)
            throws UnusableCsv {
        return preview(ImportFile.of(source, csv), design, scenarioId, ImportOptions.PLAIN);
    }

    /**
     * What importing {@code file} into scenario {@code scenarioId} of {@code design} would do, with
     * {@code options}.
     *
     * @throws UnusableCsv when the file cannot be used at all
     * @throws IllegalArgumentException when the design has no such scenario, a choice of the options
     *                                  names a header the file does not have, or the card to hang
     *                                  rows under is not in the scenario
     */
    public static ImportPreview preview(ImportFile file, Design design, String scenarioId, ImportOptions options)
            throws UnusableCsv {
        ColumnMapping mapping = file.mapping(options);
        if (!mapping.headers().equals(file.header())) {
            throw new IllegalArgumentException("the mapping is for other headers than those of " + file.source());
        }
        CsvFile table = file.table();
        Scenario scenario = design.scenario(scenarioId)
                .orElseThrow(() -> new IllegalArgumentException("no scenario \"" + scenarioId + "\""));
        HeaderColumns header = HeaderColumns.of(mapping);
        ImportTarget target = new ImportTarget(design, scenario);
        Problems problems = new Problems();
        RowParser parser = new RowParser(header, target, problems, options.suggestArchetypes());
        List<Draft> drafts = new ArrayList<>(table.rows().size());
        for (CsvRow row : table.rows()) {
            drafts.add(parser.parse(row));
        }
        FreshIds ids = new IdAssigner(target, problems).assign(drafts);
        boolean people = PeopleParser.namesPeople(header);
        Roots roots = Roots.of(target, options.under(), people);
        Managers managers = new Managers(target, problems, people);
        managers.resolve(drafts);
        int rootCount = people || options.under() != null ? roots.hang(drafts) : 0;
        LocationRegions locations = new LocationRegions(target, options.locations());
        Assembly assembly = new Assembly(target, locations, ids);
        for (Draft draft : drafts) {
            if (!draft.rejected) {
                assembly.add(draft);
            }
        }
        List<ImportText> notes = new ImportNotes(header).file(table.encoding(), table.rows().isEmpty()).rows(parser)
                .managers(rootCount, roots.usedLabels(), managers.outside()).locations(locations.unknown()).list();
        return placed(file, table.rows().size(), scenario, assembly, problems, notes, mapping, locations.matches());
    }

    /**
     * What importing {@code file} as a new scenario named {@code name} of {@code design} would do: the
     * scenario starts with the executives of scenario {@code from} (and the lines among them), so
     * that the top rows hang under its CMO or CEO, and gets the imported roles below them.
     *
     * @throws UnusableCsv when the file cannot be used at all
     * @throws IllegalArgumentException as {@link #preview(ImportFile, Design, String, ImportOptions)}
     */
    public static ImportPreview previewAsNewScenario(ImportFile file, Design design, String from, String name,
            ImportOptions options) throws UnusableCsv {
        Scenario source = design.scenario(from)
                .orElseThrow(() -> new IllegalArgumentException("no scenario \"" + from + "\""));
        List<Node> executives = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node node : source.nodes()) {
            if (node instanceof Executive) {
                executives.add(node);
                ids.add(node.id());
            }
        }
        List<Line> lines = new ArrayList<>();
        for (Line line : source.lines()) {
            if (ids.contains(line.from()) && ids.contains(line.to())) {
                lines.add(line);
            }
        }
        AddScenario scenario = AddScenario.named(design, name, source.strategy());
        EditCommand setup = CompoundCommand.of(EditText.of(EditKey.ADD_SCENARIO), scenario,
                new AddNodes(scenario.id(), executives, lines, EditText.of(EditKey.ADD_SCENARIO)));
        ImportPreview preview = preview(file, setup.apply(design), scenario.id(), options);
        return new ImportPreview(preview.source(), preview.scenario(), preview.rowsRead(), preview.rows(),
                preview.problems(), preview.newTeams(), preview.newRegions(), preview.lines(), preview.notes(),
                preview.mapping(), preview.locations(), setup, preview.command());
    }

    /** The preview with the new cards placed below the scenario's chart. */
    private static ImportPreview placed(ImportFile file, int rowsRead, Scenario scenario, Assembly assembly,
            Problems problems, List<ImportText> notes, ColumnMapping mapping, List<LocationMatch> locations) {
        List<Node> cards = new ArrayList<>(assembly.newTeams());
        cards.addAll(assembly.roles());
        List<Line> lines = new ArrayList<>(assembly.roleLines());
        lines.addAll(TeamLines.of(assembly.newTeams(), assembly.roles(), assembly.roleLines()));
        List<Node> placed = ImportPlacement.place(scenario, cards, lines);
        int teamCount = assembly.newTeams().size();
        List<Team> teams = new ArrayList<>(teamCount);
        for (int i = 0; i < teamCount; i++) {
            teams.add((Team) placed.get(i));
        }
        List<PreviewRow> rows = new ArrayList<>(assembly.rows().size());
        for (int i = 0; i < assembly.rows().size(); i++) {
            rows.add(assembly.rows().get(i).withRole((Role) placed.get(teamCount + i)));
        }
        return new ImportPreview(file.source(), scenario.id(), rowsRead, rows, problems.byLine(), teams,
                assembly.newRegions(), lines, notes, mapping, locations, null,
                new ImportRoles(scenario.id(), assembly.newRegions(), placed, lines));
    }
}
