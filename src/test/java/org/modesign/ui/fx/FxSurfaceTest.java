package org.modesign.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.scene.transform.Affine;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.render.FontSpec;
import org.modesign.render.MarkerShape;
import org.modesign.render.Rgb;
import org.modesign.render.TextAlign;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Scaled text is drawn unscaled, in the font size it has on screen, and the canvas's transform is
 * left as it was; blocks and markers drawn in one go land on the pixels where they are, in their
 * colours, clipped to the canvas.
 */
@ExtendWith(ApplicationExtension.class)
class FxSurfaceTest {

    @Start
    void start(Stage stage) {
        // no window needed: the canvases are drawn on directly
    }

    @Test
    void textIsDrawnInTheFontSizeItHasOnScreen() {
        GraphicsContext gc = fx(() -> {
            GraphicsContext context = new Canvas(200, 100).getGraphicsContext2D();
            FxSurface surface = new FxSurface(context);
            surface.save();
            surface.scale(0.7);
            surface.translate(10, 20);
            surface.text("Analyst", 4, 6, new FontSpec(13, true), TextAlign.LEFT);
            return context;
        });
        assertEquals(9.0, fx(() -> gc.getFont().getSize()), "13 × 0.7 = 9.1, to a quarter pixel");
        Affine transform = fx(gc::getTransform);
        assertEquals(0.7, transform.getMxx(), 1e-12, "the scale is back after the text");
        assertEquals(7, transform.getTx(), 1e-12);
        assertEquals(14, transform.getTy(), 1e-12);
    }

    @Test
    void theSurfaceFollowsSavesRestoresAndACanvasAlreadyTransformed() {
        GraphicsContext gc = fx(() -> {
            GraphicsContext first = new Canvas(200, 100).getGraphicsContext2D();
            FxSurface surface = new FxSurface(first);
            GraphicsContext second = new Canvas(200, 100).getGraphicsContext2D();
            second.scale(2, 2);
            surface.drawOn(second);
            surface.save();
            surface.scale(3);
            surface.restore();
            surface.text("Analyst", 4, 6, new FontSpec(10, false), TextAlign.LEFT);
            return second;
        });
        assertEquals(20, fx(() -> gc.getFont().getSize()), 1e-12);
        assertEquals(2, fx(gc::getTransform).getMxx(), 1e-12);
    }

    private static final Rgb RED = Rgb.of(0xD03030);
    private static final Rgb BLUE = Rgb.of(0x3050C0);
    private static final int WHITE = 0xFFFFFFFF;

    @Test
    void blocksAreDrawnWhereTheyAreInTheirColoursAndClippedToTheCanvas() {
        PixelReader pixels = fx(() -> {
            Canvas canvas = new Canvas(60, 40);
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.setFill(Color.WHITE);
            gc.fillRect(0, 0, 60, 40);
            FxSurface surface = new FxSurface(gc);
            surface.save();
            surface.translate(10, 5);
            surface.scale(2); // user (x, y) -> pixel (10 + 2x, 5 + 2y)
            surface.fillRects(new double[] {0, 10, -100, 20, 2}, new double[] {0, 0, -100, 500, 0},
                    new double[] {2, 3, 4, 5, 1}, new double[] {2, 1, 4, 5, 1},
                    new Rgb[] {RED, BLUE, RED, BLUE, BLUE}, 5);
            surface.fillRects(new double[] {-20}, new double[] {12}, new double[] {19}, new double[] {2},
                    new Rgb[] {BLUE}, 1); // from far left of the canvas into it: pixels x < 8, y 29..32
            surface.restore();
            return canvas.snapshot(new SnapshotParameters(), null).getPixelReader();
        });
        assertEquals(argb(RED), pixels.getArgb(11, 6), "the first block: pixels 10..13 across, 5..8 down");
        assertEquals(argb(RED), pixels.getArgb(13, 8));
        assertEquals(WHITE, pixels.getArgb(14, 8), "nothing right of it (below the last one)");
        assertEquals(WHITE, pixels.getArgb(9, 6), "nor left of it");
        assertEquals(argb(BLUE), pixels.getArgb(31, 6), "the second: 30..35 across, 5..6 down");
        assertEquals(WHITE, pixels.getArgb(31, 7));
        assertEquals(argb(BLUE), pixels.getArgb(14, 5), "the last is over the first: 14..15, 5..6");
        assertEquals(argb(BLUE), pixels.getArgb(0, 30), "a block from off the canvas shows its part on it");
        assertEquals(argb(BLUE), pixels.getArgb(7, 31));
        assertEquals(WHITE, pixels.getArgb(8, 30));
        assertEquals(WHITE, pixels.getArgb(0, 28));
    }

    @Test
    void aBlockCoveringPartOfAPixelBlendsInBySoMuch() {
        PixelReader pixels = fx(() -> {
            Canvas canvas = new Canvas(20, 20);
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.setFill(Color.WHITE);
            gc.fillRect(0, 0, 20, 20);
            FxSurface surface = new FxSurface(gc);
            surface.fillRects(new double[] {4.5}, new double[] {4}, new double[] {2}, new double[] {4},
                    new Rgb[] {Rgb.of(0x000000)}, 1);
            surface.flush(); // drawn outside a save and restore: nothing else ends the paint
            return canvas.snapshot(new SnapshotParameters(), null).getPixelReader();
        });
        assertEquals(0xFF000000, pixels.getArgb(5, 5), "a pixel wholly covered");
        int half = pixels.getArgb(4, 5) & 0xFF;
        assertTrue(half > 110 && half < 145, "a pixel half covered is half grey, not " + Integer.toHexString(half));
        assertEquals(half, pixels.getArgb(6, 5) & 0xFF, "on both edges");
    }

