package org.modesign.render;

import org.modesign.model.Role;

/** The words of a card that the chart and a card's tooltip both show, in the words of a {@link ChartLabels}. */
public final class CardText {

    /** Between the parts of a card's detail line. */
    public static final String SEPARATOR = " \u00b7 ";

    private CardText() {
    }

    /** A card's region: {@code name}, or the global region's name when it is null (global). */
    public static String region(ChartLabels labels, String name) {
        return name == null ? labels.globalRegion() : name;
    }

    /** A role card's detail line, "Maestro · 1.5 FTE · EMEA"; {@code region} null for global. */
    public static String roleSummary(ChartLabels labels, Role role, String region) {
        return labels.archetype(role.archetype()) + SEPARATOR + labels.fte(role.fte()) + SEPARATOR
                + region(labels, region);
    }
}
