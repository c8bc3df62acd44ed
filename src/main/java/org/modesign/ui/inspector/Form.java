package org.modesign.ui.inspector;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.modesign.ui.i18n.I18n;

/**
 * The inspector's layout: section titles and rows of a small label above its field, stacked in
 * one column so that they fit the narrow side panel.
 */
final class Form {

    private final VBox box = new VBox(10);

    Form() {
        box.setPadding(new Insets(12));
        box.getStyleClass().add("inspector-form");
    }

    /** The form itself, to be shown. */
    VBox view() {
        return box;
    }

    /** Adds a section title. */
    Label section(String key) {
        Label title = new Label(I18n.tr(key));
        title.getStyleClass().add(Styles.TITLE_4);
        box.getChildren().add(title);
        return title;
    }

    /** Adds a labelled field and returns the row, to hide it when it does not apply. */
    VBox row(String labelKey, Field field) {
        return row(labelKey, field.view(), field.control());
    }

    /** Adds a labelled node; {@code labelFor} is the control the label names. */
    VBox row(String labelKey, Node content, Node labelFor) {
        Label label = new Label(I18n.tr(labelKey));
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        label.setLabelFor(labelFor);
        VBox row = new VBox(3, label, content);
        row.managedProperty().bind(row.visibleProperty());
        box.getChildren().add(row);
        return row;
    }

    /** Adds a line of muted text. */
    Label note(String id) {
        Label note = new Label();
        note.setId(id);
        note.setWrapText(true);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        box.getChildren().add(note);
        return note;
    }

    /** Adds any node as it is. */
    void add(Node node) {
        box.getChildren().add(node);
    }
}
