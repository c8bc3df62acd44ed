package org.modesign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

    @TempDir
    Path dir;

    @Test
    void comparesTwoScenariosOfOneFile() throws Exception {
        Path file = CliFixtures.write(CliFixtures.twoScenarios(), dir, "d.modesign");
        CliRun run = CliRun.of("compare", file + "#central", file + "#local", "--format", "json");
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals("central", root.get("a").get("id").asText());
        assertEquals("local", root.get("b").get("id").asText());
        assertEquals("Data analyst", root.get("onlyInB").get(0).asText());
        assertEquals(0, root.get("onlyInA").size());
        boolean fteDelta = false;
        for (JsonNode d : root.get("delta")) {
            if (d.get("phase").asText().equals("p2") && d.get("metric").asText().equals("fte")) {
                assertEquals(1.0, d.get("a").asDouble());
                assertEquals(2.0, d.get("b").asDouble());
                fteDelta = true;
            }
        }
        assertTrue(fteDelta, run.out());
        assertEquals(1, run.exit(), "central has an error finding");
    }

    @Test
    void sameFileWithoutScenariosComparesFirstAndSecond() throws Exception {
        Path file = CliFixtures.write(CliFixtures.twoScenarios(), dir, "d.modesign");
        CliRun run = CliRun.of("compare", file.toString(), file.toString());
        assertTrue(run.out().contains("A: Centralized CoE"), run.out());
        assertTrue(run.out().contains("B: Local expression"), run.out());
        assertTrue(run.out().contains("Roles only in B (1):"), run.out());
        assertTrue(run.out().contains("Data analyst"), run.out());
    }

    @Test
    void comparesAcrossTwoFiles() throws Exception {
        Path a = CliFixtures.write(CliFixtures.twoScenarios(), dir, "a.modesign");
        Path b = CliFixtures.write(CliFixtures.twoScenarios(), dir, "b.modesign");
        CliRun run = CliRun.of("compare", a + "#local", b + "#local", "--format", "json");
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals(0, root.get("delta").size(), "identical scenarios");
        assertEquals(0, run.exit());
    }

    @Test
    void unknownScenarioExitsTwo() throws Exception {
        Path file = CliFixtures.write(CliFixtures.twoScenarios(), dir, "d.modesign");
        CliRun run = CliRun.of("compare", file + "#central", file + "#nope");
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().contains("no scenario \"nope\""), run.err());
    }

    @Test
    void needsTwoArguments() {
        CliRun run = CliRun.of("compare", "a.modesign");
        assertEquals(2, run.exit());
        assertEquals("", run.out());
    }
}
