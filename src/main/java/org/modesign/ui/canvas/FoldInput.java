package org.modesign.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.modesign.render.ChartScene;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.i18n.I18n;

/**
 * Folding with the mouse and the numeric keypad, ahead of the chart's other input: a click on a
 * card's chevron collapses or expands it, a click on a roll-up card expands its branch, and
 * keypad minus and plus collapse and expand the selected cards.
 */
final class FoldInput {

    private final ChartView view;
    private final EditorContext context;
    private final ChartFolds folds;

    FoldInput(ChartView view, EditorContext context, ChartFolds folds) {
        this.view = view;
        this.context = context;
        this.folds = folds;
    }

    void install() {
        view.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || e.isShiftDown() || e.isShortcutDown()) {
            return;
        }
        ChartScene scene = view.scene();
        double x = view.toWorldX(e.getX());
        double y = view.toWorldY(e.getY());
        int chevron = scene.chevronAt(x, y);
        int card = chevron >= 0 ? chevron : scene.rollUpAt(x, y);
        if (card < 0) {
            selectWithoutMoving(scene.nodeAt(x, y), e);
            return;
        }
        view.requestFocus();
        folds.toggle(scene.node(card).id());
        e.consume();
    }

    /**
     * On a folded large chart, shown arranged, a card is selected but not dragged: its place in the
     * file is not the place shown, so a move could not be seen.
     */
    private void selectWithoutMoving(int card, MouseEvent e) {
        if (card < 0 || !folds.showsArranged()) {
            return;
        }
        view.requestFocus();
        String id = view.scene().node(card).id();
        if (!context.selection().contains(id)) {
            context.selection().selectNodes(List.of(id));
        }
        context.showStatus(I18n.tr("folds.arrangedNoMove"));
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || context.selection().nodes().isEmpty()) {
            return;
        }
        if (e.getCode() == KeyCode.SUBTRACT) {
            folds.collapse(new ArrayList<>(context.selection().nodes()));
            e.consume();
        } else if (e.getCode() == KeyCode.ADD) {
            folds.expand(new ArrayList<>(context.selection().nodes()));
            e.consume();
        }
    }
}
