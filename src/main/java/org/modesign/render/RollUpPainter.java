package org.modesign.render;

import org.modesign.model.Archetype;

/**
 * Paints what folding adds to a chart: a chevron on each shown card that has reports or members
 * (a minus to collapse it, a plus when it is collapsed), and under each collapsed card its roll-up
 * card, drawn as a small pile of cards: how many roles and FTE the branch holds, its archetype mix
 * as a bar in the archetypes' colours, and its findings by severity (each with its badge's shape
 * and colour). The same for the screen and the exports.
 */
final class RollUpPainter {

    /** The gap between a collapsed card and its roll-up card. */
    static final double GAP = 24;
    static final double WIDTH = CardMetrics.ROLE_WIDTH;
    static final double HEIGHT = CardMetrics.ROLE_HEIGHT;
    static final double CHEVRON_RADIUS = 7;
    /** How far the chevron's centre is from the card's right edge (on its bottom edge). */
    private static final double CHEVRON_INSET = 18;
    private static final double PILE_STEP = 3;
    private static final double BAR_HEIGHT = 8;
    private static final Archetype[] ARCHETYPES = Archetype.values();
    private static final BadgeSeverity[] SEVERITIES = {BadgeSeverity.ERROR, BadgeSeverity.WARNING, BadgeSeverity.INFO};

    private final ChartTheme theme;
    private final ChartLabels labels;

    RollUpPainter(ChartTheme theme, ChartLabels labels) {
        this.theme = theme;
        this.labels = labels;
    }

    /** Where the roll-up card of a collapsed card lies: just below it, left-aligned. */
    static Rect cardUnder(Rect card) {
        return new Rect(card.x(), card.maxY() + GAP, WIDTH, HEIGHT);
    }

    /** The centre of a foldable card's chevron, on its bottom edge near the right corner. */
    static double[] chevronCentre(Rect card) {
        return new double[] {card.maxX() - CHEVRON_INSET, card.maxY()};
    }

    /** Paints the chevrons of the {@code shown} cards (at full detail) and the roll-ups in {@code visible}. */
    void paint(Surface surface, ChartScene scene, Rect visible, LevelOfDetail detail, int[] shown, double unit) {
        SceneFolds folds = scene.folds();
        if (!folds.any()) {
            return;
        }
        for (int k = 0; k < folds.count(); k++) {
            Rect card = scene.rollUpCard(k);
            Rect pile = new Rect(card.x(), card.y() - GAP, card.width() + 2 * PILE_STEP, card.height() + GAP + 2 * PILE_STEP);
            if (pile.intersects(visible)) {
                paintRollUp(surface, scene.card(folds.collapsed(k)), card, folds.facts(k), detail, unit);
            }
        }
        if (detail == LevelOfDetail.FULL) {
            for (int index : shown) {
                if (folds.foldable(index)) {
                    paintChevron(surface, scene.card(index), folds.isCollapsed(index));
                }
            }
        }
    }

    private void paintRollUp(Surface surface, Rect owner, Rect card, RollUpFacts facts, LevelOfDetail detail,
            double unit) {
        LineAppearance connector = theme.line(LineKind.SOLID);
        surface.setStroke(connector.colour());
        surface.setLineWidth(Math.max(connector.width(), unit));
        surface.setDash(new Dash(4, 3));
        surface.strokeLine(owner.x() + WIDTH / 2, owner.maxY(), card.x() + WIDTH / 2, card.y());
        surface.setDash(Dash.SOLID);
        if (detail == LevelOfDetail.BLOCKS || detail == LevelOfDetail.DOTS) {
            surface.setFill(theme.cardBorder());
            surface.fillRect(card.x(), card.y(), card.width(), card.height());
            return;
        }
        boolean full = detail == LevelOfDetail.FULL;
        double corner = full ? CardMetrics.CORNER : 0;
        for (int step = 2; step >= 1; step--) {
            double d = step * PILE_STEP;
            surface.setFill(theme.teamFill());
            fill(surface, card.x() + d, card.y() + d, card.width(), card.height(), corner);
            surface.setStroke(theme.cardBorder());
            surface.setLineWidth(unit);
            stroke(surface, card.x() + d, card.y() + d, card.width(), card.height(), corner);
        }
        surface.setFill(theme.cardFill());
        fill(surface, card.x(), card.y(), card.width(), card.height(), corner);
        surface.setStroke(theme.cardBorder());
        surface.setLineWidth(Math.max(1, unit));
        surface.setDash(new Dash(5, 3));
        stroke(surface, card.x(), card.y(), card.width(), card.height(), corner);
        surface.setDash(Dash.SOLID);
        double pad = CardMetrics.PADDING;
        surface.setFill(theme.cardText());
        if (full) {
            String roles = labels.roles(facts.roles());
            String head = facts.fte() > 0 ? roles + CardText.SEPARATOR + labels.fte(facts.fte()) : roles;
            // Whole, never over the card's edge: a head too wide for one line leaves its FTE to the findings' line.
            boolean fits = surface.textWidth(head, CardMetrics.TITLE_FONT) <= card.width() - 2 * pad;
            surface.text(fits ? head : roles, card.x() + pad, card.y() + pad + CardMetrics.TITLE_FONT.size(),
                    CardMetrics.TITLE_FONT, TextAlign.LEFT);
            paintBar(surface, facts, card.x() + pad, card.y() + 28, card.width() - 2 * pad, BAR_HEIGHT);
            paintFindings(surface, facts, card.x() + pad, card.y() + 52);
            if (!fits && facts.fte() > 0) {
                surface.setFill(theme.cardText());
                surface.text(labels.fte(facts.fte()), card.maxX() - pad, card.y() + 52, CardMetrics.DETAIL_FONT,
                        TextAlign.RIGHT);
            }
        } else {
            surface.text(labels.roles(facts.roles()), card.x() + pad, card.y() + pad + CardMetrics.COMPACT_FONT.size(),
                    CardMetrics.COMPACT_FONT, TextAlign.LEFT);
            paintBar(surface, facts, card.x() + pad, card.y() + 38, card.width() - 2 * pad, 2 * BAR_HEIGHT);
        }
    }

