package org.modesign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportCommandTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"png", "svg", "pdf", "stack-png", "stack-svg", "stack-pdf", "roles-csv", "raci-csv",
        "findings-csv", "metrics-csv", "stack-csv", "hiring-csv", "hires-csv"})
    void everyFormatWritesItsFileAndSaysSo(String format) throws IOException {
        Path file = CliFixtures.write(CliFixtures.twoScenarios(), dir, "d.modesign");
        Path out = dir.resolve("out." + format);
        CliRun run = CliRun.of("export", file.toString(), "--format", format, "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("Wrote " + out + ": "), run.out());
        assertTrue(run.out().trim().endsWith("of Centralized CoE."), "the first scenario by default: " + run.out());
        assertTrue(Files.size(out) > 0);
    }

    @Test
    void pngAtTwiceTheScaleIsTwiceAsLarge() throws IOException {
        Path file = CliFixtures.write(CliFixtures.twoScenarios(), dir, "d.modesign");
        BufferedImage one = png(file, "1");
        BufferedImage two = png(file, "2");
        assertEquals(2 * one.getWidth(), two.getWidth(), 1);
        assertEquals(2 * one.getHeight(), two.getHeight(), 1);
    }

    @Test
    void pdfOnLetterPaperAtAPhase() throws IOException {
        Path file = CliFixtures.write(CliFixtures.twoScenarios(), dir, "d.modesign");
        Path out = dir.resolve("chart.pdf");
        CliRun run = CliRun.of("export", file.toString(), "--scenario", "local", "--phase", "p2", "--format", "pdf",
                "--paper", "letter", "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("the chart on 1 page of Local expression"), run.out());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertEquals(792, pdf.getPage(0).getMediaBox().getWidth(), 0.01);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Local expression \u00b7 Data"), text);
        }
    }

    @Test
    void theStackAsAPdfAtAPhaseSaysSo() throws IOException {
        Path file = CliFixtures.write(CliFixtures.twoScenarios(), dir, "d.modesign");
        Path out = dir.resolve("stack.pdf");
        CliRun run = CliRun.of("export", file.toString(), "--scenario", "local", "--phase", "p2", "--format",
                "stack-pdf", "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("the stack on 1 page of Local expression"), run.out());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Martech stack"), text);
        }
    }

    @Test
    void rolesCsvOfAScenarioStartsWithTheBomAndTheHeader() throws IOException {
        Path file = CliFixtures.write(CliFixtures.twoScenarios(), dir, "d.modesign");
        Path out = dir.resolve("roles.csv");
        CliRun run = CliRun.of("export", file.toString(), "--scenario", "local", "--format", "roles-csv", "--out",
                out.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("2 rows"), run.out());
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFid,title,archetype,team,region,fte,sourcing,from,to,manager\r\n"), text);
        assertTrue(text.contains("a1,Data analyst,modeler,,,1,in-house,,,cmo"), text);
    }

    @Test
    void unknownScenarioOrPhaseExitsTwoWithOneSentence() throws IOException {
        Path file = CliFixtures.write(CliFixtures.twoScenarios(), dir, "d.modesign");
        Path out = dir.resolve("x.svg");
        CliRun scenario = CliRun.of("export", file.toString(), "--scenario", "nope", "--format", "svg", "--out",
                out.toString());
        assertFailure(scenario, "no scenario \"nope\"");
        CliRun phase = CliRun.of("export", file.toString(), "--phase", "p9", "--format", "svg", "--out", out.toString());
        assertFailure(phase, "no phase \"p9\"");
        assertFalse(Files.exists(out));
    }

    @Test
    void badArgumentsExitTwo() throws IOException {
        Path file = CliFixtures.write(CliFixtures.twoScenarios(), dir, "d.modesign");
        String out = dir.resolve("x.png").toString();
        assertFailure(CliRun.of("export", file.toString(), "--format", "gif", "--out", out), "\"gif\"");
        assertFailure(CliRun.of("export", file.toString(), "--format", "png", "--scale", "3", "--out", out),
                "--scale must be 1 or 2");
        assertFailure(CliRun.of("export", file.toString(), "--format", "pdf", "--paper", "a3", "--out", out), "\"a3\"");
        assertFailure(CliRun.of("export", file.toString(), "--format", "png"), "--out");
    }

    @Test
    void unreadableFileOrUnwritableOutExitTwo() throws IOException {
        assertFailure(CliRun.of("export", dir.resolve("missing.modesign").toString(), "--format", "svg", "--out",
                dir.resolve("x.svg").toString()), "cannot read");
        Path file = CliFixtures.write(CliFixtures.twoScenarios(), dir, "d.modesign");
        CliRun run = CliRun.of("export", file.toString(), "--format", "svg", "--out",
                dir.resolve("no-such-folder").resolve("x.svg").toString());
        assertFailure(run, "could not save");
        assertEquals(1, run.err().lines().count(), run.err());
    }

    private BufferedImage png(Path file, String scale) throws IOException {
        Path out = dir.resolve("chart-" + scale + ".png");
        CliRun run = CliRun.of("export", file.toString(), "--format", "png", "--scale", scale, "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        return ImageIO.read(out.toFile());
    }

    private static void assertFailure(CliRun run, String expected) {
        assertEquals(2, run.exit(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().contains(expected), run.err());
    }
}
