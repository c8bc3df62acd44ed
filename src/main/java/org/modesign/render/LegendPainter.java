package org.modesign.render;

import java.util.ArrayList;
import java.util.List;
import org.modesign.model.Archetype;
import org.modesign.model.LineStyle;
import org.modesign.model.Sourcing;
import org.modesign.model.Staffing;
import org.modesign.model.TeamKind;

/**
 * Paints the chart's legend onto a {@link Surface}: archetype colours with glyph and word, the
 * card borders of each sourcing, the marks of open and planned positions and of committees and
 * squads, and the kinds of line, each drawn exactly as
 * {@link ChartPainter} draws it. For the editor's legend panel and for exports.
 */
public final class LegendPainter {

    static final double PADDING = 8;
    static final double ROW_HEIGHT = 22;
    static final double SWATCH_WIDTH = 28;
    static final double GAP = 8;
    private static final double SWATCH_HEIGHT = 14;
    private static final FontSpec HEADING_FONT = new FontSpec(13, true);
    private static final FontSpec ROW_FONT = new FontSpec(10, false);

    private final ChartTheme theme;
    private final List<Row> rows = new ArrayList<>();

    public LegendPainter(ChartTheme theme, ChartLabels labels) {
        this.theme = theme;
        rows.add(new Row(labels.legendArchetypes(), null));
        for (Archetype archetype : Archetype.values()) {
            rows.add(new Row(labels.archetype(archetype), (s, x, y) -> archetypeSwatch(s, archetype, x, y)));
        }
        rows.add(new Row(labels.legendSourcing(), null));
        for (Sourcing sourcing : Sourcing.values()) {
            rows.add(new Row(labels.sourcing(sourcing), (s, x, y) -> sourcingSwatch(s, sourcing, x, y)));
        }
        rows.add(new Row(labels.legendStaffing(), null));
        for (Staffing staffing : List.of(Staffing.OPEN, Staffing.PLANNED)) {
            rows.add(new Row(labels.staffing(staffing), (s, x, y) -> staffingSwatch(s, staffing, x, y)));
        }
        for (TeamKind kind : List.of(TeamKind.COMMITTEE, TeamKind.SQUAD)) {
            rows.add(new Row(labels.teamKind(kind), (s, x, y) -> teamSwatch(s, kind, x, y)));
        }
        rows.add(new Row(labels.legendLines(), null));
        for (LineStyle style : LineStyle.values()) {
            rows.add(new Row(labels.lineStyle(style), (s, x, y) -> lineSwatch(s, LineKind.of(style), x, y)));
        }
        rows.add(new Row(labels.teamMember(), (s, x, y) -> lineSwatch(s, LineKind.MEMBER, x, y)));
    }

    /** The size the legend takes on {@code surface}, placed at the origin. */
    public Rect measure(Surface surface) {
        double width = 0;
        for (Row row : rows) {
            double indent = row.swatch() == null ? 0 : SWATCH_WIDTH + GAP;
            width = Math.max(width, indent + surface.textWidth(row.label(), row.font()));
        }
        return new Rect(0, 0, width + 2 * PADDING, rows.size() * ROW_HEIGHT + 2 * PADDING);
    }

    /** Paints the legend on a card with its top-left corner at ({@code x}, {@code y}); returns the area it took. */
    public Rect paint(Surface surface, double x, double y) {
        Rect size = measure(surface);
        Rect area = new Rect(x, y, size.width(), size.height());
        surface.save();
        surface.setFill(theme.cardFill());
        surface.fillRoundRect(area.x(), area.y(), area.width(), area.height(), CardMetrics.CORNER);
        surface.setStroke(theme.cardBorder());
        surface.setLineWidth(1);
        surface.setDash(Dash.SOLID);
        surface.strokeRoundRect(area.x(), area.y(), area.width(), area.height(), CardMetrics.CORNER);
        double rowY = y + PADDING;
        for (Row row : rows) {
            double textX = x + PADDING;
            if (row.swatch() != null) {
                row.swatch().paint(surface, textX, rowY + (ROW_HEIGHT - SWATCH_HEIGHT) / 2);
                textX += SWATCH_WIDTH + GAP;
            }
            surface.setFill(theme.cardText());
            surface.text(row.label(), textX, rowY + ROW_HEIGHT / 2 + CardMetrics.BASELINE_DROP * row.font().size(),
                    row.font(), TextAlign.LEFT);
            rowY += ROW_HEIGHT;
        }
        surface.restore();
        return area;
    }

    private void archetypeSwatch(Surface surface, Archetype archetype, double x, double y) {
        Rgb colour = theme.archetype(archetype);
        surface.setFill(colour);
        surface.fillRoundRect(x, y, SWATCH_WIDTH, SWATCH_HEIGHT, 3);
        ArchetypeGlyph.paint(surface, archetype, x + SWATCH_WIDTH / 2, y + SWATCH_HEIGHT / 2, SWATCH_HEIGHT - 2,
                colour.contrasting());
    }

    private void sourcingSwatch(Surface surface, Sourcing sourcing, double x, double y) {
        surface.setFill(theme.cardFill());
        surface.fillRoundRect(x, y, SWATCH_WIDTH, SWATCH_HEIGHT, 3);
        surface.setStroke(theme.cardBorder());
        surface.setLineWidth(1);
        surface.setDash(theme.sourcingDash(sourcing));
        surface.strokeRoundRect(x, y, SWATCH_WIDTH, SWATCH_HEIGHT, 3);
    }

    private void staffingSwatch(Surface surface, Staffing staffing, double x, double y) {
        surface.setFill(PeopleLook.vacantFill(theme, staffing));
        surface.fillRoundRect(x, y, SWATCH_WIDTH, SWATCH_HEIGHT, 3);
        surface.setStroke(PeopleLook.vacant(theme, staffing));
        surface.setLineWidth(PeopleLook.VACANT_WIDTH);
        surface.setDash(PeopleLook.VACANT_DASH);
        surface.strokeRoundRect(x, y, SWATCH_WIDTH, SWATCH_HEIGHT, 3);
    }

    private void teamSwatch(Surface surface, TeamKind kind, double x, double y) {
        Rgb accent = PeopleLook.teamAccent(theme, kind);
        surface.setFill(PeopleLook.teamFill(theme, kind));
        surface.fillRect(x, y, SWATCH_WIDTH, SWATCH_HEIGHT);
        surface.setFill(accent);
        surface.fillRect(x, y, SWATCH_WIDTH, 3);
        surface.setStroke(accent);
        surface.setLineWidth(1);
        surface.setDash(Dash.SOLID);
        surface.strokeRect(x, y, SWATCH_WIDTH, SWATCH_HEIGHT);
    }

    private void lineSwatch(Surface surface, LineKind kind, double x, double y) {
        double middle = y + SWATCH_HEIGHT / 2;
        LineRoute route = LineRoute.between(new Rect(x, middle, 0, 0), new Rect(x + SWATCH_WIDTH, middle, 0, 0));
        LineAppearance look = theme.line(kind);
        LinePainter.stroke(surface, route, look, look.colour(), look.width(), look.arrow());
    }

    /** Paints a row's sample with its top-left corner at ({@code x}, {@code y}). */
    private interface Swatch {
        void paint(Surface surface, double x, double y);
    }

    /** One line of the legend: a heading (no swatch) or a sample and its word. */
    private record Row(String label, Swatch swatch) {
        FontSpec font() {
            return swatch == null ? HEADING_FONT : ROW_FONT;
        }
    }
}
