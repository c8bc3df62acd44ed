package org.modesign.ui.inspector;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A control with a line under it for the reason an entry was refused. A field in error gets
 * AtlantaFX's danger state (a red border) and shows the reason in the theme's danger colour.
 */
abstract class Field {

    private final Control control;
    private final Label error = new Label();
    private final VBox view;

    Field(String id, Control control) {
        this.control = control;
        control.setId(id);
        control.setMaxWidth(Double.MAX_VALUE);
        error.setId(id + "-error");
        error.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        view = new VBox(2, control, error);
    }

    /** The control and its error line. */
    Node view() {
        return view;
    }

    Control control() {
        return control;
    }

    /** Shows why the last entry was refused. */
    void showError(String reason) {
        error.setText(reason);
        error.setVisible(true);
        control.pseudoClassStateChanged(Styles.STATE_DANGER, true);
    }

    /** Whether a refusal shows under the field. */
    boolean isShowingError() {
        return error.isVisible();
    }

    void clearError() {
        error.setText("");
        error.setVisible(false);
        control.pseudoClassStateChanged(Styles.STATE_DANGER, false);
    }

    /** Commits what the user typed but has not committed yet (the selection is about to change). */
    void commitPending() {
    }
}
