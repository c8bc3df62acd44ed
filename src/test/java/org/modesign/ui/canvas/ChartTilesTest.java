package org.modesign.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.render.Badge;
import org.modesign.render.BadgeSeverity;
import org.modesign.render.ChartPainter;
import org.modesign.render.ChartScene;
import org.modesign.render.PaintOptions;
import org.modesign.render.Viewport;
import org.modesign.ui.fx.FxSurface;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The tiles show, pixel for pixel, what the painter paints on one canvas, whatever was shown
 * before: after a pan, a zoom, a new selection or badges, a new scene.
 */
@ExtendWith(ApplicationExtension.class)
class ChartTilesTest {

    private static final int WIDTH = 700;
    private static final int HEIGHT = 450;

    private final ChartPainter painter = new ChartPainter();
    private final ChartTiles tiles = new ChartTiles(painter);
    private final Pane view = new Pane(tiles.node());

    @Start
    void start(Stage stage) {
        view.setClip(new Rectangle(WIDTH, HEIGHT));
        stage.setScene(new Scene(view, WIDTH, HEIGHT));
        stage.show();
    }

    /** Six columns of six roles, each column under a team, the teams under the CMO. */
    private static ChartScene chart() {
        Design fixture = EditorFixture.design();
        Scenario base = fixture.scenarios().get(0);
        List<Node> nodes = new ArrayList<>(base.nodes());
        List<Line> lines = new ArrayList<>(base.lines());
        for (int col = 0; col < 6; col++) {
            for (int row = 0; row < 6; row++) {
                String id = "r" + col + "-" + row;
                nodes.add(Role.of(id, "Role " + col + "." + row, Archetype.values()[(col + row) % 5], 220 * col,
                        520 + 90 * row).withTeam("coe"));
                lines.add(new Line(id, row == 0 ? "coe" : "r" + col + "-" + (row - 1),
                        row % 2 == 0 ? LineStyle.SOLID : LineStyle.DOTTED));
            }
        }
        Scenario scenario = base.withNodes(nodes).withLines(lines);
        return ChartScene.of(fixture.withScenario(0, scenario), scenario);
    }

    /** A viewport whose top-left corner is on a whole pixel, as {@link ChartView} keeps it. */
    private static Viewport at(double pixelX, double pixelY, double scale) {
        return new Viewport(pixelX / scale, pixelY / scale, WIDTH, HEIGHT, scale);
    }

    @Test
    void theTilesShowWhatThePainterPaintsAfterPansAndZooms() {
        ChartScene scene = chart();
        PaintOptions options = PaintOptions.DEFAULT;
        for (Viewport v : List.of(at(-40, -30, 1), at(-3, 17, 1), at(260, 311, 1), at(-700, -450, 1),
                at(100, 120, 0.45), at(150, 100, 0.45), at(-20, -20, 0.05))) {
            assertShows(scene, v, options);
        }
    }

    @Test
    void aPanPaintsOnlyTheTilesThatComeIntoView() {
        ChartScene scene = chart();
        Viewport v = at(-40, -30, 1);
        showAndSettle(scene, v, PaintOptions.DEFAULT);
        int before = fx(tiles::paints);
        fx(() -> tiles.show(scene, v.panBy(-60, -25), PaintOptions.DEFAULT));
        assertEquals(before, fx(tiles::paints), "the ring around the view was painted ahead");
        assertShows(scene, v.panBy(-60, -25), PaintOptions.DEFAULT);
    }

    @Test
    void aZoomPaintsOneScreenfulAndTheRestIsFinishedBeforeAPanShowsIt() {
        ChartScene scene = chart();
        showAndSettle(scene, at(-40, -30, 1), PaintOptions.DEFAULT);
        Viewport zoomed = at(-40, -30, 1).zoomAt(300, 200, 1.25);
        Viewport aligned = at(Math.round(zoomed.x() * zoomed.scale()), Math.round(zoomed.y() * zoomed.scale()),
                zoomed.scale());
        assertShows(scene, aligned, PaintOptions.DEFAULT);
        assertShows(scene, aligned.panBy(-300, -200), PaintOptions.DEFAULT);
    }

