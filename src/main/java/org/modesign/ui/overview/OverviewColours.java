package org.modesign.ui.overview;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.paint.Color;
import org.modesign.render.BadgeSeverity;
import org.modesign.render.ChartTheme;
import org.modesign.ui.fx.FxColour;

/**
 * The overview map's colours with the chart's theme: its ground, the specks of executives (the
 * strongest), roles, and teams (faint areas), and the frame of what the chart shows, in the theme's
 * selection colour, and the findings' dots in the chart's badge colours. On a dark theme the map
 * is dark too, with light specks.
 */
record OverviewColours(Color background, Color executive, Color role, Color team, Color frame, Color frameFill,
        Map<BadgeSeverity, Color> badges) {

    static OverviewColours of(ChartTheme theme) {
        Color frame = FxColour.of(theme.selection());
        Color frameFill = FxColour.of(theme.selection(), 0.12);
        Map<BadgeSeverity, Color> badges = new EnumMap<>(BadgeSeverity.class);
        for (BadgeSeverity severity : BadgeSeverity.values()) {
            badges.put(severity, FxColour.of(theme.badge(severity)));
        }
        if (theme.isDark()) {
            return new OverviewColours(FxColour.of(theme.background()), FxColour.of(theme.cardText()),
                    FxColour.of(theme.cardBorder()), Color.rgb(52, 70, 90), frame, frameFill, badges);
        }
        return new OverviewColours(Color.WHITE, Color.rgb(30, 41, 59), Color.rgb(100, 116, 139),
                Color.rgb(191, 219, 254), frame, frameFill, badges);
    }

    /** The dot of a finding's badge: the chart's badge colour. */
    Color badge(BadgeSeverity severity) {
        return badges.get(severity);
    }
}
