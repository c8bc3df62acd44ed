package org.modesign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's output of every bundled sample, byte for byte as users' scripts and CI jobs
 * read it: {@code validate}, {@code metrics} and {@code compare} in text and JSON, and the findings
 * CSV. The expected files in {@code src/test/resources/cli-golden} were written by the build before
 * findings were worded through {@link org.modesign.analysis.FindingText}; a change here is a change
 * of the contract (format.md §5) and must be made on purpose.
 */
class SampleOutputTest {

    private static final Path GOLDEN = Path.of("src/test/resources/cli-golden");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everySampleWritesWhatItWroteBefore() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            for (Path sample : samples.filter(p -> p.toString().endsWith(".modesign")).sorted().toList()) {
                String name = sample.getFileName().toString().replace(".modesign", "");
                String file = "samples/" + sample.getFileName();
                for (String format : List.of("text", "json")) {
                    tests.add(same(name + ".validate." + format, "validate", file, "--format", format));
                    tests.add(same(name + ".metrics." + format, "metrics", file, "--format", format));
                    tests.add(same(name + ".compare." + format, "compare", file, file, "--format", format));
                }
                tests.add(DynamicTest.dynamicTest(name + ".findings.csv", () -> {
                    Path out = dir.resolve(name + ".csv");
                    CliRun.of("export", file, "--format", "findings-csv", "--out", out.toString());
                    assertEquals(golden(name + ".findings.csv"), Files.readString(out, StandardCharsets.UTF_8));
                }));
            }
        }
        return tests.stream();
    }

    private static DynamicTest same(String golden, String... args) {
        return DynamicTest.dynamicTest(golden, () -> assertEquals(golden(golden), CliRun.of(args).out()));
    }

    private static String golden(String name) throws IOException {
        return Files.readString(GOLDEN.resolve(name), StandardCharsets.UTF_8);
    }
}
