package org.modesign.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.format.DesignReader;
import org.modesign.starter.BundledSamples;
import org.modesign.model.Design;
import org.modesign.render.CardMetrics;
import org.modesign.render.ChartScene;
import org.modesign.render.LevelOfDetail;
import org.modesign.render.OpeningView;
import org.modesign.render.Rect;
import org.modesign.render.Viewport;
import org.modesign.ui.action.EditorAction;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A sample opened in a laptop-sized window (1200 × 800: the headless screen has no room for more)
 * opens at 100 % from the top of its organisation, where its cards can be read; Fit (Ctrl+0) then
 * shows it whole; another scenario opens the same way.
 */
@ExtendWith(ApplicationExtension.class)
class OpeningZoomTest {

    private EditorFixture editor;

    @Start
    void start(Stage stage) {
        Design design = new DesignReader().parse(BundledSamples.read("central-vs-local-expression.modesign")).design();
        editor = new EditorFixture(stage, design);
    }

    @Test
    void aDesignOpensLegibleAtTheTopOfTheOrganisationAndFitStillFits() {
        Viewport opening = fx(() -> editor.chart().viewport());
        ChartScene scene = fx(() -> editor.chart().scene());
        double width = fx(() -> editor.chart().getWidth());
        double height = fx(() -> editor.chart().getHeight());
        Viewport rule = OpeningView.of(scene, width, height);
        assertEquals(CardMetrics.legibleScale(), opening.scale(), "opens at a zoom where cards can be read");
        assertEquals(LevelOfDetail.FULL, opening.detail());
        assertEquals(rule.x(), opening.x(), 0.5 / opening.scale(), "as the opening rule places it (to a pixel)");
        assertEquals(rule.y(), opening.y(), 0.5 / opening.scale());
        Rect top = scene.card(scene.indexOf("ceo"));
        assertEquals(OpeningView.MARGIN, opening.toScreenY(top.y()), 0.5, "the top of the chart at the top");
        assertTrue(opening.visibleWorldRect().contains(top.x(), top.y())
                && opening.visibleWorldRect().contains(top.maxX(), top.maxY()), "its top card in view");

        fx(() -> {
            editor.context.actions().run(EditorAction.ZOOM_FIT);
            return null;
        });
        Viewport fit = fx(() -> editor.chart().viewport());
        assertTrue(fit.scale() < CardMetrics.legibleScale(), "this sample is larger than the view at 100 %");
        Rect bounds = scene.bounds();
        Rect visible = fit.visibleWorldRect();
        assertTrue(visible.contains(bounds.x(), bounds.y()) && visible.contains(bounds.maxX(), bounds.maxY()),
                "Fit shows the whole chart");

        fx(() -> {
            editor.document.scenarioIdProperty().set("local");
            return null;
        });
        Viewport other = fx(() -> editor.chart().viewport());
        assertEquals(CardMetrics.legibleScale(), other.scale(), "another scenario opens legible too");
    }

    private static <T> T fx(Callable<T> task) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(task));
    }
}
