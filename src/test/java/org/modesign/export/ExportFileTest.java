package org.modesign.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.model.Design;
import org.modesign.model.Phase;

/** Exports are written atomically: all of the file or none, and a failure never touches what was there. */
class ExportFileTest {

    private final Design design = ExportFixtures.small();

    @TempDir
    Path dir;

    @Test
    void writesTheWholeFile() throws IOException {
        Path out = dir.resolve("chart.svg");
        ExportRequest request = ExportRequest.of(ExportFormat.SVG, design, design.scenarios().get(0));
        ExportResult result = new Exporter().export(request, out);
        assertArrayEquals(new Exporter().render(request, ExportProgress.NONE).bytes(), Files.readAllBytes(out));
        assertEquals(1, result.pages());
        assertEquals(List.of(out), files());
    }

    @Test
    void aFailedExportLeavesTheOldFileAsItWas() throws IOException {
        Path out = Files.writeString(dir.resolve("chart.pdf"), "old");
        ExportRequest wrong = ExportRequest.of(ExportFormat.PDF, design, design.scenarios().get(0))
                .atPhase(new Phase("nope", "Not in the design", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Exporter().export(wrong, out));
        assertEquals("old", Files.readString(out));
        assertEquals(List.of(out), files(), "no temporary file is left");
    }

    @Test
    void anUnwritableTargetFailsWithAReasonAndLeavesNothing() throws IOException {
        Path blocker = Files.writeString(dir.resolve("file"), "x");
        IOException e = assertThrows(IOException.class, () -> new Exporter()
                .export(ExportRequest.of(ExportFormat.ROLES_CSV, design, design.scenarios().get(0)),
                        blocker.resolve("roles.csv")));
        assertTrue(e.getMessage().startsWith("could not save"), e.getMessage());
        assertEquals(List.of(blocker), files());
    }

    @Test
    void aSelectionSaysHowManyCardsItShows() throws Exception {
        ExportRequest request = ExportRequest.of(ExportFormat.SVG, design, design.scenarios().get(0))
                .onlyNodes(Set.of("m1", "x1", "gone"));
        List<String> texts = ChartExportTest.svgTexts(new Exporter().render(request, ExportProgress.NONE).bytes());
        assertTrue(texts.contains("Hub \u00b7 All phases \u00b7 2 selected cards"), texts.toString());
        assertTrue(!texts.contains("Analyst"), "only the selection is drawn");
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.toList();
        }
    }
}
