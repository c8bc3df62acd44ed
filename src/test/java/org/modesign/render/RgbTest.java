package org.modesign.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RgbTest {

    @Test
    void hexRoundTrips() {
        Rgb colour = Rgb.of(0x0072B2);
        assertEquals(new Rgb(0, 0x72, 0xB2, 1), colour);
        assertEquals("#0072b2", colour.hex());
    }

    @Test
    void fadingMultipliesTheOpacity() {
        assertEquals(0.125, Rgb.of(0).withAlpha(0.5).fade(0.25).alpha(), 1e-12);
    }

    @Test
    void contrastingColoursAreDarkOnLightAndWhiteOnDark() {
        assertEquals(Rgb.of(0xFFFFFF), Rgb.of(0x0072B2).contrasting());
        assertEquals(Rgb.of(0x1A1A1A), Rgb.of(0xF0E442).contrasting());
    }

    @Test
    void outOfRangeValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Rgb(256, 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Rgb(0, -1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Rgb(0, 0, 0, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new Rgb(0, 0, 0, Double.NaN));
    }
}
