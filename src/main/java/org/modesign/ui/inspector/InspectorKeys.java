package org.modesign.ui.inspector;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The inspector from the keyboard: the chart's Enter puts the focus in its first field, Edit ▸
 * Responsibilities in the responsibilities of the selected role or executive, and Escape goes back
 * (to the chart) unless it cancels something first: a field's typing not yet committed (the field
 * puts its value back), an open drop-down or a table cell being edited.
 */
public final class InspectorKeys {

    private final InspectorView inspector;

    public InspectorKeys(InspectorView inspector) {
        this.inspector = inspector;
    }

    /** Runs {@code back} on an Escape in the inspector that cancels nothing. */
    public void onEscape(Runnable back) {
        inspector.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (isEscape(e) && e.getTarget() instanceof Node target && !cancelsFirst(target)) {
                back.run();
                e.consume();
            }
        });
        inspector.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (isEscape(e)) {
                back.run();
                e.consume();
            }
        });
    }

    private static boolean isEscape(KeyEvent e) {
        return e.getCode() == KeyCode.ESCAPE && !e.isShiftDown() && !e.isShortcutDown() && !e.isAltDown();
    }

    /**
     * Whether Escape on {@code target} may cancel something there: a text field (the inspector's own
     * put back typing not yet committed, and let an Escape with nothing to put back come up to the
     * inspector), an open drop-down, a table with a cell being edited.
     */
    private static boolean cancelsFirst(Node target) {
        for (Node n = target; n != null; n = n.getParent()) {
            if (n instanceof TextInputControl || n instanceof ComboBoxBase<?> box && box.isShowing()
                    || n instanceof TableView<?> table && table.getEditingCell() != null) {
                return true;
            }
        }
        return false;
    }

    /** Puts the focus in the first field of what the inspector shows (once it shows the selection). */
    public void focusFirstField() {
        Platform.runLater(() -> {
            Node first = firstField(inspector.getContent());
            if (first != null) {
                focus(first);
            }
        });
    }

    /**
     * Puts the focus in the responsibilities of the selected role or executive: the table of its
     * letters (the first row chosen), or, when it holds none, the capability to add.
     */
    public void focusResponsibilities() {
        Platform.runLater(() -> {
            Node content = inspector.getContent();
            if (content == null) {
                return;
            }
            Node table = content.lookup("#inspector-raci-table");
            if (table instanceof TableView<?> letters && !letters.getItems().isEmpty()) {
                if (letters.getSelectionModel().isEmpty()) {
                    letters.getSelectionModel().select(0);
                    letters.getFocusModel().focus(0);
                }
                focus(letters);
            } else {
                Node add = content.lookup("#inspector-add-capability");
                if (add != null) {
                    focus(add);
                }
            }
        });
    }

    private void focus(Node node) {
        node.requestFocus();
        inspector.layout();
        Node content = inspector.getContent();
        Bounds shown = inspector.getViewportBounds();
        double height = content.getLayoutBounds().getHeight();
        if (height <= shown.getHeight()) {
            return;
        }
        Bounds at = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double top = -shown.getMinY();
        if (at.getMinY() < top || at.getMaxY() > top + shown.getHeight()) {
            double wanted = Math.max(0, at.getMinY() - 24);
            inspector.setVvalue(Math.min(1, wanted / (height - shown.getHeight())));
        }
    }

    /** The first control the Tab key would reach in {@code node}, depth first; null for none. */
    static Node firstField(Node node) {
        if (node == null || !node.isVisible() || node.isDisabled()) {
            return null;
        }
        if (node instanceof Control control && control.isFocusTraversable()) {
            return control;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = firstField(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
