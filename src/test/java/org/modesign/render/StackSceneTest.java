package org.modesign.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.modesign.model.Layer;
import org.modesign.model.ToolCategory;

/** The landscape's layout: chips per cell, wrapping, culling and hit-testing. */
class StackSceneTest {

    static final StackLegend LEGEND = new StackLegend("Categories",
            List.of("Advertising", "Content", "Social", "Commerce", "Data", "Management"), "Findings", "No owner",
            "Same work twice", "No tool");
    static final List<String> LAYERS = List.of("Platform", "Expression", "Governance");

    static StackChip chip(String tool, Layer layer, int column) {
        return new StackChip(tool, null, "r" + column, "Tool " + tool, "Owner of " + tool, ToolCategory.DATA, layer,
                column, 0, null);
    }

    static StackScene scene(List<StackChip> chips, int columns) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            names.add(c == 0 ? "Global" : "Region " + c);
        }
        return StackScene.layout(names, LAYERS, chips, LEGEND, TextMeasure.APPROXIMATE);
    }

    @Test
    void eachCellHoldsItsChipsInOrderInsideItsColumnAndRow() {
        List<StackChip> chips = List.of(chip("a", Layer.PLATFORM, 0), chip("b", Layer.EXPRESSION, 1),
                chip("c", Layer.PLATFORM, 0), chip("d", Layer.GOVERNANCE, 2));
        StackScene scene = scene(chips, 3);
        assertArrayEquals(new int[] {0, 2}, scene.chipsIn(Layer.PLATFORM, 0));
        assertArrayEquals(new int[] {1}, scene.chipsIn(Layer.EXPRESSION, 1));
        assertArrayEquals(new int[] {}, scene.chipsIn(Layer.EXPRESSION, 0));
        for (int i = 0; i < chips.size(); i++) {
            Rect chip = scene.chipRect(i);
            StackChip c = scene.chip(i);
            assertTrue(chip.x() >= scene.columnLeft(c.column())
                    && chip.maxX() <= scene.columnLeft(c.column()) + scene.columnWidth(c.column()), c.tool());
            assertTrue(chip.y() >= scene.layerTop(c.layer())
                    && chip.maxY() <= scene.layerTop(c.layer()) + scene.layerHeight(c.layer()), c.tool());
        }
        assertTrue(scene.chipRect(2).y() > scene.chipRect(0).maxY(), "a few chips of a cell go one under another");
        assertTrue(scene.layerTop(Layer.PLATFORM) >= StackScene.COLUMN_HEADER_HEIGHT);
        assertTrue(scene.columnLeft(0) >= scene.rowHeaderWidth());
        assertTrue(scene.bounds().maxY() > scene.grid().maxY(), "the legend goes under the grid");
    }

    @Test
    void aCellOfManyChipsWidensItsColumnInsteadOfGrowingEndlessly() {
        List<StackChip> chips = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            chips.add(chip("t" + i, Layer.PLATFORM, 0));
        }
        chips.add(chip("x", Layer.PLATFORM, 1));
        StackScene scene = scene(chips, 2);
        assertEquals(5, scene.across(0), "ceil(sqrt(100 / 6)) chips a row");
        assertEquals(1, scene.across(1));
        assertTrue(scene.columnWidth(0) > 4 * StackScene.CHIP_WIDTH);
        assertTrue(scene.layerHeight(Layer.PLATFORM) < 25 * 60);
    }

    @Test
    void theChipsInARectangleAreThoseThatMeetItAndAPointFindsItsChip() {
        List<StackChip> chips = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            chips.add(chip("t" + i, Layer.values()[i % 3], i % 4));
        }
        StackScene scene = scene(chips, 4);
        Rect[] areas = {new Rect(0, 0, 700, 500), new Rect(350, 600, 400, 300), new Rect(-50, -50, 10, 10),
            scene.bounds(), new Rect(900, 1200, 1, 1)};
        for (Rect area : areas) {
            Set<Integer> found = new TreeSet<>();
            scene.forEachChipIn(area, found::add);
            Set<Integer> meeting = new TreeSet<>();
            for (int i = 0; i < scene.chipCount(); i++) {
                if (scene.chipRect(i).intersects(area)) {
                    meeting.add(i);
                }
            }
            assertTrue(found.containsAll(meeting), area + ": every chip that meets it");
            for (int i : found) {
                assertTrue(scene.chipRect(i).expanded(StackScene.CHIP_WIDTH + StackScene.GAP).intersects(area),
                        area + ": no chip far from it");
            }
        }
        for (int i = 0; i < scene.chipCount(); i += 7) {
            Rect chip = scene.chipRect(i);
            assertEquals(i, scene.chipAt(chip.centerX(), chip.centerY()));
        }
        Rect last = scene.chipRect(0);
        assertEquals(-1, scene.chipAt(last.x() - StackScene.GAP / 2, last.y()));
        assertEquals(-1, scene.chipAt(1, 1), "the corner");
    }

    @Test
    void aDeploymentIsFoundByItsToolAndRegion() {
        StackScene scene = scene(List.of(chip("a", Layer.PLATFORM, 0), chip("b", Layer.PLATFORM, 1)), 2);
        assertEquals(1, scene.indexOf("b", "r1"));
        assertEquals(-1, scene.indexOf("b", "r0"));
    }

    @Test
    void longWordsWrapToTwoLinesThatFitAndNoMore() {
        StackChip longer = new StackChip("t", null, "global", "Brandwatch Social Media Management Suite",
                "Americas marketing operations manager for every region of the world and more",
                ToolCategory.SOCIAL, Layer.EXPRESSION, 0, 0, null);
        StackScene scene = scene(List.of(longer, chip("short", Layer.EXPRESSION, 0)), 1);
        double room = StackScene.CHIP_WIDTH - StackScene.TEXT_LEFT - StackScene.TEXT_RIGHT;
        String[] title = scene.titleLines(0);
        assertEquals(2, title.length);
        assertEquals("Brandwatch Social Media Management Suite", String.join(" ", title), "nothing is lost");
        String[] detail = scene.detailLines(0);
        assertEquals(2, detail.length);
        assertTrue(detail[1].endsWith("\u2026"), "what does not fit two lines ends in an ellipsis");
        for (String line : title) {
            assertTrue(Surface.approximateTextWidth(line, StackScene.TITLE) <= room, line);
        }
        for (String line : detail) {
            assertTrue(Surface.approximateTextWidth(line, StackScene.DETAIL) <= room, line);
        }
        assertEquals(1, scene.titleLines(1).length);
        assertTrue(scene.chipRect(0).height() > scene.chipRect(1).height(), "a chip grows with its lines");
    }

    @Test
    void chineseWrapsBetweenCharacters() {
        String[] lines = TextWrap.wrap("营销自动化平台负责人和区域营销运营经理以及更多的职责", StackScene.DETAIL, 100, 2,
                TextMeasure.APPROXIMATE);
        assertEquals(2, lines.length);
        assertTrue(Surface.approximateTextWidth(lines[0], StackScene.DETAIL) <= 100);
        assertTrue(lines[0].length() > 5, lines[0]);
    }

    @Test
    void aTextSurelyFitsOnlyWhenEvenTheWidestFontCouldNotOverflow() {
        FontSpec bold = StackScene.TITLE;
        assertTrue(TextWrap.surelyFits("Tableau", bold, 160));
        assertTrue(TextWrap.surelyFits("Marketo", bold, 160));
        assertTrue(!TextWrap.surelyFits("MMMMMMMMMMMM", bold, 160), "wide letters count more");
        assertTrue(!TextWrap.surelyFits("Salesforce Sales Cloud Enterprise", bold, 160), "too long to be sure");
        assertTrue(!TextWrap.surelyFits("营销", bold, 160), "Chinese is measured");
        java.awt.Font font = new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 12);
        java.awt.font.FontRenderContext context = new java.awt.font.FontRenderContext(null, true, true);
        for (String text : List.of("Tableau", "Hootsuite", "OneTrust", "Chief Sales Officer", "DDDDDDDDDDDDD",
                "Data analyst 1234", "QQQQ OOOO HHHH", "WWWWWWWWWW", "mmmmmmmmmmmm", "Marketing Manager")) {
            if (TextWrap.surelyFits(text, bold, 160)) {
                assertTrue(font.getStringBounds(text, context).getWidth() <= 160, text);
            }
        }
    }
}
