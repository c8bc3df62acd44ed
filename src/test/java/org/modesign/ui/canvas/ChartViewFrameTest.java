package org.modesign.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.edit.MoveNodes;
import org.modesign.render.CardMetrics;
import org.modesign.render.ChartTheme;
import org.modesign.render.Rect;
import org.modesign.render.Rgb;
import org.modesign.render.Viewport;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The next frame of the chart view shows every change, although the view keeps its tiles from frame to frame. */
@ExtendWith(ApplicationExtension.class)
class ChartViewFrameTest {

    private static final int SELECTION = argb(ChartTheme.LIGHT.selection());
    private static final int BACKGROUND = argb(ChartTheme.LIGHT.background());

    private EditorFixture editor;

    @Start
    void start(Stage stage) {
        editor = new EditorFixture(stage);
    }

    @Test
    void aSelectedCardIsOutlinedInTheNextFrame() {
        Rect card = card("analyst");
        double outlineX = card.x() - CardMetrics.SELECTION_GAP;
        assertNotEquals(SELECTION, pixelAfterNextFrame(outlineX, card.centerY()));
        fx(() -> {
            editor.context.selection().selectNodes(List.of("analyst"));
            return null;
        });
        assertEquals(SELECTION, pixelAfterNextFrame(outlineX, card.centerY()));
        fx(() -> {
            editor.context.selection().clear();
            return null;
        });
        assertNotEquals(SELECTION, pixelAfterNextFrame(outlineX, card.centerY()));
    }

    @Test
    void aMovedCardIsDrawnAtItsNewPlaceInTheNextFrame() {
        Rect card = card("analyst");
        double newX = card.x() + 300;
        assertEquals(BACKGROUND, pixelAfterNextFrame(newX + card.width() / 2, card.centerY()), "nothing there yet");
        assertTrue(fx(() -> editor.context.edit(MoveNodes.by("central", List.of("analyst"), 300, 0))));
        assertNotEquals(BACKGROUND, pixelAfterNextFrame(newX + card.width() / 2, card.centerY()));
        assertEquals(BACKGROUND, pixelAfterNextFrame(card.x() + card.width() / 2, card.centerY()), "gone from the old place");
    }

    @Test
    void aPannedViewShowsTheCardWhereItNowIs() {
        Rect card = card("analyst");
        assertNotEquals(BACKGROUND, pixelAfterNextFrame(card.centerX(), card.centerY()));
        fx(() -> {
            editor.chart().panBy(0, -2 * card.height() * editor.chart().viewport().scale());
            return null;
        });
        assertNotEquals(BACKGROUND, pixelAfterNextFrame(card.centerX(), card.centerY()), "the card moved up with the chart");
        assertEquals(BACKGROUND, pixelAfterNextFrame(card.centerX(), card.centerY() + 2 * card.height()),
                "where it was on screen, now the empty chart below it");
    }

    @Test
    void panningByFractionsOfAPixelAddsUpAndTheViewStaysOnWholePixels() {
        Viewport before = fx(() -> editor.chart().viewport());
        Viewport after = fx(() -> {
            for (int i = 0; i < 10; i++) {
                editor.chart().panBy(0.3, 0);
            }
            return editor.chart().viewport();
        });
        double moved = (before.x() - after.x()) * after.scale();
        assertTrue(moved >= 2 && moved <= 4, "ten pans of 0.3 px move the view about 3 px, not " + moved);
        assertEquals(Math.rint(after.x() * after.scale()), after.x() * after.scale(), 1e-6);
    }

    private Rect card(String id) {
        return fx(() -> editor.chart().scene().card(editor.chart().scene().indexOf(id)));
    }

    /** Paints a frame and reads the screen pixel at world point ({@code x}, {@code y}). */
    private int pixelAfterNextFrame(double x, double y) {
        return fx(() -> {
            ChartView chart = editor.chart();
            chart.paint();
            WritableImage frame = chart.snapshot(null, null);
            Viewport v = chart.viewport();
            return frame.getPixelReader().getArgb((int) Math.floor(v.toScreenX(x)), (int) Math.floor(v.toScreenY(y)));
        });
    }

    private static int argb(Rgb colour) {
        return 0xFF000000 | colour.red() << 16 | colour.green() << 8 | colour.blue();
    }

    private static <T> T fx(Callable<T> task) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(task));
    }
}
