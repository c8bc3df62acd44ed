package org.modesign.ui.appearance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

class UserAgentSheetTest {

    private static final String THEME = "jar:file:/app.jar!/theme.css";

    @Test
    void theStandardLookIsTheThemeItself() {
        assertEquals(THEME, UserAgentSheet.of(Appearance.STANDARD, THEME, Optional.empty()));
    }

    @Test
    void theSheetImportsTheThemeAndSetsTheChineseFamilyAndTheTextSize() {
        assertEquals("@import url(\"" + THEME + "\");\n.root { -fx-font-family: \"PingFang SC\"; }\n",
                css(UserAgentSheet.of(Appearance.STANDARD, THEME, Optional.of("PingFang SC"))));
        assertEquals("@import url(\"" + THEME + "\");\n.root { -fx-font-size: 21.0px; }\n",
                css(UserAgentSheet.of(Appearance.STANDARD.withTextSize(150), THEME, Optional.empty())));
        assertEquals("@import url(\"" + THEME + "\");\n.root { -fx-font-family: \"Noto Sans CJK TC\"; "
                + "-fx-font-size: 28.0px; }\n",
                css(UserAgentSheet.of(new Appearance(Theme.DARK, 200), THEME, Optional.of("Noto Sans CJK TC"))));
    }

    @Test
    void theAppearanceIsKeptAndAnythingUnknownIsTheStandard() throws BackingStoreException {
        Preferences node = Preferences.userRoot().node("org/modesign/test-" + UUID.randomUUID());
        try {
            AppearanceSetting setting = new AppearanceSetting(node);
            assertEquals(Appearance.STANDARD, setting.load());
            setting.save(new Appearance(Theme.DARK, 175));
            assertEquals(new Appearance(Theme.DARK, 175), new AppearanceSetting(node).load());
            node.put(AppearanceSetting.THEME, "neon");
            node.putInt(AppearanceSetting.TEXT_SIZE, 333);
            assertEquals(Appearance.STANDARD, setting.load());
        } finally {
            node.removeNode();
        }
        assertThrows(IllegalArgumentException.class, () -> Appearance.STANDARD.withTextSize(110));
    }

    private static String css(String sheet) {
        assertTrue(sheet.startsWith("data:text/css;base64,"), sheet);
        return new String(Base64.getDecoder().decode(sheet.substring(sheet.indexOf(',') + 1)), StandardCharsets.UTF_8);
    }
}
