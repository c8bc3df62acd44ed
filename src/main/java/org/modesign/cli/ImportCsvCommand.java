package org.modesign.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.modesign.edit.EditRejected;
import org.modesign.edit.Position;
import org.modesign.edit.SetPositions;
import org.modesign.importer.ImportFile;
import org.modesign.importer.ImportOptions;
import org.modesign.importer.ImportPreview;
import org.modesign.importer.NewDesignSeed;
import org.modesign.importer.RoleImporter;
import org.modesign.importer.RowProblem;
import org.modesign.importer.UnusableCsv;
import org.modesign.importer.mapping.ColumnMapping;
import org.modesign.importer.mapping.MappingSpec;
import org.modesign.starter.NewDesigns;
import org.modesign.layout.Spacing;
import org.modesign.layout.TreeLayout;
import org.modesign.model.Design;
import org.modesign.model.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code modesign import-csv CSV --out FILE [--into FILE] [--scenario ID] [--title TITLE]
 * [--skip-bad-rows] [--map HEADER=FIELD,...] [--under CARD] [--location PLACE=REGION,...]
 * [--locations FILE] [--print-mapping]}: roles from a spreadsheet into a new design (standard catalogue, the phases
 * the file names or one, a
 * CEO and a CMO; the chart arranged) or into a scenario of an existing one (the new cards below its
 * chart). A row that cannot be used stops the import (exit 2, each problem on standard error as
 * {@code roles.csv:7: ...}, nothing written) unless {@code --skip-bad-rows} is given.
 */
@Command(name = "import-csv", mixinStandardHelpOptions = true,
        description = {"Imports roles from a CSV file (one role per row, columns named in the header in English "
                + "or Chinese: id, title, archetype, team, region, fte, sourcing, from, to, manager; only title "
                + "is required) into a new design or into a scenario of an existing one."})
final class ImportCsvCommand implements Callable<Integer> {

    private static final String NAME = "modesign import-csv: ";
    /** A new design holds the organisation as it is: its one phase is today, its scenario the as-is. */
    static final String AS_IS_PHASE = "Today";
    static final String AS_IS_SCENARIO = "As-is";

    @Spec
    CommandSpec spec;

    /** The executive cards a new design got for managers the file names but does not hold. */
    private int newExecutives;

    @Parameters(paramLabel = "CSV", description = "The CSV file (UTF-8, comma- or semicolon-separated).")
    Path csv;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the design (required unless "
            + "--print-mapping).")
    Path out;

    @Option(names = "--into", paramLabel = "FILE",
            description = "Import into this design (it may be the same file as --out); without it, into a new design.")
    Path into;

    @Option(names = "--scenario", paramLabel = "ID",
            description = "The scenario of the --into design to import into (default: its first).")
    String scenario;

    @Option(names = "--title", paramLabel = "TITLE", description = "The design's title (default for a new design: "
            + "\"Roles from CSV\", with the file's name).")
    String title;

    @Option(names = "--skip-bad-rows",
            description = "Import the usable rows and list the others on standard error, instead of stopping.")
    boolean skipBadRows;

    @Option(names = "--map", paramLabel = "HEADER=FIELD,...",
            description = {"Which field a column holds, where the header does not say or says otherwise, e.g. "
                + "\"Business Title=title,Supervisory Organization=team\"; FIELD - leaves a column out. Fields: "
                + "id, title, archetype, team, region, fte, sourcing, from, to, staffing, cost, manager, manager-id, "
                + "person, first-name, last-name, employee-id, location, fte-percent, hours, employment."})
    List<String> maps = new ArrayList<>();

    @Option(names = "--under", paramLabel = "CARD",
            description = {"The card (id or title) that rows reporting to no one in the file hang under, or "
                + "\"none\". Default for a file that names people: the CMO, else the CEO."})
    String under;

    @Option(names = "--location", paramLabel = "PLACE=REGION,...",
            description = {"Where a location of the file goes, over the default table (countries and major cities "
                + "to their continents), e.g. \"Munich=DACH,Zurich=DACH\"; a continent sends all its countries: "
                + "\"Europe=EMEA,Africa=EMEA\"."})
    List<String> locationMaps = new ArrayList<>();

    @Option(names = "--locations", paramLabel = "FILE",
            description = "A CSV file of PLACE,REGION lines, read like --location.")
    Path locationFile;

    @Option(names = "--print-mapping",
            description = "Print which field each column gives (and how that was found) and exit, importing nothing.")
    boolean printMapping;

