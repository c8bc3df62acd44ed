package org.modesign.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.modesign.analysis.Finding;
import org.modesign.analysis.Severity;
import org.modesign.analysis.Validator;
import org.modesign.format.DesignReader;
import org.modesign.format.DesignWriter;
import org.modesign.format.LoadResult;
import org.modesign.starter.BundledSamples;

/** The samples a user opens first: loadable, canonical, and each with findings worth reading. */
class SamplesTest {

    static Stream<String> samples() {
        return BundledSamples.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void loadsAndIsWrittenBackByteForByte(String name) {
        byte[] bytes = BundledSamples.read(name);
        LoadResult result = new DesignReader().parse(bytes);
        assertTrue(result.ok(), () -> name + ": " + result.problems());
        assertEquals(new String(bytes, StandardCharsets.UTF_8), new DesignWriter().toJson(result.design()),
                name + " is not in canonical form");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void hasFindingsButIsNotAllBroken(String name) {
        List<Finding> findings = Validator.validate(new DesignReader().parse(BundledSamples.read(name)).design());
        assertFalse(findings.isEmpty(), name + " has nothing to show");
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        assertTrue(errors * 2 < findings.size(), name + " is mostly errors: " + errors + " of " + findings.size());
    }

    @Test
    void theBundleHoldsExactlyTheSamplesFolder() throws Exception {
        List<String> onDisk = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".modesign")).sorted()
                    .forEach(onDisk::add);
        }
        assertEquals(onDisk, BundledSamples.ALL.stream().sorted().toList());
    }

    @Test
    void someSampleIsCleanOfErrorsAndSomeIsNot() {
        long withErrors = BundledSamples.ALL.stream()
                .map(n -> Validator.validate(new DesignReader().parse(BundledSamples.read(n)).design()))
                .filter(fs -> fs.stream().anyMatch(f -> f.severity() == Severity.ERROR)).count();
        assertTrue(withErrors > 0 && withErrors < BundledSamples.ALL.size(), "samples with errors: " + withErrors);
    }
}
