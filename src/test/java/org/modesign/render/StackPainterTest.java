package org.modesign.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Layer;
import org.modesign.model.ToolCategory;

/** What the stack painter draws: words, colours, the findings' marks, only what is in view. */
class StackPainterTest {

    private static final Rgb WARNING = ChartTheme.LIGHT.badge(BadgeSeverity.WARNING);
    private final StackPainter painter = new StackPainter(ChartTheme.LIGHT);

    private static StackChip chip(String tool, int marks, int column) {
        return new StackChip(tool, null, "global", "Tool " + tool, marks == 0 ? "Owner " + tool : "No owner",
                ToolCategory.CONTENT, Layer.PLATFORM, column, marks, marks == 0 ? null : BadgeSeverity.WARNING);
    }

    private static StackChip gap(String capability) {
        return new StackChip(null, capability, "global", "Work " + capability, "No tool", null, Layer.EXPRESSION, 0,
                StackChip.NO_TOOL, BadgeSeverity.WARNING);
    }

    private RecordingSurface paintAll(StackScene scene, int selected) {
        RecordingSurface surface = new RecordingSurface();
        Rect b = scene.bounds();
        painter.paint(surface, scene, new Viewport(b.x(), b.y(), b.width(), b.height(), 1), selected);
        assertTrue(surface.balanced());
        return surface;
    }

    @Test
    void everyChipShowsItsWordsTheHeadersAndTheLegend() {
        StackScene scene = StackSceneTest.scene(List.of(chip("a", 0, 0), chip("b", 0, 1), gap("web")), 2);
        List<String> texts = paintAll(scene, -1).texts();
        for (String expected : List.of("Tool a", "Owner a", "Tool b", "Work web", "No tool", "Global", "Region 1",
                "Platform", "Expression", "Governance", "Categories", "Content", "Findings", "Same work twice")) {
            assertTrue(texts.contains(expected), expected + " in " + texts);
        }
    }

    @Test
    void aChipIsColouredByItsCategoryAndAnUnmarkedOneCarriesNoFindingsColour() {
        RecordingSurface surface = paintAll(StackSceneTest.scene(List.of(chip("a", 0, 0)), 1), -1);
        Rgb content = StackPainter.CATEGORY_COLOURS.get(ToolCategory.CONTENT);
        assertTrue(surface.count(c -> c.op().equals("fillRoundRect") && content.equals(c.fill())) >= 1);
        Rect chip = StackSceneTest.scene(List.of(chip("a", 0, 0)), 1).chipRect(0);
        assertEquals(0, surface.count(c -> c.op().equals("fillPolygon") && WARNING.equals(c.fill())
                && c.args()[0] == chip.maxX() - 1), "no badge");
        assertEquals(0, surface.count(c -> c.op().equals("strokeRoundRect") && WARNING.equals(c.stroke())
                && c.args()[0] == chip.x()), "no border in the findings' colour");
    }

    @Test
    void markedChipsAreDrawnInTheFindingsColourAndShape() {
        StackScene scene = StackSceneTest.scene(List.of(chip("a", StackChip.NO_OWNER, 0),
                chip("b", StackChip.DUPLICATE, 0), gap("web")), 1);
        RecordingSurface surface = paintAll(scene, -1);
        assertEquals(3, surface.count(c -> c.op().equals("fillPolygon") && WARNING.equals(c.fill())),
                "the warning's triangle on each marked chip");
        Rect a = scene.chipRect(0);
        assertEquals(1, surface.count(c -> c.op().equals("strokeRoundRect") && WARNING.equals(c.stroke())
                && c.args()[0] == a.x() && c.args()[1] == a.y()), "the unowned chip's border");
        Rect b = scene.chipRect(1);
        assertEquals(1, surface.count(c -> c.op().equals("strokeRoundRect") && WARNING.equals(c.stroke())
                && c.args()[0] == b.x() + StackPainter.DUPLICATE_OFFSET), "a second chip behind a duplicate");
        Rect gap = scene.chipRect(2);
        assertEquals(1, surface.count(c -> c.op().equals("strokeRoundRect") && WARNING.equals(c.stroke())
                && !c.dash().solid() && c.args()[0] == gap.x()), "a gap is dashed");
        assertTrue(surface.calls("text").stream().anyMatch(c -> c.text().equals("No owner")
                && c.fill().equals(StackColours.of(ChartTheme.LIGHT).markText())),
                "the mark's words in the findings' dark amber");
    }

    @Test
    void onlyTheChipsInViewArePaintedAndTheHeadersStayInView() {
        List<StackChip> chips = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            chips.add(chip("t" + i, 0, i % 3));
        }
        StackScene scene = StackSceneTest.scene(chips, 3);
        RecordingSurface surface = new RecordingSurface();
        Viewport view = new Viewport(500, 800, 800, 500, 1);
        painter.paint(surface, scene, view, -1);
        long titles = surface.texts().stream().filter(t -> t.startsWith("Tool ")).count();
        assertTrue(titles > 5 && titles < 100, titles + " chips painted, of 600");
        List<RecordingSurface.Call> global = surface.calls("text").stream()
                .filter(c -> c.text().equals("Platform")).toList();
        assertEquals(1, global.size());
        assertTrue(global.get(0).args()[1] > view.y(), "the layer's name is drawn at the top of the view");
        assertTrue(surface.calls("text").stream().anyMatch(c -> c.text().equals("Region 1")
                && c.args()[1] > view.y() && c.args()[1] < view.y() + StackScene.COLUMN_HEADER_HEIGHT),
                "the column names are pinned to the top of the view");
    }

    @Test
    void zoomedFarOutChipsHaveNoWordsAndTheSelectionIsOutlined() {
        StackScene scene = StackSceneTest.scene(List.of(chip("a", 0, 0), chip("b", 0, 0)), 1);
        RecordingSurface far = new RecordingSurface();
        painter.paint(far, scene, new Viewport(0, 0, 100, 100, 0.2), -1);
        assertFalse(far.texts().contains("Tool a"));
        RecordingSurface selected = paintAll(scene, 1);
        Rect b = scene.chipRect(1);
        assertEquals(1, selected.count(c -> c.op().equals("strokeRoundRect")
                && c.stroke().equals(ChartTheme.LIGHT.selection()) && c.args()[0] < b.x() && c.args()[1] < b.y()));
    }
}
