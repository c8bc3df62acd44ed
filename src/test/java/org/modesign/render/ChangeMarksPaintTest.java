package org.modesign.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Executive;
import org.modesign.model.Node;
import org.modesign.model.Office;
import org.modesign.model.Role;

/** What changed, as the painter marks it: outlines and tags on added and changed cards, ghosts for removed ones. */
class ChangeMarksPaintTest {

    private static final Viewport VIEW = new Viewport(-50, -50, 1200, 600, 1);

    private static ChartScene scene() {
        List<Node> nodes = List.of(new Executive("cmo", Office.CMO, "CMO", 0, 0),
                Role.of("a", "Analyst", Archetype.MODELER, 300, 0),
                Role.of("b", "Designer", Archetype.MAKER, 600, 0));
        return TestCharts.scene(TestCharts.design(TestCharts.scenario(nodes, List.of())));
    }

    private static RecordingSurface paint(ChartScene scene, ChangeMarks changes, LevelOfDetail detail) {
        RecordingSurface surface = new RecordingSurface();
        new ChartPainter().paint(surface, scene, VIEW,
                new PaintOptions(Set.of(), -1, i -> true, Map.of(), detail, false).withChanges(changes));
        assertTrue(surface.balanced());
        return surface;
    }

    private static long strokes(RecordingSurface s, Rgb colour) {
        return s.count(c -> c.op().startsWith("strokeRoundRect") && colour.equals(c.stroke()));
    }

    @Test
    void addedAndChangedCardsGetAnOutlineAndATagWithTheirGlyph() {
        ChartScene scene = scene();
        RecordingSurface plain = paint(scene, ChangeMarks.NONE, LevelOfDetail.FULL);
        assertEquals(0, strokes(plain, ChangeMark.ADDED.colour()));
        assertFalse(plain.texts().contains("+"));

        ChangeMarks marks = new ChangeMarks(Map.of("a", ChangeMark.ADDED, "b", ChangeMark.CHANGED), List.of());
        RecordingSurface marked = paint(scene, marks, LevelOfDetail.FULL);
        assertEquals(1, strokes(marked, ChangeMark.ADDED.colour()));
        assertEquals(1, strokes(marked, ChangeMark.CHANGED.colour()));
        assertTrue(marked.texts().containsAll(List.of("+", "\u0394")), marked.texts()::toString);
        RecordingSurface.Call outline = marked.calls().stream()
                .filter(c -> c.op().startsWith("strokeRoundRect") && ChangeMark.ADDED.colour().equals(c.stroke()))
                .findFirst().orElseThrow();
        Rect card = scene.card(scene.indexOf("a"));
        assertTrue(outline.args()[0] < card.x() && outline.args()[2] > card.width(), "the outline goes round the card");
        assertEquals(1, marked.calls("fillOval").stream().filter(c -> ChangeMark.ADDED.colour().equals(c.fill())).count(),
                "an added card's tag is round");
        assertEquals(1, marked.calls("fillPolygon").stream().filter(c -> ChangeMark.CHANGED.colour().equals(c.fill()))
                .count(), "a changed card's tag is a diamond");
    }

    @Test
    void aRemovedCardIsADashedGhostWithItsTitleWhereItStood() {
        Rect old = new Rect(900, 0, 200, 64);
        ChangeMarks marks = new ChangeMarks(Map.of(), List.of(new ChangeMarks.Ghost("gone", "Old role", old)));
        RecordingSurface s = paint(scene(), marks, LevelOfDetail.FULL);
        RecordingSurface.Call ghost = s.calls().stream()
                .filter(c -> c.op().startsWith("strokeRoundRect") && ChangeMark.REMOVED.colour().equals(c.stroke()))
                .findFirst().orElseThrow();
        assertEquals(900, ghost.args()[0]);
        assertFalse(ghost.dash().solid(), "dashed");
        assertTrue(s.texts().contains("Old role"));
        assertTrue(s.texts().contains("\u2212"));
    }

    @Test
    void zoomedOutTheTagsStayWithoutText() {
        ChangeMarks marks = new ChangeMarks(Map.of("a", ChangeMark.ADDED),
                List.of(new ChangeMarks.Ghost("gone", "Old role", new Rect(900, 0, 200, 64))));
        RecordingSurface s = paint(scene(), marks, LevelOfDetail.BLOCKS);
        assertEquals(1, strokes(s, ChangeMark.ADDED.colour()));
        assertFalse(s.texts().contains("Old role"));
        assertEquals(1, s.calls("fillOval").stream().filter(c -> ChangeMark.ADDED.colour().equals(c.fill())).count());
    }

    @Test
    void aGhostOutOfViewIsNotPainted() {
        ChangeMarks marks = new ChangeMarks(Map.of(),
                List.of(new ChangeMarks.Ghost("far", "Far away", new Rect(50_000, 50_000, 200, 64))));
        RecordingSurface s = paint(scene(), marks, LevelOfDetail.FULL);
        assertFalse(s.texts().contains("Far away"));
    }
}
