package org.modesign.render;

import static org.modesign.render.CardMetrics.BAND_WIDTH;
import static org.modesign.render.CardMetrics.COMPACT_FONT;
import static org.modesign.render.CardMetrics.CORNER;
import static org.modesign.render.CardMetrics.DETAIL_FONT;
import static org.modesign.render.CardMetrics.GLYPH_SIZE;
import static org.modesign.render.CardMetrics.PADDING;
import static org.modesign.render.CardMetrics.TAG_FONT;
import static org.modesign.render.CardMetrics.TEAM_CORNER;
import static org.modesign.render.CardMetrics.TEAM_STRIP;
import static org.modesign.render.CardMetrics.TITLE_FONT;

import org.modesign.model.Executive;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Sourcing;

/**
 * Paints cards with their text, at {@link LevelOfDetail#FULL} or {@link LevelOfDetail#COMPACT}.
 * A role: a band in its archetype's colour (with the glyph at full detail), the title, then
 * "archetype · FTE · region" and a sourcing tag when it is not in house. An executive: a card in
 * its office's colour with the title and the office (once, when the title is the office's name). A team: a header card with name and region.
 * Compact cards carry the title only, larger, and have square corners.
 */
final class CardPainter {

    private final ChartTheme theme;
    private final ChartLabels labels;
    private final TextFitter fitter = new TextFitter();

    CardPainter(ChartTheme theme, ChartLabels labels) {
        this.theme = theme;
        this.labels = labels;
    }

    /** Paints card {@code index} of {@code scene}, ghosted when {@code ghost}. */
    void paint(Surface surface, ChartScene scene, int index, boolean full, boolean ghost) {
        Node node = scene.node(index);
        CardStyle style = CardStyle.of(theme, node);
        if (ghost) {
            style = style.ghosted(theme.ghostAlpha());
        }
        Rect card = scene.card(index);
        if (node instanceof Role role) {
            paintRole(surface, role, scene.regionName(index), card, style, full);
        } else if (node instanceof Executive executive) {
            paintExecutive(surface, executive, card, style, full);
        } else {
            paintTeam(surface, node.label(), scene.regionName(index), card, style, full);
        }
    }

    private void paintRole(Surface surface, Role role, String region, Rect card, CardStyle style, boolean full) {
        double corner = corner(CORNER, full);
        // The band reaches just under the body's rounded left corners, not under the whole body.
        surface.setFill(style.accent());
        fill(surface, card.x(), card.y(), Math.min(card.width(), BAND_WIDTH + 2 * corner + 1), card.height(), corner);
        surface.setFill(style.fill());
        fill(surface, card.x() + BAND_WIDTH, card.y(), card.width() - BAND_WIDTH, card.height(), corner);
        border(surface, card, style, corner);
        double textX = card.x() + BAND_WIDTH + PADDING;
        double textWidth = card.width() - BAND_WIDTH - 2 * PADDING;
        surface.setFill(style.text());
        if (!full) {
            text(surface, role.title(), textX, centredBaseline(card, COMPACT_FONT), COMPACT_FONT, TextAlign.LEFT, textWidth);
            return;
        }
        Rgb glyph = style.accent().contrasting().withAlpha(style.accent().alpha());
        ArchetypeGlyph.paint(surface, role.archetype(), card.x() + BAND_WIDTH / 2,
                card.y() + PADDING + GLYPH_SIZE / 2, GLYPH_SIZE, glyph);
        text(surface, role.title(), textX, card.y() + 22, TITLE_FONT, TextAlign.LEFT, textWidth);
        surface.setFill(style.detailText());
        text(surface, CardText.roleSummary(labels, role, region), textX, card.y() + 40, DETAIL_FONT, TextAlign.LEFT,
                textWidth);
        if (role.sourcing() != Sourcing.IN_HOUSE) {
            text(surface, labels.sourcing(role.sourcing()), card.maxX() - PADDING, card.maxY() - PADDING, TAG_FONT,
                    TextAlign.RIGHT, textWidth);
        }
    }

