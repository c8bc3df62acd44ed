package org.modesign.render;

import static org.modesign.render.CardMetrics.BAND_WIDTH;
import static org.modesign.render.CardMetrics.CORNER;
import static org.modesign.render.CardMetrics.GLYPH_SIZE;
import static org.modesign.render.CardMetrics.PADDING;
import static org.modesign.render.CardMetrics.TEAM_CORNER;
import static org.modesign.render.CardMetrics.TEAM_STRIP;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modesign.model.Executive;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Team;

/**
 * Paints cards with their text, at {@link LevelOfDetail#FULL} or {@link LevelOfDetail#COMPACT}.
 * A role: a band in its archetype's colour (with the glyph at full detail), the title, then
 * "archetype · FTE · region", and the sourcing when it is not in house. An executive: a card in
 * its office's colour with the title and the office (once, when the title is the office's name).
 * An open or planned role: a tinted card with a dashed outline in its staffing's colour and, at
 * full detail, a tag with the staffing's word on its top edge. A team: a header card with name,
 * kind (unless a department), region, and its members and their FTE; a committee or squad in its
 * kind's colour, listing the titles of those who serve on it (as many as fit, then "+N more").
 * A card that owns tools of the stack says how many on a tag at its bottom right (the number
 * alone at compact detail). Compact cards carry the title only, larger, and
 * have square corners. Titles wrap; {@link CardTypesetter} sets the words and caches them.
 */
final class CardPainter {

    private final ChartTheme theme;
    private final ChartLabels labels;
    private final CardTypesetter typesetter = new CardTypesetter();
    /** The widths of the staffing tags as the surface of {@link #tagOwner} measures them. */
    private final Map<String, Double> tagWidths = new HashMap<>();
    private Surface tagOwner;

    CardPainter(ChartTheme theme, ChartLabels labels) {
        this.theme = theme;
        this.labels = labels;
    }

    /**
     * Paints card {@code index} of {@code scene} with the text of {@code mode}, ghosted when
     * {@code ghost}; a team card tags its members and FTE as {@code teams} counts them.
     */
    void paint(Surface surface, ChartScene scene, int index, CardTypesetter.Mode mode, boolean ghost,
            TeamFigures teams) {
        Node node = scene.node(index);
        CardStyle style = CardStyle.of(theme, node);
        if (ghost) {
            style = style.ghosted(theme.ghostAlpha());
        }
        Rect card = scene.card(index);
        boolean full = mode != CardTypesetter.Mode.COMPACT;
        if (node instanceof Role role) {
            paintRole(surface, role, card, style, full);
        } else if (node instanceof Executive) {
            paintExecutive(surface, card, style, full);
        } else {
            paintTeam(surface, card, style, full);
        }
        paintText(surface, lines(surface, scene, index, mode), card, style);
        if (full && !ghost) {
            paintTags(surface, scene, index, card, style, teams);
        }
        int tools = ghost ? 0 : teams.tools(index);
        if (tools > 0) {
            String word = full ? labels.tools(tools) : Integer.toString(tools);
            FontSpec font = full ? PeopleLook.TAG_FONT : ToolsTag.COMPACT_FONT;
            // Left of the card's chevron, if it has one: the tag and the chevron share the bottom edge.
            double inset = scene.folds().foldable(index) ? RollUpPainter.CHEVRON_CLEARANCE : CardMetrics.PADDING;
            ToolsTag.paint(surface, card, word, tagWidth(surface, word, font), font, inset);
        }
    }

    /** The tags on a card's top edge: a vacancy's staffing; a team's kind and its members. */
    private void paintTags(Surface surface, ChartScene scene, int index, Rect card, CardStyle style,
            TeamFigures teams) {
        Node node = scene.node(index);
        Rgb white = theme.cardFill().withAlpha(style.border().alpha());
        if (node instanceof Role role && role.staffing().vacant()) {
            String word = labels.staffing(role.staffing());
            PeopleLook.paintTag(surface, card, word, tagWidth(surface, word), false, style.border(), white);
        } else if (node instanceof Team team) {
            String kind = CardText.teamKind(labels, team);
            if (kind != null) {
                PeopleLook.paintTag(surface, card, kind, tagWidth(surface, kind), true, style.accent(), white);
            }
            String members = CardText.teamMembers(labels, teams.members(index), teams.fte(index));
            if (members != null) {
                PeopleLook.paintTag(surface, card, members, tagWidth(surface, members), false, white,
                        style.detailText(), style.border());
            }
        }
    }

