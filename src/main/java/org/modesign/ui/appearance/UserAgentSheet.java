package org.modesign.ui.appearance;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The editor's user-agent stylesheet, which every window gets (dialogs and menus too): the theme's
 * AtlantaFX sheet, and over it the text size and, for Chinese, the installed Chinese family (JavaFX
 * CSS takes one family, not a fallback list), as a {@code data:} URL that imports the theme.
 */
final class UserAgentSheet {

    private UserAgentSheet() {
    }

    /** The sheet for {@code appearance}, the theme's sheet at {@code themeUrl}, with {@code family} when present. */
    static String of(Appearance appearance, String themeUrl, Optional<String> family) {
        if (appearance.textSize() == 100 && family.isEmpty()) {
            return themeUrl;
        }
        StringBuilder css = new StringBuilder("@import url(\"").append(themeUrl).append("\");\n.root {");
        family.ifPresent(f -> css.append(" -fx-font-family: \"").append(f).append("\";"));
        if (appearance.textSize() != 100) {
            css.append(String.format(Locale.ROOT, " -fx-font-size: %.1fpx;", appearance.fontPixels()));
        }
        css.append(" }\n");
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.toString()
                .getBytes(StandardCharsets.UTF_8));
    }
}
