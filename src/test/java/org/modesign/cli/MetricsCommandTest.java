package org.modesign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsCommandTest {

    private static final String[] METRICS = {"phase", "fte", "fteByArchetype", "fteByRegion", "fteBySourcing",
        "fteByOffice", "roles", "teams", "layers", "spanMax", "spanMean", "requiredSlots", "staffedSlots",
        "coverage", "unstaffed", "overlaps", "centralShare", "duplicatedCapabilities"};

    @TempDir
    Path dir;

    @Test
    void jsonHasEveryMetricPerScenarioAndPhase() throws Exception {
        Path file = CliFixtures.write(CliFixtures.twoScenarios(), dir, "d.modesign");
        CliRun run = CliRun.of("metrics", file.toString(), "--format", "json");
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals(file.toString(), root.get("file").asText());
        JsonNode scenarios = root.get("scenarios");
        assertEquals(2, scenarios.size());
        JsonNode central = scenarios.get(0);
        assertEquals("central", central.get("id").asText());
        assertEquals("Centralized CoE", central.get("name").asText());
        assertEquals(2, central.get("phases").size());
        JsonNode p2 = central.get("phases").get(1);
        for (String m : METRICS) {
            assertTrue(p2.has(m), m);
        }
        assertEquals("p2", p2.get("phase").asText());
        assertEquals(1.0, p2.get("fte").asDouble());
        assertEquals(0.5, p2.get("coverage").asDouble());
        assertEquals(1, p2.get("unstaffed").asInt());
        assertEquals(1.0, p2.get("fteByOffice").get("cmo").asDouble());
        assertEquals(1, run.exit(), "central has an error finding");
    }

    @Test
    void textShowsAColumnPerPhase() throws Exception {
        Path file = CliFixtures.write(CliFixtures.twoScenarios(), dir, "d.modesign");
        CliRun run = CliRun.of("metrics", file.toString(), "--scenario", "local");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Local expression (local)"), run.out());
        assertTrue(run.out().contains("fteByArchetype.modeler"), run.out());
        assertTrue(run.out().matches("(?s).*metric\\s+p1\\s+p2.*"), run.out());
    }

    @Test
    void unreadableFileExitsTwo() {
        CliRun run = CliRun.of("metrics", dir.toString());
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().contains("cannot read"), run.err());
    }
}
