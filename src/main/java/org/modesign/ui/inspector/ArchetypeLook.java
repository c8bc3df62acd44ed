package org.modesign.ui.inspector;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.javafx.FontIcon;
import org.modesign.model.Archetype;

/**
 * How an archetype looks in the inspector's lists: an icon in the archetype's colour. The colours
 * are the chart's (the Okabe–Ito palette, distinct for the common kinds of colour blindness), and
 * the icons differ in shape as well, so colour is never the only cue.
 */
final class ArchetypeLook {

    private record Look(String icon, Color colour) {
    }

    private static final Map<Archetype, Look> LOOKS = new EnumMap<>(Map.of(
            Archetype.LEADER, new Look("mdi2c-crown-outline", Color.web("#0072B2")),
            Archetype.MAESTRO, new Look("mdi2t-tune-variant", Color.web("#009E73")),
            Archetype.MODELER, new Look("mdi2c-chart-line", Color.web("#56B4E9")),
            Archetype.MAKER, new Look("mdi2h-hammer-wrench", Color.web("#E69F00")),
            Archetype.MARKETER, new Look("mdi2b-bullhorn-outline", Color.web("#CC79A7"))));

    private ArchetypeLook() {
    }

    /** A new icon for {@code archetype}, with a style class {@code archetype-<code>} for themes. */
    static FontIcon icon(Archetype archetype) {
        Look look = LOOKS.get(archetype);
        FontIcon icon = new FontIcon(look.icon());
        icon.setIconColor(look.colour());
        icon.getStyleClass().add("archetype-" + archetype.code());
        return icon;
    }
}
