package org.modesign.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.Callable;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.transform.Affine;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.render.FontSpec;
import org.modesign.render.TextAlign;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Scaled text is drawn unscaled, in the font size it has on screen, and the canvas's transform is left as it was. */
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

    private static <T> T fx(Callable<T> task) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(task));
    }
}
