package org.modesign.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TextFitterTest {

    private static final FontSpec FONT = new FontSpec(10, false);
    private final TextFitter fitter = new TextFitter();
    private final RecordingSurface surface = new RecordingSurface();

    @Test
    void textThatFitsIsKept() {
        String text = "Analyst";
        assertSame(text, fitter.fit(surface, text, FONT, 100));
    }

    @Test
    void textThatDoesNotFitEndsInAnEllipsis() {
        // 5.5 units per character: 40 units hold 7 characters, so 6 and the ellipsis
        assertEquals("Market\u2026", fitter.fit(surface, "Marketing operations", FONT, 40));
        assertEquals("Data\u2026", fitter.fit(surface, "Data platform", FONT, 30), "no space before the ellipsis");
    }

    @Test
    void nothingIsLeftWhenNotEvenTheEllipsisFits() {
        assertEquals("", fitter.fit(surface, "Marketing", FONT, 3));
    }

    @Test
    void anotherSurfaceMeasuresAfresh() {
        assertEquals("Marketing", fitter.fit(surface, "Marketing", FONT, 60));
        Surface wide = new RecordingSurface() {
            @Override
            public double textWidth(String text, FontSpec font) {
                return text.length() * 10.0;
            }
        };
        assertEquals("Mark\u2026", fitter.fit(wide, "Marketing", FONT, 50));
    }

    @Test
    void lettersOutsideTheBasicPlaneAreNotCutInHalf() {
        String text = "\uD83D\uDE80\uD83D\uDE80\uD83D\uDE80\uD83D\uDE80\uD83D\uDE80";
        assertEquals("\uD83D\uDE80\uD83D\uDE80\u2026", fitter.fit(surface, text, FONT, 17));
    }
}