    @Override
    public Integer call() {
        if (scenario != null && into == null) {
            throw new CliFailure(NAME + "--scenario names a scenario of the --into design; without --into the "
                    + "roles go into a new design");
        }
        ImportFile file = read();
        ImportOptions options = options();
        if (printMapping) {
            spec.commandLine().getOut().print(MappingReport.text(file, mapping(file, options)));
            return Cli.OK;
        }
        if (out == null) {
            throw new CliFailure(NAME + "missing required option: '--out=FILE'");
        }
        Design design = into == null ? seeded(file, options) : DesignFiles.load(into);
        String target = scenario == null ? design.scenarios().get(0).id()
                : DesignFiles.scenario(design, scenario, into).id();
        ImportPreview preview = preview(file, design, target, options);
        List<String> problems = new ArrayList<>();
        for (RowProblem problem : preview.problems()) {
            problems.add(csv + ":" + problem.line() + ": " + problem.text().english());
        }
        if (!problems.isEmpty() && !skipBadRows) {
            problems.add(NAME + "nothing written: " + rows(preview.rejectedRows()) + " of " + csv
                    + " cannot be used (fix " + (preview.rejectedRows() == 1 ? "it" : "them")
                    + ", or give --skip-bad-rows)");
            throw new CliFailure(problems);
        }
        if (!preview.usable()) {
            throw new CliFailure(NAME + "nothing written: " + csv + " has no row that can be imported");
        }
        Design after = apply(design, preview);
        save(after);
        PrintWriter err = spec.commandLine().getErr();
        problems.forEach(p -> err.println(p + " (skipped)"));
        spec.commandLine().getOut().println(summary(preview, newExecutives));
        return Cli.OK;
    }

    private String newTitle() {
        return title != null ? title : "Roles from " + csv.getFileName();
    }

    private ImportFile read() {
        try {
            return ImportFile.read(csv);
        } catch (UnusableCsv e) {
            throw new CliFailure(NAME + "cannot import " + csv + ": " + e.getMessage());
        }
    }

    /** A new design with the phases and the executives the file names (NewDesignSeed). */
    private Design seeded(ImportFile file, ImportOptions options) {
        Design blank = NewDesigns.standard(newTitle(), AS_IS_PHASE, AS_IS_SCENARIO);
        mapping(file, options);
        try {
            Design seeded = NewDesignSeed.of(file, options, blank);
            newExecutives = seeded.scenarios().get(0).nodes().size() - blank.scenarios().get(0).nodes().size();
            return seeded;
        } catch (UnusableCsv e) {
            throw new CliFailure(NAME + "cannot import " + csv + ": " + e.getMessage());
        }
    }

    private ImportOptions options() {
        List<ColumnMapping.Choice> choices = new ArrayList<>();
        try {
            for (String map : maps) {
                choices.addAll(MappingSpec.parse(map));
            }
        } catch (IllegalArgumentException e) {
            throw new CliFailure(NAME + "--map: " + e.getMessage());
        }
        String card = under == null ? null : under.equalsIgnoreCase("none") ? ImportOptions.NOBODY : under;
        return ImportOptions.STANDARD.withChoices(choices).withUnder(card)
                .withLocations(LocationOptions.table(locationMaps, locationFile));
    }

    private ColumnMapping mapping(ImportFile file, ImportOptions options) {
        try {
            return file.mapping(options);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(NAME + "--map: " + e.getMessage());
        }
    }

    private ImportPreview preview(ImportFile file, Design design, String target, ImportOptions options) {
        mapping(file, options);
        try {
            return RoleImporter.preview(file, design, target, options);
        } catch (UnusableCsv e) {
            throw new CliFailure(NAME + "cannot import " + csv + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new CliFailure(NAME + e.getMessage());
        }
    }

    /** The design after the import; a new design's chart arranged as a whole; the title when given. */
    private Design apply(Design design, ImportPreview preview) {
        try {
            Design after = preview.command().apply(design);
            if (into == null) {
                Scenario scenario = after.scenarios().get(0);
                after = SetPositions.arrange(scenario.id(), new TreeLayout(Spacing.CARDS, true).layout(scenario)
                        .positions(Position::new)).apply(after);
            }
            return title != null ? after.withTitle(title) : after;
        } catch (EditRejected e) {
            throw new CliFailure(NAME + "nothing written: " + e.getMessage());
        }
    }

    private void save(Design design) {
        DesignOutput.save(NAME, design, out);
    }

    private String summary(ImportPreview preview, int executives) {
        StringBuilder sb = new StringBuilder("Imported ").append(count(preview.rows().size(), "role"))
                .append(" from ").append(csv).append(" into ").append(out)
                .append(" (scenario ").append(preview.scenario()).append("): ")
                .append(count(preview.newTeams().size(), "new team")).append(", ")
                .append(count(preview.newRegions().size(), "new region")).append(", ")
                .append(count(preview.lines().size(), "line"));
        if (preview.suggested() > 0) {
            sb.append("; ").append(count(preview.suggested(), "archetype")).append(" suggested from job titles");
        }
        if (executives > 0) {
            sb.append("; ").append(count(executives, "executive")).append(" for managers outside the file");
        }
        if (preview.rejectedRows() > 0) {
            sb.append("; ").append(rows(preview.rejectedRows())).append(" skipped");
        }
        return sb.append('.').toString();
    }

    private static String rows(int n) {
        return count(n, "row");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
