package org.modesign.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineBreakerTest {

    /** 5.5 units a letter (the surface's estimate for a regular font of 10). */
    private static final FontSpec FONT = new FontSpec(10, false);
    private final LineBreaker breaker = new LineBreaker();
    private final RecordingSurface surface = new RecordingSurface();

    private List<String> lines(String text, double width) {
        return breaker.lines(surface, LineBreaker.normalise(text), FONT, width).stream().map(LineBreaker.Line::text)
                .toList();
    }

    @Test
    void textThatFitsIsOneLine() {
        assertEquals(List.of("Marketing operations"), lines("Marketing operations", 200));
    }

    @Test
    void linesAreFilledAsFarAsTheyGoAndBrokenBetweenWords() {
        // 66 units hold 12 letters
        assertEquals(List.of("Director of", "marketing", "planning and", "finance"),
                lines("Director of marketing planning and finance", 66));
        for (String line : lines("Director of marketing planning and finance", 66)) {
            assertTrue(surface.textWidth(line, FONT) <= 66, line);
        }
    }

    @Test
    void aLineMayEndAfterAHyphen() {
        assertEquals(List.of("Direct-to-", "consumer lead"), lines("Direct-to-consumer lead", 80));
    }

    @Test
    void aWordWiderThanALineIsBrokenBetweenLettersOnlyThen() {
        assertEquals(List.of("Marketing", "operationsma", "nager"), lines("Marketing operationsmanager", 66));
    }

    @Test
    void chineseBreaksBetweenCharacters() {
        assertEquals(List.of("市场运营", "经理"), lines("市场运营经理", 23));
    }

    @Test
    void whiteSpaceRunsAreOneSpaceAndEndsAreStripped() {
        assertEquals("Head of marketing", LineBreaker.normalise("  Head\tof \n marketing "));
        assertEquals(List.of(), lines("   ", 100));
    }

    @Test
    void eachLineKnowsWhereItStartsSoTheRestCanBeCutShort() {
        String text = "Head of marketing operations";
        List<LineBreaker.Line> lines = breaker.lines(surface, text, FONT, 60);
        assertEquals("marketing operations", text.substring(lines.get(1).start()));
    }

    @Test
    void aLetterWiderThanTheLineStillGetsALineOfItsOwn() {
        assertEquals(List.of("A", "B"), lines("AB", 2));
    }
}
