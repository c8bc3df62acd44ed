package org.modesign.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
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
    private static final Rgb GREEN = Rgb.of(0x20A040);
    private static final Rgb BLACK = Rgb.of(0x000000);
    private static final int WHITE = 0xFFFFFFFF;

    @Test
    void blocksAreDrawnWhereTheyAreInTheirColoursAndClippedToTheCanvas() {
        PixelReader pixels = drawnOnWhite(60, 40, surface -> {
            surface.save();
            surface.translate(10, 5);
            surface.scale(2); // user (x, y) -> pixel (10 + 2x, 5 + 2y)
            surface.fillRects(new double[] {0, 10, -100, 20, 2}, new double[] {0, 0, -100, 500, 0},
                    new double[] {2, 3, 4, 5, 1}, new double[] {2, 1, 4, 5, 1},
                    new Rgb[] {RED, BLUE, RED, BLUE, BLUE}, 5);
            block(surface, -20, 12, 19, 2, BLUE); // from far left of the canvas into it: pixels x < 8, y 29..32
            surface.restore();
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
        PixelReader pixels = drawnOnWhite(20, 20, surface -> {
            block(surface, 4.5, 4, 2, 4, BLACK);
            surface.flush(); // drawn outside a save and restore: nothing else ends the paint
        });
        assertEquals(0xFF000000, pixels.getArgb(5, 5), "a pixel wholly covered");
        int half = pixels.getArgb(4, 5) & 0xFF;
        assertTrue(half > 110 && half < 145, "a pixel half covered is half grey, not " + Integer.toHexString(half));
        assertEquals(half, pixels.getArgb(6, 5) & 0xFF, "on both edges");
    }

    @Test
    void markersAreDrawnInTheirShapesAndColoursAndClippedToTheCanvas() {
        PixelReader pixels = drawnOnWhite(80, 40, surface -> {
            surface.save();
            surface.scale(0.5); // radius 16 user units = 8 pixels
            surface.fillMarkers(new double[] {40, 120, -400, 158}, new double[] {40, 40, 40, 78},
                    new MarkerShape[] {MarkerShape.CIRCLE, MarkerShape.ROUNDED_SQUARE, MarkerShape.CIRCLE,
                        MarkerShape.CIRCLE},
                    new Rgb[] {RED, BLUE, RED, RED}, 16, 4);
            surface.restore();
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

    @Test
    void blocksAndMarkersHeldBackStillLandInPaintOrderAmongWhatIsDrawnAfterThem() {
        PixelReader pixels = drawnOnWhite(60, 40, surface -> {
            surface.save();
            block(surface, 0, 0, 40, 30, RED);
            // over the block: pixels 14..25 across, 9..20 down
            marker(surface, 20, 15, MarkerShape.ROUNDED_SQUARE, BLUE, 6);
            surface.setStroke(BLACK);
            surface.setLineWidth(2);
            surface.strokeLine(0, 15, 60, 15); // over both: rows 14 and 15
            block(surface, 30, 10, 4, 10, GREEN); // over the line: pixels 30..33 across, 10..19 down
            marker(surface, 50, 30, MarkerShape.CIRCLE, BLUE, 4); // the paint ends with a marker, off the block
            surface.restore();
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
            marker(surface, 10, 10, MarkerShape.CIRCLE, RED, 5);
            surface.drawOn(second.getGraphicsContext2D());
            block(surface, 0, 0, 5, 5, BLUE);
            surface.flush();
            return new PixelReader[] {pixels(first), pixels(second)};
        });
        assertEquals(argb(RED), pixels[0].getArgb(10, 10), "the marker, on the canvas it was drawn on");
        assertEquals(argb(BLUE), pixels[1].getArgb(2, 2), "the block, on the other");
        assertEquals(WHITE, pixels[0].getArgb(2, 2), "and not on the first (the snapshot's white)");
        assertEquals(WHITE, pixels[1].getArgb(10, 10), "nor the marker on the second");
    }

    /** The pixels of a white canvas of {@code width}×{@code height} after {@code draw} drew on it (a surface). */
    private static PixelReader drawnOnWhite(int width, int height, Consumer<FxSurface> draw) {
        return fx(() -> {
            Canvas canvas = new Canvas(width, height);
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.setFill(Color.WHITE);
            gc.fillRect(0, 0, width, height);
            draw.accept(new FxSurface(gc));
            return pixels(canvas);
        });
    }

    /** The canvas's pixels (a snapshot, on white where nothing is drawn). */
    private static PixelReader pixels(Canvas canvas) {
        return canvas.snapshot(new SnapshotParameters(), null).getPixelReader();
    }

    /** One block of {@code colour} at ({@code x}, {@code y}), {@code width}×{@code height} user units. */
    private static void block(FxSurface surface, double x, double y, double width, double height, Rgb colour) {
        surface.fillRects(new double[] {x}, new double[] {y}, new double[] {width}, new double[] {height},
                new Rgb[] {colour}, 1);
    }

    /** One marker of {@code shape} and {@code colour} centred on ({@code x}, {@code y}), of {@code radius}. */
    private static void marker(FxSurface surface, double x, double y, MarkerShape shape, Rgb colour, double radius) {
        surface.fillMarkers(new double[] {x}, new double[] {y}, new MarkerShape[] {shape}, new Rgb[] {colour},
                radius, 1);
    }

    private static int argb(Rgb colour) {
        return 0xFF000000 | colour.red() << 16 | colour.green() << 8 | colour.blue();
    }

    private static <T> T fx(Callable<T> task) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(task));
    }
}
