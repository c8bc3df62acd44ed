package org.modesign.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.modesign.format.DesignReader;
import org.modesign.ui.action.EditorAction;
import org.modesign.ui.appearance.InBothThemes;
import org.modesign.ui.appearance.ThemeSheets;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.file.FakeDialogs;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What lies beneath the chart and the outline is paid for on every frame that repaints them:
 * JavaFX paints the background of every pane that holds a changed area before the area itself,
 * and on the software renderer a fill of a transparent colour, which shows nothing, still blends
 * every pixel it covers. Two such fills (AtlantaFX's split panes) under the chart cost a zoom frame
 * of the 10,000-role chart about 5 ms of its 12.5 (FrameBenchmark). In the editor's window with
 * its own sheet, in both themes, no pane holding the chart or the outline fills itself with a
 * colour that shows nothing.
 */
class PanesUnderTheChartTest extends InBothThemes {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"light", "dark"})
    void noPaneUnderTheChartOrTheOutlineFillsItselfWithNothing(String theme, FxRobot robot) {
        assertEquals(List.of(), invisibleFillsUnderChartAndOutline(robot, theme));
    }

    /** The panes holding the chart and the outline (the outline shown) that have a fill of a transparent colour. */
    private List<String> invisibleFillsUnderChartAndOutline(FxRobot robot, String theme) {
        List<String> found = new ArrayList<>();
        robot.interact(() -> {
            EditorContext context = new EditorContext(new DocumentModel(new DesignReader()
                    .read(Path.of("samples/central-vs-local-expression.modesign")).design(), null), new FakeDialogs());
            MainWindow window = new MainWindow(context, new Region(), new Menu("Recent"));
            ThemeSheets.show(stage, theme, window.createScene(1200, 800));
            context.actions().run(EditorAction.SHOW_OUTLINE);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            Parent root = stage.getScene().getRoot();
            root.applyCss();
            root.layout();
            Node chart = root.lookup("#chart-view");
            Node outline = root.lookup("#outline-tree");
            assertNotNull(chart, "the chart");
            assertNotNull(outline, "the outline");
            invisibleFillsFrom(chart, found);
            invisibleFillsFrom(outline, found);
        });
        return found;
    }

    /** Adds {@code node} and each pane that holds it, up to the window's root, that fills itself with a transparent colour. */
    private static void invisibleFillsFrom(Node node, List<String> found) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at instanceof Region region && fillsWithNothing(region.getBackground())) {
                String name = region.getClass().getSimpleName() + region.getStyleClass();
                if (!found.contains(name)) {
                    found.add(name);
                }
            }
        }
    }

    private static boolean fillsWithNothing(Background background) {
        if (background == null) {
            return false;
        }
        for (BackgroundFill fill : background.getFills()) {
            if (fill.getFill() instanceof Color colour && colour.getOpacity() == 0) {
                return true;
            }
        }
        return false;
    }
}
