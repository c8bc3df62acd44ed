package org.modesign.render;

import java.util.Objects;

/** How one kind of line is stroked: colour, width and dash in world units, and whether it ends in an arrowhead. */
public record LineAppearance(Rgb colour, double width, Dash dash, boolean arrow) {

    public LineAppearance {
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(dash, "dash");
    }
}
