package org.modesign.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.format.DesignReader;
import org.modesign.format.LoadResult;
import org.modesign.model.Design;
import org.modesign.model.NodeType;
import org.modesign.model.Region;

class GenerateCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesAValidDesignOfTheRequestedSize() {
        Path out = dir.resolve("g.modesign");
        CliRun run = CliRun.of("generate", "--roles", "500", "--regions", "5", "--phases", "6",
                "--capabilities", "40", "--scenarios", "2", "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        LoadResult result = new DesignReader().read(out);
        assertTrue(result.ok(), () -> result.problems().toString());
        Design d = result.design();
        assertEquals(5, d.regions().size());
        assertEquals(6, d.phases().size());
        assertEquals(40, d.capabilities().size());
        assertEquals(2, d.scenarios().size());
        long roles = d.scenarios().get(0).nodes().stream().filter(n -> n.type() == NodeType.ROLE).count();
        assertEquals(500, roles);
        assertFalse(d.regions().stream().anyMatch(r -> r.id().equals(Region.GLOBAL)));
    }

    @Test
    void toolsAndV2WriteAPlanThatReadsBack() throws Exception {
        Path out = dir.resolve("plan.modesign");
        CliRun run = CliRun.of("generate", "--roles", "300", "--regions", "2", "--tools", "12", "--v2",
                "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(java.nio.file.Files.readString(out).contains("\"version\": 2"));
        LoadResult result = new DesignReader().read(out);
        assertTrue(result.ok(), () -> result.problems().toString());
        assertEquals(12, result.design().tools().size());
        assertFalse(result.design().scenarios().get(0).stack().isEmpty());
        assertEquals(2, CliRun.of("generate", "--roles", "10", "--tools", "-1", "--out", out.toString()).exit());
    }

    @Test
    void isDeterministicForASeed() throws Exception {
        Path a = dir.resolve("a.modesign");
        Path b = dir.resolve("b.modesign");
        Path c = dir.resolve("c.modesign");
        assertEquals(0, CliRun.of("generate", "--roles", "300", "--seed", "7", "--out", a.toString()).exit());
        assertEquals(0, CliRun.of("generate", "--roles", "300", "--seed", "7", "--out", b.toString()).exit());
        assertEquals(0, CliRun.of("generate", "--roles", "300", "--seed", "8", "--out", c.toString()).exit());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(c)));
    }

    @Test
    void refusesImpossibleSizes() {
        CliRun run = CliRun.of("generate", "--roles", "0", "--out", dir.resolve("x.modesign").toString());
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().contains("--roles"), run.err());
        assertFalse(Files.exists(dir.resolve("x.modesign")));
        CliRun noOut = CliRun.of("generate", "--roles", "10");
        assertEquals(2, noOut.exit());
        assertTrue(noOut.err().contains("--out"), noOut.err());
    }

    @Test
    void unwritableTargetExitsTwo() {
        CliRun run = CliRun.of("generate", "--roles", "10", "--out", dir.resolve("no/such/dir/x.modesign").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("cannot write"), run.err());
    }
}
