package org.modesign.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CodePointOrderTest {

    @Test
    void nullComesFirst() {
        assertTrue(CodePointOrder.compare(null, "") < 0);
        assertTrue(CodePointOrder.compare("", null) > 0);
        assertEquals(0, CodePointOrder.compare((String) null, null));
    }

    @Test
    void supplementaryCharactersComeAfterTheWholeBasicPlane() {
        String emoji = "\uD83D\uDE00";
        String last = "\uFFFD";
        assertTrue(emoji.compareTo(last) < 0, "UTF-16 order differs");
        assertTrue(CodePointOrder.compare(emoji, last) > 0);
        assertTrue(CodePointOrder.compare("a", "b") < 0);
        assertTrue(CodePointOrder.compare("ab", "a") > 0);
        assertTrue(CodePointOrder.compare("B", "a") < 0);
    }

    @Test
    void listsCompareElementByElementThenByLength() {
        assertTrue(CodePointOrder.compare(List.of("a", "b"), List.of("a", "c")) < 0);
        assertTrue(CodePointOrder.compare(List.of("a"), List.of("a", "a")) < 0);
        assertTrue(CodePointOrder.compare(List.of("b"), List.of("a", "z")) > 0);
        assertEquals(0, CodePointOrder.compare(List.of(), List.of()));
    }

    @Property
    void agreesWithComparingCodePointArrays(@ForAll String a, @ForAll String b) {
        int expected = Integer.signum(Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray()));
        assertEquals(expected, Integer.signum(CodePointOrder.compare(a, b)));
    }

    @Property
    void agreesOnSurrogateHeavyStrings(@ForAll("mixed") String a, @ForAll("mixed") String b) {
        int expected = Integer.signum(Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray()));
        assertEquals(expected, Integer.signum(CodePointOrder.compare(a, b)));
    }

    @Provide
    Arbitrary<String> mixed() {
        List<String> pieces = new ArrayList<>(List.of("a", "\uFFFD", "\uE000", "\uD7FF",
                "\uD83D\uDE00", "\uD83D\uDE01", "\uD800\uDC00"));
        return Arbitraries.of(pieces).list().ofMaxSize(4).map(l -> String.join("", l));
    }
}
