package org.modesign.ui.matrix;

import javafx.scene.canvas.Canvas;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.geometry.Point2D;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;
import org.modesign.model.Raci;
import org.modesign.ui.a11y.ContextMenuKeys;
import org.modesign.ui.i18n.I18n;

/**
 * Keyboard and mouse on the matrix: arrow keys and Page Up/Down move the cell cursor, Home and
 * End jump to the first and last role; the cursor's role is selected (the inspector shows it). R,
 * A, C and I set the letter, Delete and Backspace clear it; a click puts the cursor on a cell; a right click offers the letters, and so do
 * Shift+F10 and the menu key at the cursor's cell (each letter with its key, which a reader announces); the wheel scrolls (sideways with
 * Shift); hovering names what is under the pointer.
 */
final class MatrixInput {

    private final RaciMatrixView view;
    private final MatrixCanvas canvas;
    private final Tooltip tooltip = new Tooltip();
    private final ContextMenu letters = new ContextMenu();
    private boolean tooltipInstalled;

    MatrixInput(RaciMatrixView view, MatrixCanvas canvas) {
        this.view = view;
        this.canvas = canvas;
        tooltip.setShowDelay(Duration.millis(350));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(480);
        for (Raci letter : new Raci[] {Raci.R, Raci.A, Raci.C, Raci.I}) {
            MenuItem item = new MenuItem(MatrixTexts.letter(letter));
            item.setMnemonicParsing(false);
            // The key that sets the letter on the cell (a reader announces it); the menu is never a control's, so the key stays the view's.
            item.setAccelerator(new KeyCodeCombination(KeyCode.valueOf(letter.name())));
            item.setOnAction(e -> view.setLetter(letter));
            letters.getItems().add(item);
        }
        MenuItem clear = new MenuItem(I18n.tr("matrix.menu.clear"));
        clear.setAccelerator(new KeyCodeCombination(KeyCode.DELETE));
        clear.setOnAction(e -> view.setLetter(null));
        letters.getItems().addAll(new SeparatorMenuItem(), clear);
    }

    void install() {
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        view.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (e.isKeyboardTrigger()) {
                showLettersAtCursor();
                e.consume();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> showTooltip(null));
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    private void keyPressed(KeyEvent e) {
        if (ContextMenuKeys.opens(e) && canvas.content() != null) {
            showLettersAtCursor();
            e.consume();
            return;
        }
        if (e.isShortcutDown() || e.isAltDown() || canvas.content() == null) {
            return;
        }
        int row = canvas.cursorRow();
        int column = canvas.cursorColumn();
        int page = Math.max(1, (int) (canvas.cellsHeight() / MatrixGeometry.ROW_HEIGHT) - 1);
        int last = canvas.content().grid().columnCount() - 1;
        switch (e.getCode()) {
            case UP, KP_UP -> view.select(row - 1, Math.max(column, 0));
            case DOWN, KP_DOWN -> view.select(row + 1, Math.max(column, 0));
            case LEFT, KP_LEFT -> view.select(Math.max(row, 0), column - 1);
            case RIGHT, KP_RIGHT -> view.select(Math.max(row, 0), column + 1);
            case PAGE_UP -> view.select(row - page, Math.max(column, 0));
            case PAGE_DOWN -> view.select(row + page, Math.max(column, 0));
            case HOME -> view.select(Math.max(row, 0), 0);
            case END -> view.select(Math.max(row, 0), last);
            case R, A, C, I -> view.setLetter(Raci.valueOf(e.getCode().getName()));
            case DELETE, BACK_SPACE -> view.setLetter(null);
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** The letters' menu from the keyboard (Shift+F10, the menu key): at the cursor's cell, on the first cell without one. */
    private void showLettersAtCursor() {
        if (canvas.cursorRow() < 0 || canvas.cursorColumn() < 0) {
            view.select(Math.max(canvas.cursorRow(), 0), Math.max(canvas.cursorColumn(), 0));
        }
        Point2D at = canvas.cursorPoint();
        if (at == null) {
            return;
        }
        Point2D screen = canvas.localToScreen(at);
        if (screen != null) {
            letters.show(canvas, screen.getX(), screen.getY());
        }
    }

    private void pressed(MouseEvent e) {
        if (!(e.getTarget() instanceof Canvas)) {
            return;
        }
        view.requestFocus();
        letters.hide();
        MatrixCanvas.Hit hit = canvas.hit(e.getX(), e.getY());
        switch (hit.area()) {
            case CELL -> {
                view.select(hit.row(), hit.column());
                if (e.getButton() == MouseButton.SECONDARY) {
                    letters.show(canvas, e.getScreenX(), e.getScreenY());
                }
            }
            case GROUP_HEADER, COLUMN_HEADER -> view.select(Math.max(canvas.cursorRow(), 0), hit.column());
            case ROW_HEADER -> view.select(hit.row(), Math.max(canvas.cursorColumn(), 0));
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void hover(MouseEvent e) {
        showTooltip(view.describe(canvas.hit(e.getX(), e.getY())));
    }

    private void showTooltip(String text) {
        if (text == null) {
            if (tooltipInstalled) {
                Tooltip.uninstall(canvas, tooltip);
                tooltipInstalled = false;
            }
            return;
        }
        tooltip.setText(text);
        if (!tooltipInstalled) {
            Tooltip.install(canvas, tooltip);
            tooltipInstalled = true;
        }
    }

    private void scrolled(ScrollEvent e) {
        double dx = -e.getDeltaX();
        double dy = -e.getDeltaY();
        if (e.isShiftDown() && dx == 0) {
            dx = dy;
            dy = 0;
        }
        canvas.scrollBy(dx, dy);
        e.consume();
    }
}