    /** The archetype mix: one bar, each archetype's share in its colour (empty when the branch has no role). */
    private void paintBar(Surface surface, RollUpFacts facts, double x, double y, double width, double height) {
        surface.setFill(theme.grid());
        surface.fillRect(x, y, width, height);
        if (facts.roles() == 0) {
            return;
        }
        double left = x;
        int counted = 0;
        for (Archetype a : ARCHETYPES) {
            int count = facts.archetype(a);
            if (count == 0) {
                continue;
            }
            counted += count;
            double right = x + width * counted / facts.roles();
            surface.setFill(theme.archetype(a));
            surface.fillRect(left, y, right - left, height);
            left = right;
        }
    }

    /** The findings: for each severity that has any, its badge's shape and colour and the count. */
    private void paintFindings(Surface surface, RollUpFacts facts, double x, double baseline) {
        int[] counts = {facts.errors(), facts.warnings(), facts.infos()};
        double r = 5;
        double left = x;
        for (int s = 0; s < SEVERITIES.length; s++) {
            if (counts[s] == 0) {
                continue;
            }
            surface.setFill(theme.badge(SEVERITIES[s]));
            double cx = left + r;
            double cy = baseline - 4;
            switch (SEVERITIES[s]) {
                case ERROR -> surface.fillOval(cx - r, cy - r, 2 * r, 2 * r);
                case WARNING -> surface.fillPolygon(new double[] {cx, cx + 1.15 * r, cx - 1.15 * r},
                        new double[] {cy - 1.15 * r, cy + 0.85 * r, cy + 0.85 * r}, 3);
                case INFO -> surface.fillRoundRect(cx - r, cy - r, 2 * r, 2 * r, r / 3);
            }
            String count = Integer.toString(counts[s]);
            surface.setFill(theme.cardDetailText());
            surface.text(count, left + 2 * r + 4, baseline, CardMetrics.DETAIL_FONT, TextAlign.LEFT);
            left += 2 * r + 4 + surface.textWidth(count, CardMetrics.DETAIL_FONT) + 12;
        }
    }

    private void paintChevron(Surface surface, Rect card, boolean collapsed) {
        double[] c = chevronCentre(card);
        double r = CHEVRON_RADIUS;
        surface.setFill(collapsed ? theme.cardText() : theme.cardFill());
        surface.fillOval(c[0] - r, c[1] - r, 2 * r, 2 * r);
        surface.setStroke(collapsed ? theme.cardText() : theme.cardBorder());
        surface.setLineWidth(1);
        surface.setDash(Dash.SOLID);
        surface.strokeRoundRect(c[0] - r, c[1] - r, 2 * r, 2 * r, r);
        surface.setStroke(collapsed ? theme.cardFill() : theme.cardText());
        surface.setLineWidth(1.5);
        surface.strokeLine(c[0] - r / 2, c[1], c[0] + r / 2, c[1]);
        if (collapsed) {
            surface.strokeLine(c[0], c[1] - r / 2, c[0], c[1] + r / 2);
        }
    }

    private static void fill(Surface surface, double x, double y, double w, double h, double corner) {
        if (corner > 0) {
            surface.fillRoundRect(x, y, w, h, corner);
        } else {
            surface.fillRect(x, y, w, h);
        }
    }

    private static void stroke(Surface surface, double x, double y, double w, double h, double corner) {
        if (corner > 0) {
            surface.strokeRoundRect(x, y, w, h, corner);
        } else {
            surface.strokeRect(x, y, w, h);
        }
    }
}
