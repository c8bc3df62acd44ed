package org.modesign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The findings CSV of a v2 plan: the not-ready findings first, and the columns tool and tools last. */
class PlanFindingsCsvTest {

    @TempDir
    Path dir;

    @Test
    void theFindingsCsvEndsWithToolAndToolsAndStartsWithTheFilesFindings() throws Exception {
        Path file = CliFixtures.write(CliFixtures.plan(), dir, "plan.modesign");
        Path out = dir.resolve("f.csv");
        CliRun run = CliRun.of("export", file.toString(), "--format", "findings-csv", "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> lines = List.of(Files.readString(out, StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r\n"));
        assertEquals("rule,severity,phase,capability,region,nodes,message,tool,tools", lines.get(0));
        assertEquals("not-ready,info,,,,,The company is not ready for a marketing operations function: it does not"
                + " want the revenue of marketing measured.,,", lines.get(1));
        assertEquals("duplicate-tools,warning,p2,campaigns,global,m1,\"Capability \"\"Run campaigns\"\" is served by 2"
                + " tools in phase \"\"Data\"\": \"\"HubSpot\"\" and \"\"Marketo\"\".\",,hub;mkto", lines.get(2));
        assertEquals("tool-without-owner,warning,p2,,global,,\"Tool \"\"HubSpot\"\" has no owner in phase"
                + " \"\"Data\"\".\",hub,", lines.get(3));
    }
}
