package org.modesign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.format.DesignReader;
import org.modesign.format.LoadResult;
import org.modesign.model.Design;
import org.modesign.model.Integrity;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;

class ImportCsvCommandTest {

    private static final String GOOD = """
            id,title,archetype,team,region,fte,sourcing,from,to,manager
            head,Head of marketing ops,leader,MOps,,1,in-house,,,cmo
            ,Marketing analyst,modeler,MOps,,0.5,contractor,,,head
            ,Campaign manager,marketer,Campaigns,EMEA,2,agency,,,CMO
            """;

    @TempDir
    Path dir;

    @Test
    void makesANewDesignWithTheRolesUnderTheCmo() throws IOException {
        Path csv = write("roles.csv", GOOD);
        Path out = dir.resolve("new.modesign");
        CliRun run = CliRun.of("import-csv", csv.toString(), "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        assertEquals("Imported 3 roles from " + csv + " into " + out + " (scenario s1): 2 new teams, 1 new region, "
                + "5 lines.\n", run.out());
        Design design = read(out);
        assertEquals("Roles from roles.csv", design.title());
        assertEquals("Today", design.phases().get(0).name(), "a new design is the organisation as it is today");
        assertEquals("As-is", design.scenarios().get(0).name());
        assertEquals(List.of(), Integrity.check(design));
        Scenario s1 = design.scenarios().get(0);
        assertEquals(List.of("ceo", "cmo", "mops", "campaigns", "head", "marketing-analyst", "campaign-manager"),
                s1.nodes().stream().map(Node::id).toList());
        assertTrue(s1.lines().contains(new Line("head", "cmo", LineStyle.SOLID)));
        assertTrue(s1.lines().contains(new Line("mops", "head", LineStyle.SOLID)), "the team reports to its head");
        assertEquals("EMEA", design.regions().get(0).name());
        Node ceo = s1.nodes().get(0);
        assertTrue(s1.nodes().stream().allMatch(n -> n == ceo || n.y() > ceo.y()), "the new chart is arranged");
    }

