package org.modesign.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** FTE numbers read and written with the English bundle's decimal point and no grouping. */
class FteTextTest {

    @Test
    void readsPlainDecimals() {
        assertEquals(Optional.of(2.5), FteText.parse("2.5"));
        assertEquals(Optional.of(1.0), FteText.parse(" 1 "));
        assertEquals(Optional.of(0.0), FteText.parse("0"));
        assertEquals(Optional.of(-3.0), FteText.parse("-3"));
    }

    @Test
    void readsNothingFromTextThatIsNotOneWholeNumber() {
        assertEquals(Optional.empty(), FteText.parse("abc"));
        assertEquals(Optional.empty(), FteText.parse(""));
        assertEquals(Optional.empty(), FteText.parse("2.5x"));
        assertEquals(Optional.empty(), FteText.parse("1,000"), "no grouping, so not silently read as 1");
        assertEquals(Optional.empty(), FteText.parse("1e3"));
    }

    @Test
    void writesWithoutNeedlessDecimals() {
        assertEquals("1", FteText.format(1));
        assertEquals("0.5", FteText.format(0.5));
        assertEquals("10000", FteText.format(10_000));
        assertEquals("0.333333", FteText.format(1.0 / 3));
    }
}
