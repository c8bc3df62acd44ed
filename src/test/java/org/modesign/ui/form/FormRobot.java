package org.modesign.ui.form;

import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/**
 * What the UI tests do with forms as a user does: type over a field, pick from a drop-down, find a
 * table's cell and type into it. Each waits for the JavaFX thread to settle before it returns.
 */
public final class FormRobot {

    private FormRobot() {
    }

    /** Clicks into {@code field}, types {@code text} over what it holds and presses Enter. */
    public static void typeOver(FxRobot robot, Node field, String text) {
        robot.clickOn(field);
        replaceAndEnter(robot, text);
    }

    /** Opens the drop-down {@code combo} and picks {@code entry}. */
    public static void pick(FxRobot robot, Node combo, String entry) {
        robot.clickOn(combo);
        ListCell<?> item = robot.lookup(".combo-box-popup .list-cell")
                .match((ListCell<?> c) -> entry.equals(c.getText()) && c.isVisible()).queryAs(ListCell.class);
        robot.clickOn(item);
        waitForFxEvents();
    }

    /** The visible cell of {@code table} (a selector) at {@code row} and {@code column}, once the table is laid out. */
    public static TableCell<?, ?> cell(FxRobot robot, String table, int row, int column) {
        TableView<?> view = robot.lookup(table).queryAs(TableView.class);
        robot.interact(view::layout);
        return robot.from(view).lookup(".table-cell").match((TableCell<?, ?> c) -> c.getIndex() == row
                && c.getTableColumn() == view.getColumns().get(column) && c.isVisible()).query();
    }

    /** Double-clicks the cell, types {@code text} over it and presses Enter. */
    public static void typeInCell(FxRobot robot, String table, int row, int column, String text) {
        robot.doubleClickOn(cell(robot, table, row, column));
        waitForFxEvents();
        replaceAndEnter(robot, text);
    }

    private static void replaceAndEnter(FxRobot robot, String text) {
        robot.press(KeyCode.SHORTCUT, KeyCode.A).release(KeyCode.A, KeyCode.SHORTCUT);
        robot.type(KeyCode.BACK_SPACE);
        robot.write(text, 0);
        robot.type(KeyCode.ENTER);
        waitForFxEvents();
    }
}
