package org.modesign.layout;

/** A point on the canvas; for a card, its top-left corner. */
public record Point(double x, double y) {
}
