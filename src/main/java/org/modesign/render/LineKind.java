package org.modesign.render;

import org.modesign.model.LineStyle;

/** What a line on the chart stands for. */
public enum LineKind {
    /** A solid reporting line of the scenario. */
    SOLID,
    /** A dotted (matrix) reporting line of the scenario; drawn only, it counts for no rule. */
    DOTTED,
    /** The implicit up edge of a role in a team that has no solid line of its own (format.md §2). */
    MEMBER;

    /** The kind of a scenario line of this style. */
    public static LineKind of(LineStyle style) {
        return style == LineStyle.SOLID ? SOLID : DOTTED;
    }
}
