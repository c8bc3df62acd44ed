package org.modesign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.format.DesignReader;
import org.modesign.format.DesignWriter;
import org.modesign.format.LoadResult;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Role;

/** {@code modesign merge}: clean merges, conflicts on standard error, a result that always loads. */
class MergeCommandTest {

    static final Path SAMPLE = Path.of("samples/mops-of-one.modesign");

    @TempDir
    Path dir;

    /** The sample with role {@code id} changed, saved as {@code name}. */
    static Path withRole(Path dir, String name, String id, UnaryOperator<Role> change) throws IOException {
        Design d = new DesignReader().read(SAMPLE).design();
        List<Node> nodes = new ArrayList<>();
        for (Node n : d.scenarios().get(0).nodes()) {
            nodes.add(n.id().equals(id) ? change.apply((Role) n) : n);
        }
        Path file = dir.resolve(name);
        new DesignWriter().save(d.withScenario(0, d.scenarios().get(0).withNodes(nodes)), file);
        return file;
    }

    private static Role role(Path file, String id) {
        LoadResult result = new DesignReader().read(file);
        assertTrue(result.ok(), result.problems()::toString);
        return (Role) result.design().scenarios().get(0).node(id).orElseThrow();
    }

    @Test
    void changesToDifferentRolesMergeWithoutConflict() throws IOException {
        Path ours = withRole(dir, "ours.modesign", "analyst", r -> r.withTitle("Marketing analyst"));
        Path theirs = withRole(dir, "theirs.modesign", "crm", r -> r.withFte(2));
        CliRun run = CliRun.of("merge", SAMPLE.toString(), ours.toString(), theirs.toString(), "--out", ours.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        assertEquals("Merged " + theirs + " into " + ours + " without conflict: " + ours + ".\n", run.out());
        assertEquals("Marketing analyst", role(ours, "analyst").title());
        assertEquals(2, role(ours, "crm").fte());
    }

    @Test
    void aConflictKeepsOursAndIsListedWithPathAndBothValues() throws IOException {
        Path ours = withRole(dir, "ours.modesign", "analyst", r -> r.withTitle("Marketing analyst"));
        Path theirs = withRole(dir, "theirs.modesign", "analyst", r -> r.withTitle("Data analyst"));
        Path out = dir.resolve("merged.modesign");
        CliRun run = CliRun.of("merge", SAMPLE.toString(), ours.toString(), theirs.toString(), "--out", out.toString());
        assertEquals(1, run.exit());
        assertEquals("modesign: Conflict at scenarios[0].nodes[5].title (role \"analyst\" (\"Marketing analyst\") in "
                + "scenario \"one\"): ours \"Marketing analyst\", theirs \"Data analyst\"; kept ours.\n"
                + "modesign: 1 conflict merging " + theirs + " into " + ours + ", each resolved as its line says; "
                + out + " is a design that opens: look at the places above.\n", run.err());
        assertEquals("Marketing analyst", role(out, "analyst").title());
        assertTrue(!Files.readString(out).contains("<<<<<<<"));
    }

    @Test
    void withoutOutTheMergedDesignIsPrinted() throws IOException {
        Path theirs = withRole(dir, "theirs.modesign", "crm", r -> r.withFte(2));
        CliRun run = CliRun.of("merge", SAMPLE.toString(), SAMPLE.toString(), theirs.toString());
        assertEquals(0, run.exit());
        assertEquals(Files.readString(theirs), run.out());
    }

    @Test
    void anEmptyBaseIsAnEmptyDesignAndABadFileIsExitTwo() throws IOException {
        Path empty = dir.resolve("empty.modesign");
        Files.writeString(empty, "");
        CliRun same = CliRun.of("merge", empty.toString(), SAMPLE.toString(), SAMPLE.toString());
        assertEquals(0, same.exit(), same.err());
        Path bad = dir.resolve("bad.modesign");
        Files.writeString(bad, "{");
        Path ours = dir.resolve("ours.modesign");
        Files.copy(SAMPLE, ours);
        CliRun broken = CliRun.of("merge", SAMPLE.toString(), ours.toString(), bad.toString(), "--out", ours.toString());
        assertEquals(2, broken.exit());
        assertEquals(Files.readString(SAMPLE), Files.readString(ours));
    }
}
