package org.modesign.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Sourcing;

class LegendPainterTest {

    private final LegendPainter legend = new LegendPainter(ChartTheme.LIGHT, ChartLabels.ENGLISH);

    @Test
    void theLegendNamesEveryArchetypeSourcingAndLine() {
        RecordingSurface surface = new RecordingSurface();
        legend.paint(surface, 10, 20);
        List<String> texts = surface.texts();
        for (Archetype archetype : Archetype.values()) {
            assertTrue(texts.contains(ChartLabels.ENGLISH.archetype(archetype)));
        }
        for (Sourcing sourcing : Sourcing.values()) {
            assertTrue(texts.contains(ChartLabels.ENGLISH.sourcing(sourcing)));
        }
        assertTrue(texts.containsAll(List.of("Archetypes", "Sourcing", "Lines", "Reports to", "Dotted line",
                "Member of team")));
        assertEquals(3 + Archetype.values().length + Sourcing.values().length + 3 + 5, texts.size(),
                "and the positions: a heading, open, planned, committee, squad");
        assertTrue(surface.balanced());
    }

    @Test
    void samplesAreDrawnAsOnTheChart() {
        RecordingSurface surface = new RecordingSurface();
        legend.paint(surface, 0, 0);
        ChartTheme theme = ChartTheme.LIGHT;
        for (Archetype archetype : Archetype.values()) {
            assertEquals(1, surface.count(c -> c.op().equals("fillRoundRect") && theme.archetype(archetype).equals(c.fill())));
        }
        assertEquals(3 + 2, surface.count(c -> c.op().equals("strokeRoundRect") && !c.dash().solid()),
                "dashed sourcings, open and planned positions");
        assertEquals(2, surface.count(c -> c.op().equals("fillPolygon")
                && (theme.line(LineKind.SOLID).colour().equals(c.fill()) || theme.line(LineKind.DOTTED).colour().equals(c.fill()))),
                "arrowheads on the reporting lines, none on the member connector");
    }

    @Test
    void everythingLiesInsideTheMeasuredArea() {
        RecordingSurface surface = new RecordingSurface();
        Rect area = legend.paint(surface, 10, 20);
        Rect size = legend.measure(surface);
        assertEquals(size.width(), area.width());
        assertEquals(size.height(), area.height());
        for (RecordingSurface.Call text : surface.calls("text")) {
            double x = text.args()[0];
            double y = text.args()[1];
            double width = surface.textWidth(text.text(), new FontSpec(text.args()[2], true));
            assertTrue(area.contains(x, y) && x + width <= area.maxX() + 1e-9, text.text());
        }
    }
}
