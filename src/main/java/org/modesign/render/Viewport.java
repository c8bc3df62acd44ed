package org.modesign.render;

/**
 * The part of the chart a screen shows: the world point ({@code x}, {@code y}) at the screen's
 * top-left corner, the screen's {@code width} and {@code height} in pixels, and {@code scale}
 * screen pixels per world unit. {@code screen = (world - origin) * scale}.
 */
public record Viewport(double x, double y, double width, double height, double scale) {

    public Viewport {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be a finite number more than 0, not " + scale);
        }
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("a viewport may not have a negative size");
        }
    }

    public double toScreenX(double worldX) {
        return (worldX - x) * scale;
    }

    public double toScreenY(double worldY) {
        return (worldY - y) * scale;
    }

    public double toWorldX(double screenX) {
        return x + screenX / scale;
    }

    public double toWorldY(double screenY) {
        return y + screenY / scale;
    }

    /** The world rectangle the screen shows. */
    public Rect visibleWorldRect() {
        return new Rect(x, y, width / scale, height / scale);
    }

    /** The level of detail the painter uses at this viewport's scale. */
    public LevelOfDetail detail() {
        return LevelOfDetail.forScale(scale);
    }

    /** The viewport moved by ({@code dx}, {@code dy}) screen pixels: the chart follows the pointer. */
    public Viewport panBy(double dx, double dy) {
        return new Viewport(x - dx / scale, y - dy / scale, width, height, scale);
    }

    /** The viewport zoomed by {@code factor} so that the world point under the screen point stays put. */
    public Viewport zoomAt(double screenX, double screenY, double factor) {
        double newScale = scale * factor;
        double worldX = toWorldX(screenX);
        double worldY = toWorldY(screenY);
        return new Viewport(worldX - screenX / newScale, worldY - screenY / newScale, width, height, newScale);
    }

    /** The same world origin and scale on a screen of another size. */
    public Viewport resized(double newWidth, double newHeight) {
        return new Viewport(x, y, newWidth, newHeight, scale);
    }

    /**
     * A viewport of the given screen size that shows all of {@code world}, centred, with
     * {@code margin} screen pixels around it, zoomed in no further than {@code maxScale}.
     */
    public static Viewport fit(Rect world, double width, double height, double margin, double maxScale) {
        double usableWidth = Math.max(1, width - 2 * margin);
        double usableHeight = Math.max(1, height - 2 * margin);
        double scale = maxScale;
        if (world.width() > 0) {
            scale = Math.min(scale, usableWidth / world.width());
        }
        if (world.height() > 0) {
            scale = Math.min(scale, usableHeight / world.height());
        }
        double originX = world.centerX() - width / 2 / scale;
        double originY = world.centerY() - height / 2 / scale;
        return new Viewport(originX, originY, width, height, scale);
    }
}
