package org.modesign.ui.fx;

import javafx.scene.paint.Color;
import org.modesign.render.Rgb;

/** The core's colours ({@link Rgb}) as JavaFX paints them. */
public final class FxColour {

    private FxColour() {
    }

    public static Color of(Rgb rgb) {
        return Color.rgb(rgb.red(), rgb.green(), rgb.blue(), rgb.alpha());
    }

    /** {@code rgb} at {@code opacity} times its own. */
    public static Color of(Rgb rgb, double opacity) {
        return Color.rgb(rgb.red(), rgb.green(), rgb.blue(), rgb.alpha() * opacity);
    }
}
