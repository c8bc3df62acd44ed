package org.modesign.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.modesign.starter.BundledSamples;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.model.Design;

/**
 * A version 1 design opened and saved unchanged stays byte-identical (format-v2.md §1): the seven
 * samples as they were before format v2 (kept in {@code src/test/resources/v1-samples}) and
 * generated designs of several shapes. The samples of today, most of them version 2, are written
 * back byte-identical too, at the lowest version that holds them.
 */
class Version1StaysByteIdenticalTest {

    private final DesignReader reader = new DesignReader();
    private final DesignWriter writer = new DesignWriter();

    private void assertReadAndWrittenAlike(String name, byte[] file) {
        LoadResult result = reader.parse(file);
        assertEquals(List.of(), result.problems(), name);
        assertEquals(1, result.design().minimumVersion(), name);
        assertFalse(result.design().usesVersion2(), name);
        assertArrayEquals(file, writer.toJson(result.design()).getBytes(StandardCharsets.UTF_8), name);
    }

    @Test
    void everySampleAsItWasInVersion1() throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/v1-samples"))) {
            samples = files.filter(p -> p.toString().endsWith(".modesign")).sorted().toList();
        }
        assertEquals(BundledSamples.ALL.size(), samples.size(), samples.toString());
        for (Path sample : samples) {
            assertReadAndWrittenAlike(sample.toString(), Files.readAllBytes(sample));
        }
    }

    @Test
    void everySampleOfTodayAtTheLowestVersionThatHoldsIt() {
        for (String name : BundledSamples.ALL) {
            byte[] file = BundledSamples.read(name);
            LoadResult result = reader.parse(file);
            assertEquals(List.of(), result.problems(), name);
            String version = "\"version\": " + result.design().minimumVersion() + ",";
            assertTrue(new String(file, 0, 80, StandardCharsets.UTF_8).contains(version), name);
            assertArrayEquals(file, writer.toJson(result.design()).getBytes(StandardCharsets.UTF_8), name);
        }
    }

    @Test
    void generatedDesigns() {
        for (GeneratorSpec spec : List.of(new GeneratorSpec(1, 0, 1, 1, 1, 1), new GeneratorSpec(200, 3, 4, 12, 2, 7),
                new GeneratorSpec(2_000, 5, 6, 40, 3, 11), new GeneratorSpec(500, 100, 100, 300, 1, 3))) {
            Design design = DesignGenerator.generate(spec);
            byte[] bytes = writer.toJson(design).getBytes(StandardCharsets.UTF_8);
            assertTrue(new String(bytes, 0, 80, StandardCharsets.UTF_8).contains("\"version\": 1,"), spec.toString());
            assertReadAndWrittenAlike(spec.toString(), bytes);
            assertEquals(design, reader.parse(bytes).design());
        }
    }
}