    /** The width of a tag, measured once per word and surface (a few words on a chart). */
    private double tagWidth(Surface surface, String word) {
        return tagWidth(surface, word, PeopleLook.TAG_FONT);
    }

    private double tagWidth(Surface surface, String word, FontSpec font) {
        if (surface != tagOwner || tagWidths.size() > 4096) {
            tagWidths.clear();
            tagOwner = surface;
        }
        return tagWidths.computeIfAbsent(font.size() + "|" + word,
                w -> surface.textWidth(word, font) + 2 * PeopleLook.TAG_PADDING);
    }

    /** The words of card {@code index} of {@code scene} as set for {@code mode}, as {@code surface} measures them. */
    CardLines lines(Surface surface, ChartScene scene, int index, CardTypesetter.Mode mode) {
        Node node = scene.node(index);
        Rect card = scene.card(index);
        List<String> details;
        if (mode == CardTypesetter.Mode.COMPACT) {
            details = List.of();
        } else if (node instanceof Role role) {
            details = CardText.roleDetails(labels, role, scene.regionName(index));
        } else if (node instanceof Executive executive) {
            String office = labels.office(executive.office());
            details = office.equalsIgnoreCase(executive.title().strip()) ? List.of() : List.of(office);
        } else {
            String region = CardText.region(labels, scene.regionName(index));
            int[] listed = scene.listedMembers(index);
            details = listed.length == 0 ? List.of(region)
                    : List.of(region, MemberList.fit(surface, scene, listed, labels, card.width() - 2 * PADDING
                            - surface.textWidth(region + CardText.SEPARATOR, CardMetrics.DETAIL_FONT)));
        }
        return typesetter.set(surface, node.type(), card.width(), card.height(), node.label(), details, mode);
    }

    private void paintRole(Surface surface, Role role, Rect card, CardStyle style, boolean full) {
        double corner = corner(CORNER, full);
        // The band reaches just under the body's rounded left corners, not under the whole body.
        surface.setFill(style.accent());
        fill(surface, card.x(), card.y(), Math.min(card.width(), BAND_WIDTH + 2 * corner + 1), card.height(), corner);
        surface.setFill(style.fill());
        fill(surface, card.x() + BAND_WIDTH, card.y(), card.width() - BAND_WIDTH, card.height(), corner);
        border(surface, card, style, corner, role.staffing().vacant() ? PeopleLook.VACANT_WIDTH : 1);
        if (full) {
            Rgb glyph = style.accent().contrasting().withAlpha(style.accent().alpha());
            ArchetypeGlyph.paint(surface, role.archetype(), card.x() + BAND_WIDTH / 2,
                    card.y() + PADDING + GLYPH_SIZE / 2, GLYPH_SIZE, glyph);
        }
    }

    private void paintExecutive(Surface surface, Rect card, CardStyle style, boolean full) {
        surface.setFill(style.fill());
        fill(surface, card.x(), card.y(), card.width(), card.height(), corner(CORNER, full));
        border(surface, card, style, corner(CORNER, full), 1);
    }

    private void paintTeam(Surface surface, Rect card, CardStyle style, boolean full) {
        surface.setFill(style.fill());
        fill(surface, card.x(), card.y(), card.width(), card.height(), corner(TEAM_CORNER, full));
        surface.setFill(style.accent());
        surface.fillRect(card.x(), card.y(), card.width(), TEAM_STRIP);
        border(surface, card, style, corner(TEAM_CORNER, full), 1);
    }

    /** Draws the lines of a card: the title in the card's text colour, the detail in its detail colour. */
    private static void paintText(Surface surface, CardLines lines, Rect card, CardStyle style) {
        Rgb colour = null;
        for (CardLines.TextLine line : lines.lines()) {
            if (line.text().isEmpty()) {
                continue;
            }
            Rgb wanted = line.title() ? style.text() : style.detailText();
            if (wanted != colour) {
                colour = wanted;
                surface.setFill(colour);
            }
            surface.text(line.text(), card.x() + line.x(), card.y() + line.baseline(), line.font(), line.align());
        }
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

    private static void border(Surface surface, Rect card, CardStyle style, double corner, double width) {
        surface.setStroke(style.border());
        surface.setLineWidth(width);
        surface.setDash(style.dash());
        if (corner > 0) {
            surface.strokeRoundRect(card.x(), card.y(), card.width(), card.height(), corner);
        } else {
            surface.strokeRect(card.x(), card.y(), card.width(), card.height());
        }
    }
}
