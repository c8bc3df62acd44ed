package org.modesign.ui.appearance;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import org.modesign.render.ChartTheme;

/** The editor's themes (View ▸ Theme): the panels' AtlantaFX theme and the chart's palette that go together. */
public enum Theme {

    LIGHT("light", new PrimerLight().getUserAgentStylesheet(), ChartTheme.LIGHT),
    DARK("dark", new PrimerDark().getUserAgentStylesheet(), ChartTheme.DARK);

    private final String code;
    private final String stylesheet;
    private final ChartTheme chart;

    Theme(String code, String stylesheet, ChartTheme chart) {
        this.code = code;
        this.stylesheet = stylesheet;
        this.chart = chart;
    }

    /** The name kept in the preferences. */
    public String code() {
        return code;
    }

    /** The AtlantaFX user-agent stylesheet, as a resource path. */
    String stylesheet() {
        return stylesheet;
    }

    /** The chart's palette (cards, lines, badges) in this theme. */
    public ChartTheme chart() {
        return chart;
    }

    /** The theme named {@code code}, or {@link #LIGHT} for none or an unknown one. */
    static Theme of(String code) {
        for (Theme theme : values()) {
            if (theme.code.equals(code)) {
                return theme;
            }
        }
        return LIGHT;
    }
}