    private void paintExecutive(Surface surface, Executive executive, Rect card, CardStyle style, boolean full) {
        surface.setFill(style.fill());
        fill(surface, card.x(), card.y(), card.width(), card.height(), corner(CORNER, full));
        border(surface, card, style, corner(CORNER, full));
        double width = card.width() - 2 * PADDING;
        surface.setFill(style.text());
        if (!full) {
            text(surface, executive.title(), card.centerX(), centredBaseline(card, COMPACT_FONT), COMPACT_FONT,
                    TextAlign.CENTER, width);
            return;
        }
        String office = labels.office(executive.office());
        if (office.equalsIgnoreCase(executive.title().strip())) {
            text(surface, executive.title(), card.centerX(), centredBaseline(card, TITLE_FONT), TITLE_FONT,
                    TextAlign.CENTER, width);
            return;
        }
        text(surface, executive.title(), card.centerX(), card.y() + 22, TITLE_FONT, TextAlign.CENTER, width);
        surface.setFill(style.detailText());
        text(surface, office, card.centerX(), card.y() + 38, DETAIL_FONT, TextAlign.CENTER, width);
    }

    private void paintTeam(Surface surface, String name, String region, Rect card, CardStyle style, boolean full) {
        surface.setFill(style.fill());
        fill(surface, card.x(), card.y(), card.width(), card.height(), corner(TEAM_CORNER, full));
        surface.setFill(style.accent());
        surface.fillRect(card.x(), card.y(), card.width(), TEAM_STRIP);
        border(surface, card, style, corner(TEAM_CORNER, full));
        double width = card.width() - 2 * PADDING;
        surface.setFill(style.text());
        if (!full) {
            Rect below = new Rect(card.x(), card.y() + TEAM_STRIP, card.width(), card.height() - TEAM_STRIP);
            text(surface, name, card.x() + PADDING, centredBaseline(below, COMPACT_FONT), COMPACT_FONT, TextAlign.LEFT,
                    width);
            return;
        }
        text(surface, name, card.x() + PADDING, card.y() + 19, TITLE_FONT, TextAlign.LEFT, width);
        surface.setFill(style.detailText());
        text(surface, CardText.region(labels, region), card.x() + PADDING, card.y() + 33, DETAIL_FONT, TextAlign.LEFT,
                width);
    }

    /**
     * The corner radius at this detail: {@code radius} at full detail; square at compact detail,
     * where rounding would span a pixel or two and costs a software rasteriser a fifth of a card.
     */
    private static double corner(double radius, boolean full) {
        return full ? radius : 0;
    }

    private static void fill(Surface surface, double x, double y, double width, double height, double corner) {
        if (corner > 0) {
            surface.fillRoundRect(x, y, width, height, corner);
        } else {
            surface.fillRect(x, y, width, height);
        }
    }

    private static void border(Surface surface, Rect card, CardStyle style, double corner) {
        surface.setStroke(style.border());
        surface.setLineWidth(1);
        surface.setDash(style.dash());
        if (corner > 0) {
            surface.strokeRoundRect(card.x(), card.y(), card.width(), card.height(), corner);
        } else {
            surface.strokeRect(card.x(), card.y(), card.width(), card.height());
        }
    }

    /** Draws {@code text} shortened to {@code maxWidth}; nothing when not even the ellipsis fits. */
    private void text(Surface surface, String text, double x, double y, FontSpec font, TextAlign align,
            double maxWidth) {
        String fitted = fitter.fit(surface, text, font, maxWidth);
        if (!fitted.isEmpty()) {
            surface.text(fitted, x, y, font, align);
        }
    }

    private static double centredBaseline(Rect area, FontSpec font) {
        return area.centerY() + CardMetrics.BASELINE_DROP * font.size();
    }
}
