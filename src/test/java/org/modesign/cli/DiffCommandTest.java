package org.modesign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.format.DesignReader;
import org.modesign.format.DesignWriter;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Role;

/** {@code modesign diff} and {@code modesign show}: text, JSON, Markdown, exit codes. */
class DiffCommandTest {

    private static final Path SAMPLE = Path.of("samples/mops-of-one.modesign");

    @TempDir
    Path dir;

    /** The sample with the analyst renamed and the demand manager moved. */
    private Path changed() throws IOException {
        Design d = new DesignReader().read(SAMPLE).design();
        List<Node> nodes = new ArrayList<>();
        for (Node n : d.scenarios().get(0).nodes()) {
            if (n.id().equals("analyst")) {
                n = ((Role) n).withTitle("Marketing analyst").withFte(1);
            } else if (n.id().equals("demand")) {
                n = n.withPosition(n.x() + 40, n.y());
            }
            nodes.add(n);
        }
        Path file = dir.resolve("b.modesign");
        new DesignWriter().save(d.withScenario(0, d.scenarios().get(0).withNodes(nodes)), file);
        return file;
    }

    @Test
    void textListsChangesByElementAndCountsMoves() throws IOException {
        CliRun run = CliRun.of("diff", SAMPLE.toString(), changed().toString());
        assertEquals(1, run.exit());
        assertEquals("", run.err());
        assertTrue(run.out().contains("Scenario one \"MOps of one\":\n  ~ role analyst \"Marketing analyst\": title "
                + "\"Freelance marketing analyst\" -> \"Marketing analyst\"; fte 0.5 -> 1\n  1 node moved (x/y only)\n"),
                run.out());
        assertTrue(run.out().endsWith("2 changes, 1 node moved.\n"), run.out());
    }

    @Test
    void jsonAndMarkdown() throws IOException {
        Path b = changed();
        String json = CliRun.of("diff", SAMPLE.toString(), b.toString(), "--format", "json").out();
        assertTrue(json.contains("\"change\": \"changed\",\n      \"path\": \"scenarios[0].nodes[5].title\",\n"
                + "      \"scenario\": \"one\",\n      \"kind\": \"role\",\n      \"id\": \"analyst\""), json);
        assertTrue(json.contains("\"moved\": {\n    \"one\": 1\n  }"), json);
        String md = CliRun.of("diff", SAMPLE.toString(), b.toString(), "--format", "markdown").out();
        assertTrue(md.contains("| changed | role analyst \"Marketing analyst\" | fte | 0.5 | 1 |"), md);
    }

    @Test
    void theSameDesignIsExitZeroAndABadFileTwo() throws IOException {
        CliRun same = CliRun.of("diff", SAMPLE.toString(), SAMPLE.toString());
        assertEquals(0, same.exit());
        assertTrue(same.out().startsWith("No changes from"), same.out());
        Path bad = dir.resolve("bad.modesign");
        Files.writeString(bad, "{ not json");
        CliRun broken = CliRun.of("diff", SAMPLE.toString(), bad.toString());
        assertEquals(2, broken.exit());
        assertEquals("", broken.out());
        assertTrue(broken.err().startsWith("modesign: cannot read " + bad), broken.err());
    }

    @Test
    void showPrintsOneLinePerFact() throws IOException {
        CliRun run = CliRun.of("show", SAMPLE.toString());
        assertEquals(0, run.exit());
        assertTrue(run.out().startsWith("format: modesign 2\ntitle: \"Brightpath Software: a MOps of one\"\n"), run.out());
        assertTrue(run.out().contains("\nscenario one / role analyst / title: \"Freelance marketing analyst\"\n"
                + "scenario one / role analyst / archetype: modeler\n"), run.out());
        assertTrue(run.out().contains("\nscenario one / line analyst -> mops / style: solid\n"), run.out());
        Path bad = dir.resolve("bad.modesign");
        Files.writeString(bad, "<<<<<<< HEAD\n");
        CliRun broken = CliRun.of("show", bad.toString());
        assertEquals(0, broken.exit());
        assertEquals("<<<<<<< HEAD\n", broken.out());
        assertTrue(broken.err().contains("is not a design that can be read"), broken.err());
        assertEquals(2, CliRun.of("show", dir.resolve("missing.modesign").toString()).exit());
    }
}
