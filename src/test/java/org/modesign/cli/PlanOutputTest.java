package org.modesign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate, metrics and compare on a v2 plan: the new rules, fields and metrics (format-v2.md §4, §5, §7). */
class PlanOutputTest {

    @TempDir
    Path dir;

    private static JsonNode json(CliRun run) throws Exception {
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void validateListsNotReadyFirstAndEveryFindingWithToolAndTools() throws Exception {
        Path file = CliFixtures.write(CliFixtures.plan(), dir, "plan.modesign");
        CliRun run = CliRun.of("validate", file.toString(), "--format", "json");
        assertEquals(1, run.exit(), run.err());
        JsonNode findings = json(run).get("findings");
        JsonNode first = findings.get(0);
        assertEquals("not-ready", first.get("rule").asText());
        assertTrue(first.get("scenario").isNull());
        assertTrue(first.get("tool").isNull());
        assertEquals(0, first.get("tools").size());
        List<String> rules = new ArrayList<>();
        for (JsonNode f : findings) {
            List<String> keys = new ArrayList<>();
            f.fieldNames().forEachRemaining(keys::add);
            assertEquals(List.of("rule", "severity", "scenario", "phase", "capability", "region", "nodes", "message",
                    "tool", "tools"), keys);
            rules.add(f.get("scenario").asText() + " " + f.get("phase").asText() + " " + f.get("rule").asText()
                    + " " + f.get("tool").asText() + " " + f.get("tools"));
        }
        assertTrue(rules.contains("central p2 duplicate-tools null [\"hub\",\"mkto\"]"), rules.toString());
        assertTrue(rules.contains("central p2 tool-without-owner hub []"), rules.toString());
        assertTrue(rules.contains("central p2 unsupported-capability null []"), rules.toString());
        assertTrue(rules.contains("local p2 depends-on-vacancy null []"), rules.toString());
    }

    @Test
    void validateTextSaysCharterForFindingsOfTheWholeFileAlsoForOneScenario() throws Exception {
        Path file = CliFixtures.write(CliFixtures.plan(), dir, "plan.modesign");
        CliRun run = CliRun.of("validate", file.toString(), "--scenario", "local", "--phase", "p2");
        String[] lines = run.out().split("\n");
        assertTrue(lines[1].startsWith("info     not-ready                   charter   "), run.out());
        assertTrue(lines[1].endsWith("The company is not ready for a marketing operations function: it does not want"
                + " the revenue of marketing measured."), lines[1]);
        assertEquals(0, run.exit(), run.out());
    }

    @Test
    void metricsCarryTheV2MetricsInJsonAndASecondTextTable() throws Exception {
        Path file = CliFixtures.write(CliFixtures.plan(), dir, "plan.modesign");
        JsonNode p2 = json(CliRun.of("metrics", file.toString(), "--format", "json")).get("scenarios").get(0)
                .get("phases").get(1);
        assertEquals(2, p2.get("tools").asInt());
        assertEquals(150, p2.get("toolCost").asInt());
        assertEquals(2, p2.get("toolsByCategory").get("advertising").asInt());
        assertEquals(0, p2.get("toolsByCategory").get("management").asInt());
        assertEquals(500, p2.get("peopleCost").asInt());
        assertEquals(0.2308, p2.get("martechShare").asDouble());
        assertEquals(1, p2.get("unsupported").asInt());
        assertEquals(1, p2.get("unownedTools").asInt());
        assertEquals(1, p2.get("duplicateTools").asInt());
        String text = CliRun.of("metrics", file.toString(), "--scenario", "local").out();
        List<String> rows = List.of(text.split("\n"));
        int v2 = rows.indexOf("  duplicatedCapabilities      0    0") + 2;
        assertEquals("", rows.get(v2 - 1), text);
        assertEquals(List.of("metric", "p1", "p2"), List.of(rows.get(v2).trim().split(" +")));
        assertTrue(rows.contains("  openFte                         0.5     0.5"), text);
        assertTrue(rows.contains("  hires                             1       0"), text);
        assertTrue(rows.contains("  martechShare                 0.2188  0.2188"), text);
    }

    @Test
    void compareShowsTheV2MetricsThatDiffer() throws Exception {
        Path file = CliFixtures.write(CliFixtures.plan(), dir, "plan.modesign");
        CliRun run = CliRun.of("compare", file + "#central", file + "#local");
        assertTrue(run.out().contains("  p2  toolCost                        150     140      -10\n"), run.out());
        assertTrue(run.out().contains("  p1  openFte                           0     0.5     +0.5\n"), run.out());
        JsonNode delta = json(CliRun.of("compare", file + "#central", file + "#local", "--format", "json"))
                .get("delta");
        List<String> metrics = new ArrayList<>();
        delta.forEach(d -> metrics.add(d.get("phase").asText() + " " + d.get("metric").asText()));
        assertTrue(metrics.contains("p2 toolsByCategory.data"), metrics.toString());
        assertTrue(metrics.contains("p1 hires"), metrics.toString());
        assertTrue(!metrics.contains("p1 peopleCost"), "equal values are no delta: " + metrics);
    }
}
