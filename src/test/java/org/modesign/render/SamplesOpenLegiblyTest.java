package org.modesign.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.modesign.format.DesignReader;
import org.modesign.starter.BundledSamples;
import org.modesign.model.Design;
import org.modesign.model.Scenario;

/**
 * Every bundled sample, as it opens in the chart of a 1440 × 900 window: every card shows its
 * whole title and its whole detail (archetype, FTE, region), in type of 11 pixels or more. The
 * words are set by the painter itself, measured two ways: with the estimate SVG exports use, and
 * with Java2D's sans-serif font (what PNG exports draw with; on Linux the same DejaVu Sans the
 * editor draws with).
 */
class SamplesOpenLegiblyTest {

    /** Measures text with Java2D's logical sans-serif font; draws nothing. */
    private static final class Java2dMeasure extends RecordingSurface {
        private final FontRenderContext context = new FontRenderContext(null, true, true);

        @Override
        public double textWidth(String text, FontSpec font) {
            Font awt = new Font(Font.SANS_SERIF, font.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) font.size());
            return awt.getStringBounds(text, context).getWidth();
        }
    }

    static Stream<String> samples() {
        return BundledSamples.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyCardShowsItsWholeTitleAndDetailLegiblyAtTheOpeningZoom(String name) {
        Design design = new DesignReader().parse(BundledSamples.read(name)).design();
        for (Scenario scenario : design.scenarios()) {
            ChartScene scene = ChartScene.of(design, scenario);
            Viewport opening = OpeningView.of(scene, OpeningViewTest.VIEW_WIDTH, OpeningViewTest.VIEW_HEIGHT);
            LevelOfDetail detail = opening.detail();
            assertEquals(LevelOfDetail.FULL, detail, name + " / " + scenario.id());
            assertTrue(CardMetrics.DETAIL_FONT.size() * opening.scale() >= CardMetrics.LEGIBLE_PIXELS);
            assertTrue(CardMetrics.TITLE_FONT.size() * opening.scale() >= CardMetrics.LEGIBLE_PIXELS);
            for (Surface surface : List.of(new RecordingSurface(), new Java2dMeasure())) {
                ChartPainter painter = new ChartPainter();
                List<String> cut = new ArrayList<>();
                for (int i = 0; i < scene.nodeCount(); i++) {
                    CardLines lines = painter.cardLines(surface, scene, i, detail, PaintOptions.DEFAULT);
                    if (lines.titleCut() || lines.detailCut()) {
                        cut.add(scene.node(i).label() + " " + lines.lines().stream().map(CardLines.TextLine::text).toList());
                    }
                    String shown = String.join("", lines.title().stream().map(CardLines.TextLine::text).toList());
                    assertEquals(scene.node(i).label().replace(" ", ""), shown.replace(" ", ""), "every word shown");
                }
                assertEquals(List.of(), cut, name + " / " + scenario.id() + ", measured by " + surface.getClass().getSimpleName());
            }
        }
    }
}
