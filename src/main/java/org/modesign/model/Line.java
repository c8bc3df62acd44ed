package org.modesign.model;

import java.util.Objects;

/** A reporting line from a subordinate ({@code from}) to its superior ({@code to}), by node id. */
public record Line(String from, String to, LineStyle style) {

    public Line {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(style, "style");
    }

    public boolean solid() {
        return style == LineStyle.SOLID;
    }

    public Line withStyle(LineStyle newStyle) {
        return new Line(from, to, newStyle);
    }
}
