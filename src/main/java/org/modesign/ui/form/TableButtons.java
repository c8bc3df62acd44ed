package org.modesign.ui.form;

import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import org.kordamp.ikonli.javafx.FontIcon;
import org.modesign.ui.i18n.I18n;

/** The buttons under the tables of a form window: a label from the bundle, an icon, an id for tests. */
public final class TableButtons {

    private TableButtons() {
    }

    public static Button of(String id, String labelKey, String icon, Runnable action) {
        Button button = new Button(I18n.tr(labelKey), new FontIcon(icon));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** A button that is enabled only while a row of {@code table} is selected. */
    public static Button forSelection(ItemTable<?> table, String id, String labelKey, String icon, Runnable action) {
        Button button = of(id, labelKey, icon, action);
        BooleanBinding none = table.getSelectionModel().selectedItemProperty().isNull();
        button.disableProperty().bind(none);
        return button;
    }
}
