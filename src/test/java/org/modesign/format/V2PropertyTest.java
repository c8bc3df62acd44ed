package org.modesign.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.modesign.model.Design;
import org.modesign.model.Integrity;
import org.modesign.model.Problem;

/** Round trips of version 2 designs, and the version the writer chooses. */
class V2PropertyTest {

    private final DesignReader reader = new DesignReader();
    private final DesignWriter writer = new DesignWriter();

    @Property(tries = 300)
    void writeThenReadGivesTheSameDesign(@ForAll("designs") Design design) {
        LoadResult result = reader.parse(writer.toJson(design).getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), result.problems());
        assertEquals(design, result.design());
    }

    @Property(tries = 200)
    void canonicalTextReadThenWrittenIsByteIdentical(@ForAll("designs") Design design) {
        byte[] canonical = writer.toJson(design).getBytes(StandardCharsets.UTF_8);
        byte[] again = writer.toJson(reader.parse(canonical).design()).getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(canonical, again);
    }

    @Property(tries = 200)
    void theVersionWrittenIsTheLowestThatHoldsTheDesign(@ForAll("eitherVersion") Design design) {
        Statistics.label("version").collect(design.minimumVersion());
        String json = writer.toJson(design);
        int version = design.usesVersion2() ? 2 : 1;
        assertTrue(json.startsWith("{\n  \"format\": \"modesign\",\n  \"version\": " + version + ",\n"));
        if (version == 1) {
            LoadResult asV2 = reader.parse(json.replaceFirst("\"version\": 1", "\"version\": 2")
                    .getBytes(StandardCharsets.UTF_8));
            assertEquals(design, asV2.design());
        }
    }

    @Property(tries = 150)
    void sideBySideReadingGivesTheOrdinaryResult(@ForAll("designs") Design design) {
        byte[] bytes = writer.toJson(design).getBytes(StandardCharsets.UTF_8);
        LoadResult sequential = new DesignReader(Integer.MAX_VALUE).parse(bytes);
        assertEquals(sequential, new DesignReader(0).parse(bytes));
        if (design.scenarios().size() >= 2) {
            assertEquals(LoadResult.loaded(design), new SplitReader(DesignReader.FACTORY).read(bytes));
        }
    }

    @Property(tries = 300)
    void damagedVersion2FilesAreLoadedOrRejectedNeverThrown(@ForAll("designs") Design design,
            @ForAll("mutations") List<ReaderWriterPropertyTest.Mutation> mutations) {
        byte[] bytes = writer.toJson(design).getBytes(StandardCharsets.UTF_8);
        for (ReaderWriterPropertyTest.Mutation m : mutations) {
            bytes = ReaderWriterPropertyTest.apply(bytes, m);
        }
        LoadResult result = reader.parse(bytes);
        if (result.ok()) {
            assertEquals(List.of(), Integrity.check(result.design()));
        } else {
            for (Problem p : result.problems()) {
                assertFalse(p.message().isBlank());
                assertFalse(p.message().contains("internal error"), p.toString());
                assertFalse(p.message().contains("\n"), p.toString());
            }
        }
    }

    @Provide
    Arbitrary<Design> designs() {
        return V2Arbitraries.designs();
    }

    @Provide
    Arbitrary<Design> eitherVersion() {
        return Arbitraries.oneOf(DesignArbitraries.designs(), V2Arbitraries.designs());
    }

    @Provide
    Arbitrary<List<ReaderWriterPropertyTest.Mutation>> mutations() {
        return new ReaderWriterPropertyTest().mutations();
    }
}
