package org.modesign.render;

/** A font for {@link Surface#text}: its size in user units and whether it is bold. The family is the surface's sans-serif. */
public record FontSpec(double size, boolean bold) {

    public FontSpec {
        if (!(size > 0)) {
            throw new IllegalArgumentException("font size must be more than 0, not " + size);
        }
    }
}
