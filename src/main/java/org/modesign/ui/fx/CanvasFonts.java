package org.modesign.ui.fx;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.modesign.render.FontSpec;
import org.modesign.ui.language.ChineseFonts;

/**
 * The JavaFX fonts a canvas draws texts in: the system font, or for a text with Chinese characters
 * the family {@link ChineseFonts#canvasFamily} finds, at a {@link FontSpec}'s size and weight.
 * Made once per family and spec; for the JavaFX thread.
 */
public final class CanvasFonts {

    /** Fonts by family, then size and weight. */
    private final Map<String, Map<FontSpec, Font>> fonts = new HashMap<>();

    /** The font to draw {@code text} in at {@code spec}. */
    public Font font(CharSequence text, FontSpec spec) {
        String family = ChineseFonts.canvasFamily(text);
        return fonts.computeIfAbsent(family, f -> new HashMap<>()).computeIfAbsent(spec,
                s -> Font.font(family, s.bold() ? FontWeight.BOLD : FontWeight.NORMAL, s.size()));
    }
}
