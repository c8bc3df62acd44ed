package org.modesign.generator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.modesign.format.DesignWriter;

/** The size a spec promises at least is never more than the file written for it. */
class GeneratorSizeTest {

    @Property(tries = 25)
    void leastFileBytesIsALowerBoundOfTheFileWritten(@ForAll @IntRange(min = 1, max = 300) int roles,
            @ForAll @IntRange(min = 0, max = 12) int regions, @ForAll @IntRange(min = 1, max = 3) int scenarios,
            @ForAll @IntRange(min = 0, max = 60) int tools, @ForAll boolean v2, @ForAll long seed) {
        GeneratorSpec spec = new GeneratorSpec(roles, regions, 3, 22, scenarios, seed, tools, v2);
        long written = new DesignWriter().toJson(DesignGenerator.generate(spec)).getBytes(StandardCharsets.UTF_8).length;
        assertTrue(spec.leastFileBytes() <= written, spec.leastFileBytes() + " > " + written + " for " + spec);
    }
}
