package org.modesign.ui.canvas;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.modesign.edit.Rename;
import org.modesign.render.Rect;
import org.modesign.render.Viewport;
import org.modesign.ui.base.EditorContext;

/**
 * Renames a card in place (F2 or double-click): a text field over the card; Enter or leaving the
 * field renames, Escape cancels.
 */
final class InPlaceEditor {

    private final ChartView view;
    private final EditorContext context;
    private final TextField field = new TextField();
    private String nodeId;

    InPlaceEditor(ChartView view, EditorContext context) {
        this.view = view;
        this.context = context;
        field.setId("rename-field");
        org.modesign.ui.a11y.AccessibleNames.name(field, org.modesign.ui.i18n.I18n.tr("outline.rename"));
        field.setVisible(false);
        field.setManaged(false);
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                commit();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is && nodeId != null) {
                commit();
            }
        });
    }

    TextField field() {
        return field;
    }

    boolean isEditing() {
        return nodeId != null;
    }

    void start(String id) {
        int i = view.scene().indexOf(id);
        if (i < 0) {
            return;
        }
        view.centerOnIfHidden(id);
        nodeId = id;
        Rect card = view.scene().card(i);
        Viewport v = view.viewport();
        double width = Math.max(160, card.width() * v.scale());
        field.resizeRelocate(v.toScreenX(card.x()), v.toScreenY(card.y()) + Math.max(0, card.height() * v.scale() / 2 - 14),
                width, 28);
        field.setText(view.scene().node(i).label());
        field.setVisible(true);
        field.requestFocus();
        field.selectAll();
    }

    private void commit() {
        String id = nodeId;
        String text = field.getText().strip();
        close();
        if (id != null && !text.isEmpty()) {
            context.edit(new Rename(context.document().scenario().id(), id, text));
        }
    }

    private void close() {
        nodeId = null;
        field.setVisible(false);
        view.requestFocus();
    }
}
