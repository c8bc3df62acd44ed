package org.modesign.ui.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Menu;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.format.DesignReader;
import org.modesign.starter.BundledSamples;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.file.FakeDialogs;
import org.modesign.ui.fx.ShownText;
import org.modesign.ui.inspector.InspectorView;
import org.modesign.ui.shell.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The stack's table reads whole in a window smaller than a laptop's (1280×780): every cell of every deployment of
 * the sample with the longest names shows all its words, wrapped within its column, inside its row
 * (categories, owners and phase names were cut: "Advertising & pro…", "Phase 3: opti…"), and every
 * column is in view without scrolling sideways. (Cells used to offer their whole text as a tooltip
 * instead.)
 */
@ExtendWith(ApplicationExtension.class)
class StackTableWholeTest {

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DocumentModel document = new DocumentModel(new DesignReader()
                .parse(BundledSamples.read("central-vs-local-expression.modesign")).design(), null);
        EditorContext context = new EditorContext(document, new FakeDialogs());
        window = new MainWindow(context, new InspectorView(context), new Menu("Recent"));
        stage.setScene(window.createScene(1280, 780));
        stage.show();
        window.focusChart();
    }

    /** The window sized by its scene again: the tests after this one share it. */
    @AfterEach
    void restoreTheWindow(FxRobot robot) {
        robot.interact(stage::sizeToScene);
    }

    @Test
    void everyCellOfEveryDeploymentReadsWholeWithinItsRowAndEveryColumnIsInView(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#stack-table").queryAs(TableView.class);
        assertWhole(robot, table);
        // a narrower window: the columns narrow, their words take more lines, the rows grow
        robot.interact(() -> table.getScene().getWindow().setWidth(1000));
        WaitForAsyncUtils.waitForFxEvents();
        assertWhole(robot, table);
    }

    private static void assertWhole(FxRobot robot, TableView<?> table) {
        List<String> cut = new ArrayList<>();
        int rows = table.getItems().size();
        assertTrue(rows >= 9, "the sample's deployments: " + rows);
        for (int i = 0; i < rows; i++) {
            int row = i;
            robot.interact(() -> table.scrollTo(row));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                for (Node node : table.lookupAll(".table-cell")) {
                    TableCell<?, ?> cell = (TableCell<?, ?>) node;
                    if (cell.getIndex() != row || cell.getText() == null || cell.getText().isEmpty()) {
                        continue;
                    }
                    ShownText.cutUnder(cell).forEach(shown -> cut.add(row + ": " + shown));
                    IndexedCell<?> tableRow = cell.getTableRow();
                    Text text = (Text) cell.lookup(".text");
                    Bounds inRow = tableRow.sceneToLocal(text.localToScene(text.getBoundsInLocal()));
                    if (inRow.getMinY() < -0.5 || inRow.getMaxY() > tableRow.getHeight() + 0.5) {
                        cut.add(row + ": \"" + cell.getText() + "\" beyond its row");
                    }
                }
            });
        }
        assertEquals(List.of(), cut, "at a width of " + table.getWidth());
        double[] widths = new double[2];
        robot.interact(() -> {
            widths[0] = table.getColumns().stream().mapToDouble(c -> c.getWidth()).sum();
            widths[1] = table.getWidth();
        });
        assertTrue(widths[0] <= widths[1], "every column in view: " + widths[0] + " in " + widths[1]);
    }
}
