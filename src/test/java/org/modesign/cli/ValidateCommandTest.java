package org.modesign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void reportsTheUnstaffedCapabilityAndExitsOne() throws Exception {
        Path file = CliFixtures.write(CliFixtures.twoScenarios(), dir, "d.modesign");
        CliRun run = CliRun.of("validate", file.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.out().contains("unstaffed-capability"), run.out());
        assertTrue(run.out().contains("central/p2"), run.out());
        assertTrue(run.out().contains("Monitor data quality"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void jsonOutputHasTheShapeOfTheContract() throws Exception {
        Path file = CliFixtures.write(CliFixtures.twoScenarios(), dir, "d.modesign");
        CliRun run = CliRun.of("validate", file.toString(), "--format", "json");
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals(file.toString(), root.get("file").asText());
        JsonNode first = root.get("findings").get(0);
        for (String key : new String[] {"rule", "severity", "scenario", "phase", "capability", "region", "nodes",
            "message"}) {
            assertTrue(first.has(key), key);
        }
        int errors = root.get("counts").get("error").asInt();
        assertTrue(errors >= 1);
        assertTrue(root.get("counts").has("warning") && root.get("counts").has("info"));
        assertEquals(1, run.exit());
    }

    @Test
    void aCleanScenarioExitsZero() throws Exception {
        Path file = CliFixtures.write(CliFixtures.twoScenarios(), dir, "d.modesign");
        CliRun run = CliRun.of("validate", file.toString(), "--scenario", "local", "--format", "json");
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals(0, root.get("counts").get("error").asInt(), run.out());
        assertEquals(0, run.exit());
    }

    @Test
    void phaseFilterKeepsOnlyThatPhase() throws Exception {
        Path file = CliFixtures.write(CliFixtures.twoScenarios(), dir, "d.modesign");
        CliRun run = CliRun.of("validate", file.toString(), "--phase", "p1", "--format", "json");
        JsonNode findings = new ObjectMapper().readTree(run.out()).get("findings");
        for (JsonNode f : findings) {
            assertTrue(f.get("phase").isNull() || f.get("phase").asText().equals("p1"), f.toString());
        }
        assertEquals(0, run.exit(), "the only error is in p2");
    }

    @Test
    void unknownScenarioOrPhaseIsAnArgumentError() throws Exception {
        Path file = CliFixtures.write(CliFixtures.twoScenarios(), dir, "d.modesign");
        CliRun scenario = CliRun.of("validate", file.toString(), "--scenario", "nope");
        assertEquals(2, scenario.exit());
        assertEquals("", scenario.out());
        assertTrue(scenario.err().contains("no scenario \"nope\""), scenario.err());
        CliRun phase = CliRun.of("validate", file.toString(), "--phase", "p9");
        assertEquals(2, phase.exit());
        assertEquals("", phase.out());
        assertTrue(phase.err().contains("no phase \"p9\""), phase.err());
    }

    @Test
    void missingFileExitsTwoWithNothingOnStdout() {
        CliRun run = CliRun.of("validate", dir.resolve("missing.modesign").toString());
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().contains("cannot read"), run.err());
    }

    @Test
    void brokenFileListsEveryProblemWithItsPath() throws Exception {
        Path file = dir.resolve("bad.modesign");
        String text = Files.readString(CliFixtures.write(CliFixtures.twoScenarios(), dir, "ok.modesign"))
                .replace("\"to\": \"cmo\"", "\"to\": \"cmo2\"")
                .replace("\"archetype\": \"modeler\"", "\"archetype\": \"wizard\"");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);
        CliRun run = CliRun.of("validate", file.toString());
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().contains("scenarios[0].lines[1].to"), run.err());
        assertTrue(run.err().contains("\"cmo2\""), run.err());
        assertTrue(run.err().contains("wizard"), run.err());
        assertTrue(!run.err().contains("Exception"), "no stack trace: " + run.err());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(file), "file untouched");
    }

    @Test
    void wrongArgumentsExitTwo() {
        CliRun format = CliRun.of("validate", "x.modesign", "--format", "xml");
        assertEquals(2, format.exit());
        assertEquals("", format.out());
        assertTrue(format.err().contains("--format"), format.err());
        CliRun missing = CliRun.of("validate");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("FILE"), missing.err());
        CliRun unknown = CliRun.of("validate", "x.modesign", "--bogus");
        assertEquals(2, unknown.exit());
        assertEquals("", unknown.out());
    }
}
