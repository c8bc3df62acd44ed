package org.modesign.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.analysis.CapabilityPlacement.Held;
import org.modesign.analysis.SideBySide;
import org.modesign.cli.CliFixtures;
import org.modesign.model.Design;

class ComparisonCsvTest {

    @TempDir
    Path dir;

    private static SideBySide comparison() {
        Design d = CliFixtures.twoScenarios();
        return SideBySide.of(d, d.scenarios().get(0), d, d.scenarios().get(1));
    }

    private static List<List<String>> rows(String csv) throws IOException {
        return CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords().stream()
                .map(CSVRecord::toList).toList();
    }

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    @Test
    void everyValueIsARowWithBothSidesAndTheDifference() throws IOException {
        List<List<String>> rows = rows(ComparisonCsv.text(comparison()));
        assertEquals(row("section", "phase", "item", "a", "b", "difference"), rows.get(0));
        assertEquals(row("design", "", "title", "Test design", "Test design", ""), rows.get(1));
        assertEquals(row("scenario", "", "name", "Centralized CoE", "Local expression", ""), rows.get(3));
        assertEquals(row("scenario", "", "strategy", "centralized", "local-expression", ""), rows.get(4));
        assertEquals(row("phase", "p1", "name", "Foundation", "Foundation", ""), rows.get(5));
        assertTrue(rows.contains(row("metric", "p2", "fte", "1", "2", "1")));
        assertTrue(rows.contains(row("metric", "p2", "fteByArchetype.modeler", "0", "1", "1")));
        assertTrue(rows.contains(row("metric", "p2", "fteByOffice.cmo", "1", "2", "1")));
        assertTrue(rows.contains(row("metric", "p2", "coverage", "0.5", "1", "0.5")));
        assertTrue(rows.contains(row("metric", "p1", "roles", "1", "2", "1")));
        assertTrue(rows.contains(row("findings", "p2", "errors", "1", "0", "-1")));
        assertTrue(rows.contains(row("placement", "p2", "platform.data", "not held", "central", "changed")));
        assertTrue(rows.contains(row("placement", "p1", "expression.campaigns", "central", "central", "")));
        assertEquals(row("only-in-b", "", "Data analyst", "", "", ""), rows.get(rows.size() - 1));
        long metricsPerPhase = rows.stream().filter(r -> r.get(0).equals("metric") && r.get(1).equals("p1")).count();
        assertEquals(1 + 5 + 1 + 4 + 7 + 12 + 2 + 6 + 7, metricsPerPhase,
                "every metric, maps spelled out (one region: global; six tool categories)");
        assertEquals(3, rows.stream().filter(r -> r.get(0).equals("findings") && r.get(1).equals("p1")).count());
    }

    @Test
    void placementTextsSayWhereACapabilityIsHeld() {
        Held held = new Held(
                CliFixtures.twoScenarios().capabilities().get(0), true, List.of("emea", "apac"));
        assertEquals("central and per region (emea, apac)", ComparisonCsv.placement(held));
        assertEquals("per region (emea)", ComparisonCsv.placement(
                new Held(held.capability(), false, List.of("emea"))));
        assertEquals("", ComparisonCsv.placement(null));
    }

    @Test
    void savedFilesAreUtf8WithAByteOrderMarkAndReplaceTheOldFileWholly() throws IOException {
        Path file = dir.resolve("comparison.csv");
        Files.writeString(file, "old content that is longer than nothing");
        SideBySide comparison = comparison();
        ComparisonCsv.save(comparison, file);
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertEquals(ComparisonCsv.text(comparison),
                new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
    }
}
