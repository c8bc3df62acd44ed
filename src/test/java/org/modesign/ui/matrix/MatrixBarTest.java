package org.modesign.ui.matrix;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.ui.i18n.I18n;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The bar above the matrix, squeezed: the grouping stays whole and the key reminder wraps inside it. */
@ExtendWith(ApplicationExtension.class)
class MatrixBarTest {

    private MatrixBar bar;

    @Start
    void start(Stage stage) {
        bar = new MatrixBar(grouping -> { });
        bar.show("Centralized CoE", "All phases");
        stage.setScene(new Scene(new StackPane(bar), 620, 160));
        stage.show();
    }

    @Test
    void aNarrowBarKeepsTheGroupingWholeAndWrapsTheHint(FxRobot robot) {
        Label groupBy = robot.lookup(".matrix-bar .label").match((Label l) -> l.getText().equals(I18n.tr("matrix.groupBy")))
                .queryAs(Label.class);
        Label hint = robot.lookup(".matrix-bar .label").match((Label l) -> l.getText().equals(I18n.tr("matrix.hint")))
                .queryAs(Label.class);
        assertTrue(groupBy.getWidth() >= groupBy.prefWidth(-1) - 0.5, "\"Group roles by\" is not cut");
        assertTrue(hint.getBoundsInParent().getMaxX() <= bar.getWidth() + 0.5, "the hint stays inside the bar");
        assertTrue(hint.getHeight() > 1.5 * groupBy.getHeight(), "the hint wraps to more lines");
    }
}
