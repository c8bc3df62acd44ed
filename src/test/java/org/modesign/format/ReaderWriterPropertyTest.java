package org.modesign.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.modesign.model.Design;
import org.modesign.model.Integrity;
import org.modesign.model.Problem;

/** Round trips of the writer and reader, and the reader's behaviour on damaged files. */
class ReaderWriterPropertyTest {

    private final DesignReader reader = new DesignReader();
    private final DesignWriter writer = new DesignWriter();

    @Property(tries = 300)
    void writeThenReadGivesTheSameDesign(@ForAll("designs") Design design) {
        LoadResult result = reader.parse(writer.toJson(design).getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), result.problems());
        assertEquals(design, result.design());
    }

    @Property(tries = 300)
    void canonicalTextReadThenWrittenIsByteIdentical(@ForAll("designs") Design design) {
        byte[] canonical = writer.toJson(design).getBytes(StandardCharsets.UTF_8);
        byte[] again = writer.toJson(reader.parse(canonical).design()).getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(canonical, again);
    }

    /** One byte change: 0 flips a bit, 1 inserts a byte, 2 deletes a byte; at a fraction of the length. */
    record Mutation(int kind, double where, byte value) {
    }

    @Property(tries = 1000)
    void damagedFilesAreLoadedOrRejectedNeverThrown(@ForAll("designs") Design design,
            @ForAll("mutations") List<Mutation> mutations) {
        byte[] bytes = writer.toJson(design).getBytes(StandardCharsets.UTF_8);
        for (Mutation m : mutations) {
            bytes = apply(bytes, m);
        }
        LoadResult result = reader.parse(bytes);
        if (result.ok()) {
            assertNotNull(result.design());
            assertEquals(List.of(), Integrity.check(result.design()));
        } else {
            for (Problem p : result.problems()) {
                assertFalse(p.message().isBlank());
                assertFalse(p.message().contains("internal error"), p.toString());
                assertFalse(p.message().contains("\n"), p.toString());
            }
        }
    }

    @Property(tries = 200)
    void arbitraryBytesNeverThrow(@ForAll byte[] bytes) {
        LoadResult result = reader.parse(bytes);
        assertEquals(result.ok(), result.design() != null);
        result.problems().forEach(p -> assertFalse(p.message().contains("internal error"), p.toString()));
    }

    @Provide
    Arbitrary<Design> designs() {
        return DesignArbitraries.designs();
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.integers().between(0, 2),
                        Arbitraries.doubles().between(0, 1), Arbitraries.bytes())
                .as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    static byte[] apply(byte[] bytes, Mutation m) {
        if (bytes.length == 0) {
            return new byte[] {m.value()};
        }
        int at = Math.min(bytes.length - 1, (int) (m.where() * bytes.length));
        byte[] out;
        switch (m.kind()) {
            case 0 -> {
                out = bytes.clone();
                out[at] ^= (byte) (1 << (m.value() & 7));
            }
            case 1 -> {
                out = new byte[bytes.length + 1];
                System.arraycopy(bytes, 0, out, 0, at);
                out[at] = m.value();
                System.arraycopy(bytes, at, out, at + 1, bytes.length - at);
            }
            default -> {
                out = new byte[bytes.length - 1];
                System.arraycopy(bytes, 0, out, 0, at);
                System.arraycopy(bytes, at + 1, out, at, bytes.length - at - 1);
            }
        }
        return out;
    }

}
