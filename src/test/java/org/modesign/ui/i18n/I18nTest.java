package org.modesign.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.modesign.text.Language;

/** The editor's texts in the language it speaks, and menu labels made plain for tooltips. */
class I18nTest {

    @Test
    void plainLabelsLoseTheirMnemonicInEitherStyleAndTheEllipsis() {
        assertEquals("Open", I18n.plain("_Open\u2026"));
        assertEquals("Save As", I18n.plain("Save _As\u2026"));
        assertEquals("\u6253\u5F00", I18n.plain("\u6253\u5F00(_O)\u2026"));
        assertEquals("\u5173\u4E8E MOdesign", I18n.plain("\u5173\u4E8E MOdesign(_A)"));
        assertEquals("RACI \u77E9\u9635\uFF08CSV\uFF09", I18n.plain("RACI \u77E9\u9635\uFF08CSV\uFF09(_M)\u2026"));
    }

    @Test
    void switchesLanguageAndFormatsInIt() {
        try {
            I18n.use(Language.TRADITIONAL_CHINESE);
            assertEquals(Language.TRADITIONAL_CHINESE, I18n.language());
            assertEquals("1,234 \u500B\u89D2\u8272", I18n.tr("status.roles", 1234));
            assertEquals("3 roles", I18n.trIn(Language.ENGLISH, "status.roles", 3));
        } finally {
            I18n.use(Language.ENGLISH);
        }
        assertEquals("1 role", I18n.tr("status.roles", 1));
    }
}
