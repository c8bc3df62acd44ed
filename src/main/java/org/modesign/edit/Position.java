package org.modesign.edit;

/** A card's position on the canvas: the top-left corner, in the units of the file's x and y. */
public record Position(double x, double y) {
}
