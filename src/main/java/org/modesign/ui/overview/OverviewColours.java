package org.modesign.ui.overview;

import javafx.scene.paint.Color;
import org.modesign.render.ChartTheme;
import org.modesign.ui.fx.FxColour;

/**
 * The overview map's colours with the chart's theme: its ground, the specks of executives (the
 * strongest), roles, and teams (faint areas), and the frame of what the chart shows, in the theme's
 * selection colour. On a dark theme the map is dark too, with light specks.
 */
record OverviewColours(Color background, Color executive, Color role, Color team, Color frame, Color frameFill) {

    static OverviewColours of(ChartTheme theme) {
        Color frame = FxColour.of(theme.selection());
        Color frameFill = FxColour.of(theme.selection(), 0.12);
        if (theme.isDark()) {
            return new OverviewColours(FxColour.of(theme.background()), FxColour.of(theme.cardText()),
                    FxColour.of(theme.cardBorder()), Color.rgb(52, 70, 90), frame, frameFill);
        }
        return new OverviewColours(Color.WHITE, Color.rgb(30, 41, 59), Color.rgb(100, 116, 139),
                Color.rgb(191, 219, 254), frame, frameFill);
    }
}
