package org.modesign.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.modesign.layout.Spacing;
import org.modesign.render.CardMetrics;

/** Arrange leaves room for every kind of card the chart draws, so arranged cards never overlap. */
class LayoutFitsCardsTest {

    @Test
    void theLayoutsCardIsAtLeastAsLargeAsEveryDrawnCard() {
        double widest = Math.max(CardMetrics.ROLE_WIDTH, Math.max(CardMetrics.TEAM_WIDTH, CardMetrics.EXECUTIVE_WIDTH));
        double tallest = Math.max(CardMetrics.ROLE_HEIGHT,
                Math.max(CardMetrics.TEAM_HEIGHT, CardMetrics.EXECUTIVE_HEIGHT));
        assertTrue(Spacing.CARDS.cardWidth() >= widest, "width");
        assertTrue(Spacing.CARDS.cardHeight() >= tallest, "height");
    }
}