    @Test
    void aZoomPaintsTheViewInOnePieceAndAPanRightAfterShowsItMoved() {
        ChartScene scene = chart();
        showAndSettle(scene, at(-40, -30, 1), PaintOptions.DEFAULT);
        int before = fx(tiles::paints);
        Viewport zoomed = at(-52, -41, 1.1);
        fx(() -> tiles.show(scene, zoomed, PaintOptions.DEFAULT));
        assertEquals(before + 1, fx(tiles::paints), "one piece, not a dozen tiles");
        assertTrue(fx(tiles::showsScreen));
        assertShows(scene, zoomed.panBy(-37, 23), PaintOptions.DEFAULT);
        showAndSettle(scene, zoomed.panBy(-37, 23), PaintOptions.DEFAULT);
        assertFalse(fx(tiles::showsScreen), "hidden once the tiles cover the view");
        assertShows(scene, zoomed.panBy(-37, 23), PaintOptions.DEFAULT);
    }

    @Test
    void newSelectionBadgesOrSceneRepaintTheTilesInView() {
        ChartScene scene = chart();
        Viewport v = at(-40, -30, 1);
        showAndSettle(scene, v, PaintOptions.DEFAULT);
        PaintOptions selected = PaintOptions.DEFAULT.withSelectedNodes(Set.of("analyst", "r1-1"));
        assertShows(scene, v, selected);
        PaintOptions badged = selected.withBadges(Map.of("r0-2", new Badge(BadgeSeverity.ERROR, 2)));
        assertShows(scene, v, badged);
        int moved = scene.indexOf("r1-1");
        ChartScene dragged = scene.withMovedNodes(new int[] {moved}, new double[] {340}, new double[] {40});
        assertShows(dragged, v, badged);
    }

    @Test
    void anEditTheChartDoesNotShowKeepsTheTiles() {
        Design design = EditorFixture.design();
        Scenario scenario = design.scenarios().get(0);
        ChartScene scene = ChartScene.of(design, scenario);
        Viewport v = at(-40, -30, 1);
        showAndSettle(scene, v, PaintOptions.DEFAULT);
        List<Node> nodes = new ArrayList<>(scenario.nodes());
        int analyst = scene.indexOf("analyst");
        nodes.set(analyst, ((Role) nodes.get(analyst)).withResponsibilities(List.of()));
        Design edited = design.withScenario(0, scenario.withNodes(nodes));
        ChartScene after = scene.updatedTo(edited, edited.scenarios().get(0));
        int before = fx(tiles::paints);
        fx(() -> tiles.show(after, v, PaintOptions.DEFAULT));
        assertEquals(before, fx(tiles::paints), "a RACI change repaints nothing");
        List<Node> renamedNodes = replaced(nodes, analyst, ((Role) nodes.get(analyst)).withTitle("Lead analyst"));
        Design renamed = edited.withScenario(0, edited.scenarios().get(0).withNodes(renamedNodes));
        assertShows(after.updatedTo(renamed, renamed.scenarios().get(0)), v, PaintOptions.DEFAULT);
    }

    private static List<Node> replaced(List<Node> nodes, int index, Node node) {
        List<Node> copy = new ArrayList<>(nodes);
        copy.set(index, node);
        return copy;
    }

    private void showAndSettle(ChartScene scene, Viewport v, PaintOptions options) {
        for (int frame = 0; frame < 100 && !fx(() -> tiles.show(scene, v, options)); frame++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Shows the viewport with one call, as a frame does, and compares it with a canvas the painter painted. */
    private void assertShows(ChartScene scene, Viewport v, PaintOptions options) {
        fx(() -> tiles.show(scene, v, options));
        WritableImage shown = fx(() -> view.snapshot(new SnapshotParameters(), null));
        WritableImage expected = fx(() -> {
            Canvas canvas = new Canvas(WIDTH, HEIGHT);
            painter.paint(new FxSurface(canvas.getGraphicsContext2D()), scene, v, options);
            return canvas.snapshot(new SnapshotParameters(), null);
        });
        int different = 0;
        PixelReader a = shown.getPixelReader();
        PixelReader b = expected.getPixelReader();
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                if (!alike(a.getArgb(x, y), b.getArgb(x, y))) {
                    different++;
                }
            }
        }
        assertEquals(0, different, "pixels unlike the painter's (of " + WIDTH * HEIGHT + ") at " + v);
    }

    /** Whether two colours differ by at most 2 in each channel (rounding in the rasteriser). */
    private static boolean alike(int argb1, int argb2) {
        for (int shift = 0; shift < 32; shift += 8) {
            if (Math.abs((argb1 >> shift & 0xFF) - (argb2 >> shift & 0xFF)) > 2) {
                return false;
            }
        }
        return true;
    }

    private static <T> T fx(Callable<T> task) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(task));
    }
}
