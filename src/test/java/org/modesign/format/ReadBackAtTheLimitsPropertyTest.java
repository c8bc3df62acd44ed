package org.modesign.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.modesign.format.LimitBreach.Limit;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Team;

/**
 * What is written can be read back (format.md §1): for designs with strings up to the reader's
 * limit (in every kind of place, of every kind of character) the writer writes and the reader
 * reads back the same design; one character more and the writer refuses, at the string's path,
 * with the sentence the reader gives the same text. (The node and byte limits are tested at
 * their exact values in {@link DesignWriterLimitsTest}.)
 */
class ReadBackAtTheLimitsPropertyTest {

    /** Pieces of text of one or two characters: escapes, controls, non-ASCII, pairs, a lone surrogate. */
    private static final String[] PIECES = {"a", " ", "é", "社", "🚀", "\"", "\\", "\n", "\u0000", "\u2028",
        "\ud800", "\udfff", "/"};

    private final DesignWriter writer = new DesignWriter();
    private final DesignReader reader = new DesignReader();

    @Property(tries = 60)
    void stringsUpToTheLimitAreWrittenAndReadBack(@ForAll("designs") Design design, @ForAll("places") int place,
            @ForAll @IntRange(min = 0, max = 3) int shorter, @ForAll long seed) throws WriteRefusedException {
        Placed placed = place(design, place, text(ReadLimits.MAX_STRING_CHARS - shorter, new Random(seed)));
        LoadResult read = reader.parse(writer.toBytes(placed.design()));
        assertEquals(List.of(), read.problems());
        assertEquals(placed.design(), read.design());
    }

    @Property(tries = 40)
    void aStringOverTheLimitIsRefusedAsTheReaderRefusesIt(@ForAll("designs") Design design,
            @ForAll("places") int place, @ForAll @IntRange(min = 1, max = 3) int longer, @ForAll long seed) {
        Placed placed = place(design, place, text(ReadLimits.MAX_STRING_CHARS + longer, new Random(seed)));
        LimitBreach breach = writer.check(placed.design()).orElseThrow();
        assertEquals(new LimitBreach(Limit.STRING_CHARS, placed.path(), ReadLimits.MAX_STRING_CHARS + longer), breach);
        LoadResult read = reader.parse(writer.toJson(placed.design()).getBytes(StandardCharsets.UTF_8));
        assertEquals(1, read.problems().size(), read.problems().toString());
        assertTrue(read.problems().get(0).message().endsWith(breach.message()), read.problems().toString());
    }

    @Provide
    Arbitrary<Design> designs() {
        return Arbitraries.oneOf(DesignArbitraries.designs(), V2Arbitraries.designs());
    }

    @Provide
    Arbitrary<Integer> places() {
        return Arbitraries.integers().between(0, 6);
    }

    /** A design with {@code text} in one place, and that place's path. */
    record Placed(Design design, String path) {
    }

    static Placed place(Design d, int place, String text) {
        switch (place) {
            case 1:
                return new Placed(d.withDescription(text), "description");
            case 2:
                if (!d.regions().isEmpty()) {
                    return new Placed(d.withRegions(replaceFirst(d.regions(), d.regions().get(0).withName(text))),
                            "regions[0].name");
                }
                break;
            case 3:
                if (!d.capabilities().isEmpty()) {
                    return new Placed(d.withCapabilities(replaceFirst(d.capabilities(),
                            d.capabilities().get(0).withName(text))), "capabilities[0].name");
                }
                break;
            case 4:
                return new Placed(d.withPhases(replaceFirst(d.phases(), d.phases().get(0).withName(text))),
                        "phases[0].name");
            case 5:
                return new Placed(d.withScenario(0, d.scenarios().get(0).withName(text)), "scenarios[0].name");
            case 6:
                Scenario s = d.scenarios().get(0);
                if (!s.nodes().isEmpty()) {
                    Node node = s.nodes().get(0);
                    Node changed = node instanceof Executive e ? e.withTitle(text)
                            : node instanceof Team t ? t.withName(text) : ((Role) node).withTitle(text);
                    String key = node instanceof Team ? "name" : "title";
                    return new Placed(d.withScenario(0, s.withNodes(replaceFirst(s.nodes(), changed))),
                            "scenarios[0].nodes[0]." + key);
                }
                break;
            default:
                break;
        }
        return new Placed(d.withTitle(text), "title");
    }

    private static <T> List<T> replaceFirst(List<T> list, T first) {
        List<T> copy = new ArrayList<>(list);
        copy.set(0, first);
        return copy;
    }

    /** A text of exactly {@code length} characters made of {@link #PIECES}. */
    static String text(int length, Random random) {
        StringBuilder sb = new StringBuilder(length);
        while (sb.length() < length) {
            String piece = PIECES[random.nextInt(PIECES.length)];
            sb.append(sb.length() + piece.length() <= length ? piece : "a");
        }
        return sb.toString();
    }
}