    @Test
    void markersAreDrawnInTheirShapesAndColoursAndClippedToTheCanvas() {
        PixelReader pixels = fx(() -> {
            Canvas canvas = new Canvas(80, 40);
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.setFill(Color.WHITE);
            gc.fillRect(0, 0, 80, 40);
            FxSurface surface = new FxSurface(gc);
            surface.save();
            surface.scale(0.5); // radius 16 user units = 8 pixels
            surface.fillMarkers(new double[] {40, 120, -400, 158}, new double[] {40, 40, 40, 78},
                    new MarkerShape[] {MarkerShape.CIRCLE, MarkerShape.ROUNDED_SQUARE, MarkerShape.CIRCLE,
                        MarkerShape.CIRCLE},
                    new Rgb[] {RED, BLUE, RED, RED}, 16, 4);
            surface.restore();
            return canvas.snapshot(new SnapshotParameters(), null).getPixelReader();
        });
        assertEquals(argb(RED), pixels.getArgb(20, 20), "the circle's centre, at pixel (20, 20)");
        assertEquals(argb(RED), pixels.getArgb(20, 13), "7 pixels up is still in it");
        assertEquals(WHITE, pixels.getArgb(26, 26), "its corner box is not");
        assertEquals(WHITE, pixels.getArgb(20, 29), "nor 9 pixels down");
        assertEquals(argb(BLUE), pixels.getArgb(60, 20), "the square's centre, at pixel (60, 20)");
        assertEquals(argb(BLUE), pixels.getArgb(66, 26), "and its corner box, which a circle leaves out");
        assertEquals(WHITE, pixels.getArgb(69, 20));
        assertEquals(argb(RED), pixels.getArgb(78, 38), "a marker at the canvas's corner shows its part on it");
    }

    private static final Rgb GREEN = Rgb.of(0x20A040);
    private static final Rgb BLACK = Rgb.of(0x000000);

    @Test
    void blocksAndMarkersHeldBackStillLandInPaintOrderAmongWhatIsDrawnAfterThem() {
        PixelReader pixels = fx(() -> {
            Canvas canvas = new Canvas(60, 40);
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.setFill(Color.WHITE);
            gc.fillRect(0, 0, 60, 40);
            FxSurface surface = new FxSurface(gc);
            surface.save();
            surface.fillRects(new double[] {0}, new double[] {0}, new double[] {40}, new double[] {30},
                    new Rgb[] {RED}, 1);
            surface.fillMarkers(new double[] {20}, new double[] {15}, new MarkerShape[] {MarkerShape.ROUNDED_SQUARE},
                    new Rgb[] {BLUE}, 6, 1); // over the block: pixels 14..25 across, 9..20 down
            surface.setStroke(BLACK);
            surface.setLineWidth(2);
            surface.strokeLine(0, 15, 60, 15); // over both: rows 14 and 15
            surface.fillRects(new double[] {30}, new double[] {10}, new double[] {4}, new double[] {10},
                    new Rgb[] {GREEN}, 1); // over the line: pixels 30..33 across, 10..19 down
            surface.fillMarkers(new double[] {50}, new double[] {30}, new MarkerShape[] {MarkerShape.CIRCLE},
                    new Rgb[] {BLUE}, 4, 1); // the paint ends with a marker, off the block
            surface.restore();
            return canvas.snapshot(new SnapshotParameters(), null).getPixelReader();
        });
        assertEquals(argb(RED), pixels.getArgb(5, 5), "the block");
        assertEquals(argb(BLUE), pixels.getArgb(20, 11), "the marker over the block");
        assertEquals(argb(BLACK), pixels.getArgb(20, 14), "the line over the marker");
        assertEquals(argb(BLACK), pixels.getArgb(5, 15), "and over the block");
        assertEquals(argb(BLACK), pixels.getArgb(45, 14), "and beside it on the background");
        assertEquals(argb(GREEN), pixels.getArgb(31, 14), "the block drawn after the line is over it");
        assertEquals(argb(GREEN), pixels.getArgb(31, 18));
        assertEquals(argb(BLUE), pixels.getArgb(50, 30), "the marker the paint ends with shows");
        assertEquals(WHITE, pixels.getArgb(50, 36), "within its radius");
    }

    @Test
    void blocksAndMarkersHeldBackAreDrawnOnTheirCanvasWhenTheSurfaceTurnsToAnother() {
        PixelReader[] pixels = fx(() -> {
            Canvas first = new Canvas(30, 30);
            Canvas second = new Canvas(30, 30);
            FxSurface surface = new FxSurface(first.getGraphicsContext2D());
            surface.fillMarkers(new double[] {10}, new double[] {10}, new MarkerShape[] {MarkerShape.CIRCLE},
                    new Rgb[] {RED}, 5, 1);
            surface.drawOn(second.getGraphicsContext2D());
            surface.fillRects(new double[] {0}, new double[] {0}, new double[] {5}, new double[] {5},
                    new Rgb[] {BLUE}, 1);
            surface.flush();
            return new PixelReader[] {first.snapshot(new SnapshotParameters(), null).getPixelReader(),
                second.snapshot(new SnapshotParameters(), null).getPixelReader()};
        });
        assertEquals(argb(RED), pixels[0].getArgb(10, 10), "the marker, on the canvas it was drawn on");
        assertEquals(argb(BLUE), pixels[1].getArgb(2, 2), "the block, on the other");
        assertEquals(WHITE, pixels[0].getArgb(2, 2), "and not on the first (the snapshot's white)");
        assertEquals(WHITE, pixels[1].getArgb(10, 10), "nor the marker on the second");
    }

    private static int argb(Rgb colour) {
        return 0xFF000000 | colour.red() << 16 | colour.green() << 8 | colour.blue();
    }

    private static <T> T fx(Callable<T> task) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(task));
    }
}
