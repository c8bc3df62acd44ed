package org.modesign.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import javafx.scene.text.Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.text.Language;
import org.modesign.render.FontSpec;
import org.modesign.ui.language.ChineseFonts;
import org.testfx.framework.junit5.ApplicationExtension;

/** The canvases draw Latin text in the system font and Chinese text in an installed Chinese family. */
@ExtendWith(ApplicationExtension.class)
class CanvasFontsTest {

    private final CanvasFonts fonts = new CanvasFonts();

    @Test
    void latinTextIsInTheSystemFontAtTheSpecsSize() {
        Font font = fonts.font("Head of marketing operations", new FontSpec(13, true));
        assertEquals(13, font.getSize());
        assertSame(font, fonts.font("CEO", new FontSpec(13, true)), "made once per family and spec");
    }

    /** Skipped (not failed) only on a machine without any Chinese font. */
    @Test
    void chineseTextIsInTheChineseFamilyWhenOneIsInstalled() {
        Optional<String> family = ChineseFonts.family(Language.ENGLISH);
        assumeTrue(family.isPresent(), "no Chinese font on this machine");
        Font font = fonts.font("\u8425\u9500\u8FD0\u8425\u7ECF\u7406", new FontSpec(10, false));
        assertEquals(family.get(), font.getFamily());
        assertEquals(10, font.getSize());
    }
}
