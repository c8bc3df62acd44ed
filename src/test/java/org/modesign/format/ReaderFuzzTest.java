package org.modesign.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.modesign.format.Mutator.Mutation;
import org.modesign.format.Mutator.Op;
import org.modesign.model.Design;
import org.modesign.model.Integrity;
import org.modesign.model.Problem;

/**
 * The reader fuzzed (format.md §1, "Bad input"): every sample of {@code samples/} mutated — bytes
 * flipped, the file cut, spans deleted and repeated, values swapped for values of another type,
 * ids swapped and copied, strings made huge — and every mutant held to the reader's contract:
 * a design or a list of problems with JSON paths, never any other exception; a design only
 * within the limits, which is written and read back equal; and never more memory than the
 * input's size allows.
 */
class ReaderFuzzTest {

    private static final List<Path> SAMPLE_FILES = sampleFiles();
    private static final List<Mutator> MUTATORS = SAMPLE_FILES.stream().map(ReaderFuzzTest::mutator).toList();
    /** A path: empty, or names and [indexes] joined by dots, e.g. {@code scenarios[0].nodes[3].title}. */
    private static final Pattern PATH = Pattern.compile("(?s)|[^.\\[][^\\[]*?(\\[\\d+])*(\\..+?(\\[\\d+])*)*");
    /**
     * Most bytes a read may allocate: a fixed allowance (the parser's buffers, a string up to the
     * limit) and a multiple of the sample's size with what byte mutations add (the design built,
     * the problems found), but nothing for the huge strings: the limits keep their cost to the
     * allowance. (Measured: at most about 1.8 MB, and 25 bytes a byte of the input.)
     */
    private static final long ALLOWANCE = 4L * 1024 * 1024;
    private static final int PER_INPUT_BYTE = 40;

    private final DesignReader reader = new DesignReader();
    private final DesignReader splitReader = new DesignReader(0);
    private final DesignWriter writer = new DesignWriter();

    @Property(tries = 5000)
    void everyMutantIsADesignOrProblemsWithPaths(@ForAll("samples") int sample, @ForAll("mutations") List<Mutation> mutations) {
        Mutator mutator = MUTATORS.get(sample);
        byte[] mutant = mutator.mutate(mutations);
        long before = allocated();
        LoadResult result = reader.parse(mutant);
        long used = allocated() - before;
        long allowed = ALLOWANCE + (long) PER_INPUT_BYTE * (mutator.sampleLength() + Mutator.MOST_ADDED);
        assertTrue(used <= allowed, "reading " + mutant.length + " bytes allocated " + used + " bytes");
        if (result.ok()) {
            assertReadBack(result.design());
        } else {
            for (Problem p : result.problems()) {
                assertTrue(PATH.matcher(p.path()).matches(), "not a JSON path: " + p);
                assertFalse(p.message().isBlank(), p.toString());
                assertFalse(p.message().contains("internal error"), p.toString());
                assertFalse(p.message().contains("\n"), p.toString());
            }
        }
        assertEquals(result, splitReader.parse(mutant), "the reader that splits scenarios reads the same");
    }

    /** A design read is within the limits, passes the integrity checks, and is written and read back equal. */
    private void assertReadBack(Design design) {
        assertNotNull(design);
        assertEquals(List.of(), Integrity.check(design));
        byte[] written;
        try {
            written = writer.toBytes(design);
        } catch (WriteRefusedException e) {
            throw new AssertionError("the reader read a design beyond its limits: " + e.getMessage(), e);
        }
        assertEquals(design, reader.parse(written).design());
    }

    @Provide
    Arbitrary<Integer> samples() {
        return Arbitraries.integers().between(0, MUTATORS.size() - 1);
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.of(Op.class),
                        Arbitraries.doubles().between(0, 1).ofScale(6).filter(d -> d < 1),
                        Arbitraries.doubles().between(0, 1).ofScale(6).filter(d -> d < 1),
                        Arbitraries.integers().between(0, 1000))
                .as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static List<Path> sampleFiles() {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            List<Path> samples = files.filter(p -> p.toString().endsWith(".modesign")).sorted().toList();
            if (samples.isEmpty()) {
                throw new IllegalStateException("no samples in samples/");
            }
            return samples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Mutator mutator(Path file) {
        try {
            return new Mutator(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
