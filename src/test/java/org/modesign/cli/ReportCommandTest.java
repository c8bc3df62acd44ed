package org.modesign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code modesign report}: the file it writes, its default name, and clear refusals with exit code 2. */
class ReportCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesAPdfNamedByOut() throws IOException {
        Path file = CliFixtures.write(CliFixtures.twoScenarios(), dir, "d.modesign");
        Path out = dir.resolve("plan.pdf");
        CliRun run = CliRun.of("report", file.toString(), "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertEquals("Wrote " + out + ": the plan report, " + pdf.getNumberOfPages() + " pages.", run.out().trim());
        }
    }

    @Test
    void theFormatFollowsTheNameOrTheOption() throws IOException {
        Path file = CliFixtures.write(CliFixtures.twoScenarios(), dir, "d.modesign");
        CliRun html = CliRun.of("report", file.toString(), "--out", dir.resolve("plan.html").toString());
        assertEquals(0, html.exit(), html.err());
        assertTrue(Files.readString(dir.resolve("plan.html"), StandardCharsets.UTF_8).startsWith("<!DOCTYPE html>"));
        CliRun byDefault = CliRun.of("report", file.toString(), "--format", "html");
        assertEquals(0, byDefault.exit(), byDefault.err());
        assertTrue(Files.exists(dir.resolve("d.html")), "beside the design, named for it");
        CliRun pdf = CliRun.of("report", file.toString());
        assertEquals(0, pdf.exit(), pdf.err());
        assertTrue(Files.readString(dir.resolve("d.pdf"), StandardCharsets.ISO_8859_1).startsWith("%PDF"));
    }

    @Test
    void aScenarioCanBeChosen() throws IOException {
        Path file = CliFixtures.write(CliFixtures.twoScenarios(), dir, "d.modesign");
        Path out = dir.resolve("local.html");
        CliRun run = CliRun.of("report", file.toString(), "--scenario", "local", "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(html.contains("Scenario: Local expression") && !html.contains("Scenario: Centralized CoE"));
    }

    @Test
    void badArgumentsAreRefusedClearly() throws IOException {
        Path file = CliFixtures.write(CliFixtures.twoScenarios(), dir, "d.modesign");
        assertRefused(CliRun.of("report", dir.resolve("missing.modesign").toString()), "does not exist");
        assertRefused(CliRun.of("report", file.toString(), "--format", "docx"), "expected pdf | html, not \"docx\"");
        assertRefused(CliRun.of("report", file.toString(), "--format", "html", "--out",
                dir.resolve("x.pdf").toString()), "--format html does not match --out");
        assertRefused(CliRun.of("report", file.toString(), "--scenario", "nope"), "no scenario \"nope\"");
        assertRefused(CliRun.of("report", file.toString(), "--language", "fr"), "expected en, zh-CN or zh-TW");
        assertRefused(CliRun.of("report", file.toString(), "--out", dir.resolve("no/such/folder/r.pdf").toString()),
                "cannot write");
        assertFalse(Files.exists(dir.resolve("x.pdf")));
    }

    private static void assertRefused(CliRun run, String says) {
        assertEquals(2, run.exit(), run.out() + run.err());
        assertEquals("", run.out());
        assertTrue(run.err().contains(says), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }
}
