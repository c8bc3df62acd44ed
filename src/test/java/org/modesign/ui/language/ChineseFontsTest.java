package org.modesign.ui.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.modesign.text.Language;

/** Which texts need a Chinese font, and which installed family the editor picks for them. */
class ChineseFontsTest {

    @Test
    void findsChineseJapaneseKoreanAndTheirPunctuation() {
        assertTrue(ChineseFonts.hasCjk("\u8425\u9500\u8FD0\u8425 MOps"));
        assertTrue(ChineseFonts.hasCjk("CMO\uFF08\u9996\u5E2D\uFF09"));
        assertTrue(ChineseFonts.hasCjk("\u3002"), "ideographic full stop");
        assertTrue(ChineseFonts.hasCjk("\u30DE\u30FC\u30B1"), "katakana");
        assertTrue(ChineseFonts.hasCjk("\uD840\uDC00"), "a Han character beyond the BMP");
        assertFalse(ChineseFonts.hasCjk("Head of marketing operations \u2014 \u00E9\u00DF \u2026"));
        assertFalse(ChineseFonts.hasCjk(""));
    }

    @Test
    void prefersTheGlyphFormsOfTheLanguageAndTakesTheFirstInstalled() {
        List<String> installed = List.of("DejaVu Sans", "Noto Sans CJK TC", "Noto Sans CJK SC",
                "Droid Sans Fallback");
        assertEquals(Optional.of("Noto Sans CJK SC"),
                ChineseFonts.firstInstalled(ChineseFonts.candidates(Language.SIMPLIFIED_CHINESE), installed));
        assertEquals(Optional.of("Noto Sans CJK TC"),
                ChineseFonts.firstInstalled(ChineseFonts.candidates(Language.TRADITIONAL_CHINESE), installed));
        assertEquals(Optional.of("Microsoft JhengHei"), ChineseFonts.firstInstalled(
                ChineseFonts.candidates(Language.TRADITIONAL_CHINESE), List.of("Microsoft YaHei", "Microsoft JhengHei")));
        assertEquals(Optional.of("Microsoft YaHei"), ChineseFonts.firstInstalled(
                ChineseFonts.candidates(Language.TRADITIONAL_CHINESE), List.of("Microsoft YaHei", "Arial")),
                "Simplified glyphs are better than none");
        assertEquals(Optional.empty(),
                ChineseFonts.firstInstalled(ChineseFonts.candidates(Language.ENGLISH), List.of("DejaVu Sans")));
    }
}
