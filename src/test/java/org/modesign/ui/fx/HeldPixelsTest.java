package org.modesign.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.modesign.render.MarkerShape;
import org.modesign.render.Rgb;

/** Blocks and markers held back become the pixels of one area that holds them all, in order. */
class HeldPixelsTest {

    private static final Rgb RED = Rgb.of(0xD03030);
    private static final Rgb BLUE = Rgb.of(0x3050C0);

    @Test
    void blocksAndMarkersBecomeOneAreaHoldingThemAllInOrder() {
        HeldPixels held = new HeldPixels();
        assertTrue(held.holdRects(new double[] {10}, new double[] {20}, new double[] {10}, new double[] {10},
                new Rgb[] {RED}, 1, 1, 0, 0, 100, 100));
        assertTrue(held.holdMarkers(new double[] {20}, new double[] {30}, new MarkerShape[] {MarkerShape.ROUNDED_SQUARE},
                new Rgb[] {BLUE}, 4, 1, 1, 0, 0, 100, 100));
        PixelArea area = held.take();
        assertEquals(10, area.left(), "from the block's left");
        assertEquals(20, area.top(), "and top");
        assertTrue(area.left() + area.width() > 24, "to past the marker's right, not " + area.width());
        assertTrue(area.top() + area.height() > 34, "and bottom, not " + area.height());
        assertEquals(0xFFD03030, at(area, 12, 22), "the block where the marker is not");
        assertEquals(0xFF3050C0, at(area, 19, 29), "the marker over the block");
        assertEquals(0xFF3050C0, at(area, 22, 32), "the marker beyond the block");
        assertEquals(0, at(area, 12, 32), "nothing where neither is");
        assertTrue(held.isEmpty(), "taken, nothing is held");
        assertNull(held.take());
    }

    @Test
    void whatDoesNotShowOnTheCanvasIsNotHeld() {
        HeldPixels held = new HeldPixels();
        assertFalse(held.holdRects(new double[] {-50}, new double[] {0}, new double[] {10}, new double[] {10},
                new Rgb[] {RED}, 1, 1, 0, 0, 100, 100));
        assertFalse(held.holdMarkers(new double[] {500}, new double[] {500}, new MarkerShape[] {MarkerShape.CIRCLE},
                new Rgb[] {BLUE}, 4, 1, 1, 0, 0, 100, 100));
        assertTrue(held.isEmpty());
    }

    @Test
    void heldBlocksKeepTheirPlaceWhenTheCallerReusesItsArrays() {
        HeldPixels held = new HeldPixels();
        double[] xs = {0};
        held.holdRects(xs, new double[] {0}, new double[] {2}, new double[] {2}, new Rgb[] {RED}, 1, 1, 0, 0, 10, 10);
        xs[0] = 6;
        PixelArea area = held.take();
        assertEquals(0, area.left());
        assertEquals(0xFFD03030, at(area, 1, 1));
    }

    private static int at(PixelArea area, int x, int y) {
        return area.pixels()[(y - area.top()) * area.width() + x - area.left()];
    }
}
