package org.modesign.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LevelOfDetailTest {

    @Test
    void theScaleChoosesTheLevel() {
        assertEquals(LevelOfDetail.FULL, LevelOfDetail.forScale(4));
        assertEquals(LevelOfDetail.FULL, LevelOfDetail.forScale(0.6));
        assertEquals(LevelOfDetail.COMPACT, LevelOfDetail.forScale(0.59));
        assertEquals(LevelOfDetail.COMPACT, LevelOfDetail.forScale(0.3));
        assertEquals(LevelOfDetail.BLOCKS, LevelOfDetail.forScale(0.29));
        assertEquals(LevelOfDetail.BLOCKS, LevelOfDetail.forScale(0.05));
        assertEquals(LevelOfDetail.DOTS, LevelOfDetail.forScale(0.049));
    }

    @Test
    void onlyFullAndCompactDrawText() {
        assertTrue(LevelOfDetail.FULL.drawsText());
        assertTrue(LevelOfDetail.COMPACT.drawsText());
        assertFalse(LevelOfDetail.BLOCKS.drawsText());
        assertFalse(LevelOfDetail.DOTS.drawsText());
    }

    @Test
    void optionsMayOverrideTheLevel() {
        assertEquals(LevelOfDetail.FULL, PaintOptions.DEFAULT.detailFor(1));
        assertEquals(LevelOfDetail.BLOCKS, PaintOptions.DEFAULT.withDetail(LevelOfDetail.BLOCKS).detailFor(1));
    }
}
