package org.modesign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.format.DesignWriter;
import org.modesign.plan.PlanFixtures;

/** {@code modesign plan}: the JSON of format-v2.md §6, a text page, a Markdown document, exit codes. */
class PlanCommandTest {

    @TempDir
    Path dir;

    private Path file() throws IOException {
        Path file = dir.resolve("plan.modesign");
        new DesignWriter().save(PlanFixtures.design(), file);
        return file;
    }

    @Test
    void jsonHasTheShapeOfTheContract() throws IOException {
        CliRun run = CliRun.of("plan", file().toString(), "--format", "json");
        assertEquals("", run.err());
        String out = run.out();
        assertTrue(out.startsWith("{\n  \"file\": "), out);
        String[] keys = {"\"id\": \"s\"", "\"name\": \"Central\"", "\"phases\"", "\"phase\": \"p1\"",
            "\"goal\": \"Stop the bleeding\"", "\"objectives\"", "\"rolesAdded\"", "\"rolesEnded\"", "\"fteChanged\"",
            "\"hires\"", "\"accountableChanged\"", "\"toolsAdded\"", "\"toolsRetired\"", "\"findingsNew\"",
            "\"findingsResolved\""};
        int at = 0;
        for (String key : keys) {
            int next = out.indexOf(key, at);
            assertTrue(next > at, key + " after position " + at);
            at = next;
        }
        assertTrue(out.contains("\"role\": \"analyst\",\n              \"from\": 1,\n              \"to\": 0.5"), out);
        assertTrue(out.contains("\"capability\": \"campaigns\",\n              \"region\": \"emea\""), out);
    }

    @Test
    void textNamesRolesByTitle() throws IOException {
        CliRun run = CliRun.of("plan", file().toString());
        assertTrue(run.out().contains("  Phase p2 \"Consolidate\"\n    roles added (1): \"EMEA campaign specialist\" (spec)"),
                run.out());
        assertTrue(run.out().contains("    FTE changed (1): \"Analyst\" (analyst) 1 -> 0.5"), run.out());
        assertTrue(run.out().contains("    tools retired (1): mailer@emea"), run.out());
    }

    @Test
    void markdownIsADocumentWithHeadingsPerPhaseAndTables() throws IOException {
        String md = CliRun.of("plan", file().toString(), "--format", "markdown").out();
        assertTrue(md.startsWith("# Acme: transition plan\n"), md);
        assertTrue(md.contains("\n## Central\n"), md);
        assertTrue(md.contains("\n### Consolidate\n\n**Hires:** 1 role, 1 FTE, 0 a year\n"), md);
        assertTrue(md.contains("| Role | Team | Region | Staffing | FTE | Yearly cost |\n|---|---|---|---|---|---|\n"
                + "| EMEA campaign specialist |  | EMEA | planned | 1 | 0 |"), md);
        assertTrue(md.contains("| Mailchimp | advertising | EMEA | retired | 0 |"), md);
        assertTrue(md.contains("| Run campaigns | EMEA | Campaign lead | EMEA campaign specialist |"), md);
    }

    @Test
    void exitCodesAsForValidate() throws IOException {
        Path file = file();
        int expected = org.modesign.analysis.Validator.validate(PlanFixtures.design()).stream()
                .anyMatch(f -> f.severity() == org.modesign.analysis.Severity.ERROR) ? Cli.FINDINGS : Cli.OK;
        assertEquals(expected, CliRun.of("plan", file.toString()).exit());
        CliRun unknown = CliRun.of("plan", file.toString(), "--scenario", "nope");
        assertEquals(2, unknown.exit());
        assertEquals("", unknown.out());
        assertTrue(unknown.err().contains("no scenario \"nope\""), unknown.err());
        assertEquals(2, CliRun.of("plan", dir.resolve("missing.modesign").toString()).exit());
        assertEquals(2, CliRun.of("plan", file.toString(), "--format", "html").exit());
    }
}
