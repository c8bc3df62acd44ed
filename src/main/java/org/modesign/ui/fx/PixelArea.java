package org.modesign.ui.fx;

/**
 * Pixels of a rectangle of a canvas, premultiplied ARGB, {@code width} to a row, row by row from
 * canvas pixel ({@code left}, {@code top}).
 */
record PixelArea(int[] pixels, int left, int top, int width, int height) {
}
