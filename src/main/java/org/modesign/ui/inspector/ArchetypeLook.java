package org.modesign.ui.inspector;

import org.kordamp.ikonli.javafx.FontIcon;
import org.modesign.model.Archetype;
import org.modesign.render.ChartTheme;
import org.modesign.render.Rgb;
import org.modesign.ui.palette.PaletteItem;
import org.modesign.ui.fx.FxColour;

/**
 * How an archetype looks in the inspector's lists: the palette's icon in the chart's colour (the
 * Okabe–Ito palette, distinct for the common kinds of colour blindness); the icons differ in shape
 * as well, so colour is never the only cue.
 */
final class ArchetypeLook {

    private ArchetypeLook() {
    }

    /** A new icon for {@code archetype}, with a style class {@code archetype-<code>} for themes. */
    static FontIcon icon(Archetype archetype) {
        Rgb rgb = ChartTheme.LIGHT.archetype(archetype);
        FontIcon icon = new FontIcon(PaletteItem.of(archetype).icon());
        icon.setIconColor(FxColour.of(rgb));
        icon.getStyleClass().add("archetype-" + archetype.code());
        return icon;
    }
}