    @Test
    void anUnusableRowStopsTheImportWithEveryProblemOnItsLine() throws IOException {
        Path csv = write("roles.csv", GOOD + ",Wizard,wizard,,,,,,,\n,Boss,leader,,,,,,,Nobody\n");
        Path into = write("into.modesign", "");
        CliRun made = CliRun.of("import-csv", write("seed.csv", "title\nPlanner\n").toString(), "--out",
                into.toString());
        assertEquals(0, made.exit(), made.err());
        Path out = dir.resolve("new.modesign");
        CliRun run = CliRun.of("import-csv", csv.toString(), "--into", into.toString(), "--out", out.toString());
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertEquals(csv + ":5: unknown archetype \"wizard\"; use leader, maestro, modeler, maker or marketer\n"
                + csv + ":6: manager \"Nobody\" not found among the rows or the cards of the scenario\n"
                + "modesign import-csv: nothing written: 2 rows of " + csv
                + " cannot be used (fix them, or give --skip-bad-rows)\n", run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void skipBadRowsImportsTheRestAndListsWhatWasSkipped() throws IOException {
        Path csv = write("roles.csv", GOOD + ",Wizard,wizard,,,,,,,\n");
        Path out = dir.resolve("new.modesign");
        CliRun run = CliRun.of("import-csv", csv.toString(), "--out", out.toString(), "--skip-bad-rows",
                "--title", "Q3 plan");
        assertEquals(0, run.exit(), run.err());
        assertEquals(csv + ":5: unknown archetype \"wizard\"; use leader, maestro, modeler, maker or marketer"
                + " (skipped)\n", run.err());
        assertTrue(run.out().endsWith("; 1 row skipped.\n"), run.out());
        Design design = read(out);
        assertEquals("Q3 plan", design.title());
        assertEquals(3, design.scenarios().get(0).nodes().stream().filter(n -> n instanceof Role).count());
    }

    @Test
    void intoAScenarioOfAnExistingDesignInPlace() throws IOException {
        Path existing = CliFixtures.write(CliFixtures.twoScenarios(), dir, "plan.modesign");
        Design before = read(existing);
        Path csv = write("roles.csv", "title;manager;fte\nData engineer;Data analyst;0,5\n");
        CliRun run = CliRun.of("import-csv", csv.toString(), "--into", existing.toString(), "--scenario", "local",
                "--out", existing.toString());
        assertEquals(0, run.exit(), run.err());
        Design after = read(existing);
        assertEquals(before.scenarios().get(0), after.scenarios().get(0));
        Scenario local = after.scenario("local").orElseThrow();
        Scenario localBefore = before.scenario("local").orElseThrow();
        assertEquals(localBefore.nodes(), local.nodes().subList(0, localBefore.nodes().size()));
        Role engineer = (Role) local.nodes().get(local.nodes().size() - 1);
        assertEquals(0.5, engineer.fte());
        assertTrue(local.lines().contains(new Line(engineer.id(), "a1", LineStyle.SOLID)));
        assertEquals(before.title(), after.title());
    }

    @Test
    void wrongScenariosAndUnusableFilesExitTwo() throws IOException {
        Path csv = write("roles.csv", GOOD);
        Path out = dir.resolve("x.modesign");
        CliRun noInto = CliRun.of("import-csv", csv.toString(), "--scenario", "s1", "--out", out.toString());
        assertEquals(2, noInto.exit());
        assertTrue(noInto.err().contains("--scenario names a scenario of the --into design"), noInto.err());
        Path existing = CliFixtures.write(CliFixtures.twoScenarios(), dir, "plan.modesign");
        CliRun unknown = CliRun.of("import-csv", csv.toString(), "--into", existing.toString(), "--scenario", "nope",
                "--out", out.toString());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("no scenario \"nope\""), unknown.err());
        Path noTitle = write("people.csv", "name2,team\nAnn,Data\n");
        CliRun bad = CliRun.of("import-csv", noTitle.toString(), "--out", out.toString());
        assertEquals(2, bad.exit());
        assertEquals("modesign import-csv: cannot import " + noTitle + ": the header names no title column (such as "
                + "title, role, name, 职位 or 岗位); it has \"name2\", \"team\"\n", bad.err());
        Path headerOnly = write("empty.csv", "title,team\n");
        CliRun empty = CliRun.of("import-csv", headerOnly.toString(), "--out", out.toString());
        assertEquals(2, empty.exit());
        assertTrue(empty.err().contains("has no row that can be imported"), empty.err());
        CliRun missing = CliRun.of("import-csv", dir.resolve("none.csv").toString(), "--out", out.toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().endsWith("none.csv: the file does not exist\n"), missing.err());
        assertFalse(Files.exists(out));
        assertEquals("", bad.out() + empty.out() + missing.out() + unknown.out() + noInto.out());
    }

    @Test
    void aNewDesignGetsThePhasesTheFileNamesInTheOrderTheRowsImply() throws IOException {
        Path csv = write("roles.csv", "title,from,to\nAnalyst,,\nPlanner,m5,\nBuyer,Launch,m3\nTemp,m2,Launch\n"
                + "Intern,m3,m5\n");
        Path out = dir.resolve("x.modesign");
        CliRun run = CliRun.of("import-csv", csv.toString(), "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        Design design = read(out);
        assertEquals(List.of("p1", "m2", "Launch", "m3", "m5"), design.phases().stream().map(p -> p.id()).toList(),
                "Analyst starts before m2, the first phase a row starts in; m2 < Launch < m3 < m5 as the rows say");
        assertEquals("Today", design.phases().get(0).name());
        assertEquals(List.of(), Integrity.check(design));
        Path into = dir.resolve("x2.modesign");
        CliRun other = CliRun.of("import-csv", write("more.csv", "title,from\nPlanner,q9\n").toString(),
                "--into", out.toString(), "--out", into.toString());
        assertEquals(2, other.exit());
        assertTrue(other.err().contains(":2: unknown phase \"q9\" in column from; the design has p1, m2, Launch, m3, m5"),
                other.err());
    }

    @Test
    void aNewDesignGetsAnExecutiveForEachManagerOutsideTheFile() throws IOException {
        Path csv = write("roles.csv", "id,title,team,manager\nit-arch,IT architect,,cio\nhead,Head of ops,Ops,cmo\n"
                + "dev,Developer,,it-arch\nrep,Rep,,VP Sales\nops2,Analyst,,Ops\n");
        Path out = dir.resolve("x.modesign");
        CliRun run = CliRun.of("import-csv", csv.toString(), "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("; 2 executives for managers outside the file"), run.out());
        Scenario s1 = read(out).scenarios().get(0);
        assertTrue(s1.lines().contains(new Line("it-arch", "cio", LineStyle.SOLID)));
        assertTrue(s1.lines().contains(new Line("cio", "ceo", LineStyle.SOLID)));
        assertTrue(s1.lines().contains(new Line("rep", "vp-sales", LineStyle.SOLID)));
        assertEquals("CIO", s1.node("cio").orElseThrow().label());
        assertEquals("VP Sales", s1.node("vp-sales").orElseThrow().label(), "a manager that is no id gets one");
        assertEquals(2 + 2 + 1 + 5, s1.nodes().size(), "ceo, cmo, two executives, the team and five roles");
    }

    @Test
    void printMappingShowsEachColumnsFieldAndHowItWasFound() throws IOException {
        Path csv = write("workday.csv", """
                Worker,Business Title,Supervisory Organization,Boss,Favourite colour
                Ann Lee,Head of Marketing,Marketing,,blue
                Bob Stone,Data Analyst,Marketing,Ann Lee,red
                """);
        CliRun run = CliRun.of("import-csv", csv.toString(), "--print-mapping", "--map", "Favourite colour=-");
        assertEquals(0, run.exit(), run.err());
        assertEquals("Columns of workday.csv (2 rows):\n"
                + "  column                    field    found by\n"
                + "  Worker                    person   header\n"
                + "  Business Title            title    header\n"
                + "  Supervisory Organization  team     header\n"
                + "  Boss                      manager  values\n"
                + "  Favourite colour          -        --map\n"
                + "As --map: \"Worker=person,Business Title=title,Supervisory Organization=team,Boss=manager,"
                + "Favourite colour=-\"\n", run.out());
        assertEquals("", run.err());
    }

    @Test
    void mapChoosesTheFieldOfAColumn() throws IOException {
        Path csv = write("hr.csv", "Rolle,Gruppe\nData analyst,Insights\nPlanner,Insights\n");
        Path out = dir.resolve("new.modesign");
        CliRun without = CliRun.of("import-csv", csv.toString(), "--out", out.toString());
        assertEquals(2, without.exit());
        assertTrue(without.err().contains("the header names no title column"), without.err());
        CliRun run = CliRun.of("import-csv", csv.toString(), "--out", out.toString(), "--map",
                "Rolle=title,Gruppe=team");
        assertEquals(0, run.exit(), run.err());
        Scenario s1 = read(out).scenarios().get(0);
        Role analyst = (Role) s1.nodes().stream().filter(n -> n.label().equals("Data analyst")).findFirst()
                .orElseThrow();
        assertEquals("insights", analyst.team());
        CliRun unknownField = CliRun.of("import-csv", csv.toString(), "--out", out.toString(), "--map", "Rolle=job");
        assertEquals(2, unknownField.exit());
        assertTrue(unknownField.err().startsWith("modesign import-csv: --map: unknown field \"job\" for column "
                + "\"Rolle\"; use one of id, title,"), unknownField.err());
        CliRun unknownColumn = CliRun.of("import-csv", csv.toString(), "--print-mapping", "--map", "Role=title");
        assertEquals(2, unknownColumn.exit());
        assertEquals("modesign import-csv: --map: no column \"Role\" in the header; it has \"Rolle\", \"Gruppe\"\n",
                unknownColumn.err());
        CliRun noOut = CliRun.of("import-csv", csv.toString());
        assertEquals(2, noOut.exit());
        assertEquals("modesign import-csv: missing required option: '--out=FILE'\n", noOut.err());
    }

    @Test
    void reportsToByPersonAndTheTopRowsUnderAChosenExecutive() throws IOException {
        Path csv = write("people.csv", """
                First Name,Last Name,Job Title,Reports To
                Hannah,Weber,VP of Marketing,Jordan Blake
                Marcus,Lee,Marketing Operations Manager,Hannah Weber
                """);
        Path out = dir.resolve("new.modesign");
        CliRun run = CliRun.of("import-csv", csv.toString(), "--out", out.toString(), "--under", "ceo");
        assertEquals(0, run.exit(), run.err());
        Scenario s1 = read(out).scenarios().get(0);
        Role vp = (Role) s1.nodes().stream().filter(n -> n.label().equals("VP of Marketing")).findFirst().orElseThrow();
        Role ops = (Role) s1.nodes().stream().filter(n -> n.label().startsWith("Marketing Op")).findFirst()
                .orElseThrow();
        assertEquals("Hannah Weber", vp.person());
        assertTrue(s1.lines().contains(new Line(vp.id(), "ceo", LineStyle.SOLID)));
        assertTrue(s1.lines().contains(new Line(ops.id(), vp.id(), LineStyle.SOLID)));
        CliRun wrong = CliRun.of("import-csv", csv.toString(), "--out", out.toString(), "--under", "cfo");
        assertEquals(2, wrong.exit());
        assertEquals("modesign import-csv: no card \"cfo\" in scenario \"s1\" to hang the top rows under\n",
                wrong.err());
    }

    @Test
    void locationsGoToRegionsThroughTheTableAndItsOverrides() throws IOException {
        Path csv = write("people.csv", "Worker,Job Title,Office\nAnn Lee,Analyst,Munich\nBo Li,Planner,Shanghai\n"
                + "Cy Ng,Writer,Paris\n");
        Path table = write("regions.csv", "location,region\nShanghai,Greater China\n# a comment\n");
        Path out = dir.resolve("new.modesign");
        CliRun run = CliRun.of("import-csv", csv.toString(), "--out", out.toString(), "--location",
                "Munich=DACH,Europe=EMEA", "--locations", table.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of("DACH", "Greater China", "EMEA"),
                read(out).regions().stream().map(r -> r.name()).toList());
        CliRun bad = CliRun.of("import-csv", csv.toString(), "--out", out.toString(), "--location", "Munich");
        assertEquals(2, bad.exit());
        assertEquals("modesign import-csv: --location: \"Munich\" is not PLACE=REGION\n", bad.err());
    }

    @Test
    void isACommandWithHelp() {
        assertTrue(Cli.isCommand(new String[] {"import-csv", "roles.csv"}));
        assertTrue(CliRun.of("--help").out().contains("import-csv"));
        CliRun help = CliRun.of("import-csv", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("Usage: modesign import-csv"), help.out());
        assertTrue(help.out().contains("--skip-bad-rows"), help.out());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Design read(Path file) {
        LoadResult result = new DesignReader().read(file);
        assertTrue(result.ok(), () -> result.problems().toString());
        return result.design();
    }
}
